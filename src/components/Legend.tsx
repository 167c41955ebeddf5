// Swatches and labels for the colours (and patterns) used in a chart.
import { useI18n } from '../i18n/I18nContext';

export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  /** Draw the swatch hatched, as illustrative bars are. */
  readonly hatched?: boolean;
}

export interface LegendProps {
  readonly items: readonly LegendItem[];
  /** Accessible name of the list; defaults to "Legend". */
  readonly label?: string;
}

export function Legend({ items, label }: LegendProps) {
  const { t } = useI18n();
  return (
    <ul className="legend" aria-label={label ?? t('charts.legend')} style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <li key={item.key} style={{ display: 'inline-flex', alignItems: 'center', gap: '0.4em' }}>
          <span
            aria-hidden="true"
            className="legend-swatch"
            style={{
              width: '0.9em',
              height: '0.9em',
              borderRadius: 2,
              background: item.hatched
                ? `repeating-linear-gradient(45deg, ${item.color} 0 3px, transparent 3px 6px)`
                : item.color,
              border: `1px solid ${item.color}`,
            }}
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
