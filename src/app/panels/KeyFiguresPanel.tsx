// The headline figures as cards, each with its qualifier, date and source.
import { KeyFigureCard } from '../components/KeyFigureCard';
import { Skeleton } from '../components/Skeleton';
import { useData } from '../dataApi';
import type { ChartPanelViewProps } from './types';
import { useI18n } from '../../i18n/I18nContext';
import type { Translate } from '../../i18n/translate';
import { eventName, figureSubtitle } from './figureSubtitle';
import { KEY_FIGURE_KEYS, useKeyFigures, type KeyFigureKey } from './useKeyFigures';

const CARD_HEIGHT = 188;

/** What each card counts, for its exported figure. */
function cardSubtitle(t: Translate, key: KeyFigureKey, event: string | null): string {
  switch (key) {
    case 'delegates':
    case 'countries': return figureSubtitle(t, { dataset: 'delegates', event });
    case 'world':
    case 'national': return figureSubtitle(t, { dataset: 'placements', perspective: 'duty_station' });
    case 'international': return figureSubtitle(t, { dataset: 'placements', perspective: 'nationality' });
    case 'organizations': return figureSubtitle(t, { dataset: 'organizations' });
  }
}

export interface KeyFiguresPanelProps extends ChartPanelViewProps {
  /** Only these cards, in this order (a slide shows one); all six by default. */
  readonly only?: readonly KeyFigureKey[];
}

export function KeyFiguresPanel({ state, only = KEY_FIGURE_KEYS }: KeyFiguresPanelProps) {
  const { status, combined } = useData();
  const { t } = useI18n();
  const event = status === 'ready' ? eventName(state, combined) : null;
  const cards = useKeyFigures(state);
  return (
    <div className="card-grid" data-chart-id="key-figures">
      {cards
        ? only.flatMap((key) => cards.filter((c) => c.key === key)).map((c) => (
          <KeyFigureCard key={c.key} figureKey={c.key} label={c.label} subtitle={cardSubtitle(t, c.key, event)} figure={c.figure} />
        ))
        : status === 'loading' && only.map((key) => <Skeleton key={key} height={CARD_HEIGHT} />)}
    </div>
  );
}
