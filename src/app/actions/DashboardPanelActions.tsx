// The dashboard's actions on every chart panel and key-figure card. Each action is its own component;
// the presentation deck and the embed entry provide none, so their panels show no buttons.
import type { ReactNode } from 'react';
import { PanelActionsContext, type PanelInfo } from '../../components/PanelActions';
import { AddToPresentation } from './AddToPresentation';
import { DownloadMenu } from './DownloadMenu';
import { EmbedButton } from './EmbedButton';

function renderActions(panel: PanelInfo): ReactNode {
  // Each action is one line here.
  return (
    <>
      <DownloadMenu panel={panel} />
      <AddToPresentation panel={panel} />
      <EmbedButton panel={panel} />
    </>
  );
}

export function DashboardPanelActions({ children }: { children: ReactNode }) {
  return <PanelActionsContext.Provider value={renderActions}>{children}</PanelActionsContext.Provider>;
}
