// One column's filter: a text box (contains), a min/max pair (range) or a checkbox list (values).
import { useMemo } from 'react';
import { useI18n } from '../i18n/I18nContext';
import type { TableColumn } from './columns';
import type { Lookups } from './lookups';
import { listOptions } from './listOptions';
import { PopupMenu } from './PopupMenu';
import { isListFilter, isRangeFilter, type FilterValue, type RangeFilter } from './tableState';

export interface FilterControlProps {
  readonly spec: TableColumn;
  readonly label: string;
  readonly lookups: Lookups;
  readonly value: FilterValue | undefined;
  readonly onChange: (value: FilterValue | undefined) => void;
}

function parseBound(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

function RangeInputs({ label, value, onChange }: Pick<FilterControlProps, 'label' | 'onChange'> & { value: RangeFilter | undefined }) {
  const { t } = useI18n();
  const set = (next: RangeFilter) => onChange(next.min === null && next.max === null ? undefined : next);
  const range = value ?? { min: null, max: null };
  return (
    <span className="dt-range">
      <input type="number" inputMode="decimal" aria-label={t('table.filter.min', { column: label })} placeholder={t('table.filter.minPlaceholder')}
        value={range.min ?? ''} onChange={(e) => set({ ...range, min: parseBound(e.target.value) })} />
      <input type="number" inputMode="decimal" aria-label={t('table.filter.max', { column: label })} placeholder={t('table.filter.maxPlaceholder')}
        value={range.max ?? ''} onChange={(e) => set({ ...range, max: parseBound(e.target.value) })} />
    </span>
  );
}

function ValueOptions({ spec, label, lookups, value, onChange }: FilterControlProps & { value: readonly string[] | undefined }) {
  const { t } = useI18n();
  const options = useMemo(
    () => listOptions(lookups, spec.id, (goal) => t('table.sdg.goal', { goal }), t('table.sdg.none')),
    [lookups, spec.id, t],
  );
  const chosen = new Set(value ?? []);
  const toggle = (v: string, on: boolean) => {
    const next = options.map((o) => o.value).filter((o) => (o === v ? on : chosen.has(o)));
    onChange(next.length ? next : undefined);
  };
  return (
    <>
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input type="checkbox" checked={chosen.has(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
          {o.label}
        </label>
      ))}
    </>
  );
}

// The options read every row of a number column: listed when the menu opens, not with every table.
function ValueList(props: FilterControlProps & { value: readonly string[] | undefined }) {
  const { t } = useI18n();
  const { label, value } = props;
  return (
    <PopupMenu className="dt-list" summary={(
      <>
        <span className="dt-visually-hidden">{t('table.filter.list', { column: label })}: </span>
        {value?.length ? t('table.filter.selected', { count: new Set(value).size }) : t('table.filter.any')}
      </>
    )}>
      {() => <ValueOptions {...props} />}
    </PopupMenu>
  );
}

export function FilterControl(props: FilterControlProps) {
  const { t } = useI18n();
  const { spec, label, value, onChange } = props;
  if (spec.filter === 'range') return <RangeInputs label={label} value={isRangeFilter(value) ? value : undefined} onChange={onChange} />;
  if (spec.filter === 'list') return <ValueList {...props} value={isListFilter(value) ? value : undefined} />;
  return (
    <input type="search" className="dt-text-filter" aria-label={t('table.filter.text', { column: label })}
      value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)} />
  );
}
