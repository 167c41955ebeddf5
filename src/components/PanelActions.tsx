// Buttons a host puts on every chart panel and key-figure card (download, add to presentation, embed).
// Panels only say what they show; the host decides which actions exist, so an embed or a slide shows none.
import { createContext, useContext, type ReactNode, type RefObject } from 'react';
import type { ChartId } from '../state/chartIds';
import type { ChartTable } from '../charts/summaryText';
import type { SourceRef } from './ChartSources';

/** What a panel shows, for the actions that export, present or embed it. */
export interface PanelInfo {
  readonly chartId: ChartId;
  /** A key figure card's key within the key-figures chart ("delegates", "world" ...); absent for whole charts. */
  readonly figureKey?: string;
  readonly title: string;
  /** What the figure counts: dataset, year or event, way of counting (an exported figure's second line). */
  readonly subtitle?: string;
  readonly summary: string;
  /** The numbers shown, as "Show as table" gives them; null where the panel has no table. */
  readonly table: ChartTable | null;
  readonly sources: readonly (SourceRef | null | undefined)[];
  /** The panel's element: its chart SVG, legend and source line are inside. */
  readonly element: RefObject<HTMLElement | null>;
}

export type RenderPanelActions = (panel: PanelInfo) => ReactNode;

export const PanelActionsContext = createContext<RenderPanelActions | null>(null);

/** The host's actions for this panel, or null where the host offers none. */
export function PanelActions({ panel }: { panel: PanelInfo }) {
  const render = useContext(PanelActionsContext);
  if (!render) return null;
  return <div className="panel-actions">{render(panel)}</div>;
}

/** True when a host provides actions, so a panel can leave out the wrapper it would hold them in. */
export function useHasPanelActions(): boolean {
  return useContext(PanelActionsContext) !== null;
}
