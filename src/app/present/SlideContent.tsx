// One deck item drawn as a slide: the item's own panel at the slide's size, with no action buttons.
// The panel tells the slide what it shows (title, summary, sources) through the PanelActions slot.
import { useEffect, useRef, type ReactNode } from 'react';
import { PanelActionsContext, type PanelInfo } from '../../components/PanelActions';
import { slideTarget, type SlideItem } from '../../state/deck';
import { CHART_PANELS } from '../panels/chartPanels';
import { KeyFiguresPanel } from '../panels/KeyFiguresPanel';
import { MapPanel } from '../panels/MapPanel';
import type { ViewProps } from '../views/types';

export interface SlideContentProps extends ViewProps {
  readonly item: SlideItem;
  /** Chart height in the slide's own (unscaled) pixels. */
  readonly chartHeight: number;
  readonly onInfo: (info: PanelInfo) => void;
}

/** Renders nothing; reports the panel's info when what it shows changes. */
function ReportInfo({ panel, onInfo }: { panel: PanelInfo; onInfo: (info: PanelInfo) => void }) {
  const sourcesKey = panel.sources.map((s) => `${s?.source ?? ''}|${s?.sourceDate ?? ''}|${s?.status ?? ''}`).join('~');
  const latest = useRef({ panel, onInfo });
  useEffect(() => {
    latest.current = { panel, onInfo };
  });
  // The panel object is new on every render; only a change in what it says is reported (no render loop).
  useEffect(() => {
    latest.current.onInfo(latest.current.panel);
  }, [panel.title, panel.summary, sourcesKey]);
  return null;
}

export function SlideContent({ item, chartHeight, onInfo, state, update }: SlideContentProps) {
  const { chartId, figureKey } = slideTarget(item);
  const render = (panel: PanelInfo): ReactNode => <ReportInfo panel={panel} onInfo={onInfo} />;
  let body: ReactNode;
  if (figureKey) body = <KeyFiguresPanel state={state} update={update} only={[figureKey]} />;
  // The map carries a legend and, for some measures, a notice above it: a little less height for the map.
  else if (chartId === 'map') body = <MapPanel state={state} update={update} chartHeight={Math.round(chartHeight * 0.88)} countryList={false} />;
  else {
    const Panel = CHART_PANELS[chartId];
    body = <Panel state={state} update={update} chartHeight={chartHeight} />;
  }
  return <PanelActionsContext.Provider value={render}>{body}</PanelActionsContext.Provider>;
}
