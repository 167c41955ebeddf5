// "Add to presentation" on a chart panel or key-figure card: appends its slide to the reader's deck.
import { useState } from 'react';
import type { PanelInfo } from '../../components/PanelActions';
import { useI18n } from '../../i18n/I18nContext';
import { slideItemOf } from '../../state/deck';
import { useDeck } from '../present/DeckContext';

export function AddToPresentation({ panel }: { panel: PanelInfo }) {
  const { t } = useI18n();
  const deck = useDeck();
  const [added, setAdded] = useState<number | null>(null);
  const item = slideItemOf(panel.chartId, panel.figureKey);
  if (!deck || !item) return null;
  return (
    <span className="add-to-deck">
      <button type="button" className="panel-action" onClick={() => setAdded(deck.add(item))}>
        {t('present.add')}
      </button>
      <span className="visually-hidden" role="status">{added === null ? '' : t('present.added', { count: added })}</span>
    </span>
  );
}
