// The headline figures as cards, each with its qualifier, date and source.
import { KeyFigureCard } from '../components/KeyFigureCard';
import { Skeleton } from '../components/Skeleton';
import { useData } from '../DataContext';
import type { ChartPanelViewProps } from './types';
import { KEY_FIGURE_KEYS, useKeyFigures, type KeyFigureKey } from './useKeyFigures';

const CARD_HEIGHT = 188;

export interface KeyFiguresPanelProps extends ChartPanelViewProps {
  /** Only these cards, in this order (a slide shows one); all six by default. */
  readonly only?: readonly KeyFigureKey[];
}

export function KeyFiguresPanel({ state, only = KEY_FIGURE_KEYS }: KeyFiguresPanelProps) {
  const { status } = useData();
  const cards = useKeyFigures(state);
  return (
    <div className="card-grid" data-chart-id="key-figures">
      {cards
        ? only.flatMap((key) => cards.filter((c) => c.key === key)).map((c) => (
          <KeyFigureCard key={c.key} figureKey={c.key} label={c.label} figure={c.figure} />
        ))
        : status === 'loading' && only.map((key) => <Skeleton key={key} height={CARD_HEIGHT} />)}
    </div>
  );
}
