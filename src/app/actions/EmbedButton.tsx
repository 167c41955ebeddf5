// "Embed" on a chart panel: opens the dialog with a live preview and the snippets to paste.
import { lazy, Suspense, useState } from 'react';
import type { PanelInfo } from '../../components/PanelActions';
import { useI18n } from '../../i18n/I18nContext';

const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

export function EmbedButton({ panel }: { panel: PanelInfo }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  // A key figure card is part of the key-figures chart: its button embeds the whole chart.
  const title = panel.figureKey === undefined ? panel.title : t('embed.chart.key-figures');
  return (
    <>
      <button type="button" className="panel-action embed-button" aria-haspopup="dialog" onClick={() => setOpen(true)}
        aria-label={t('embed.buttonLabel', { title })}>
        {t('embed.button')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <EmbedDialog chart={panel.chartId} title={title} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
