// A column header: a sort button (click, Enter or Space; Shift adds to a multi-column sort) with aria-sort on the cell.
import type { Header } from '@tanstack/table-core';
import { useI18n } from '../i18n/I18nContext';
import type { DisplayRow } from './engine/displayRows';
import type { Features } from './tableFeatures';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export function HeaderCell({ header, label, align }: { header: Header<Features, DisplayRow, unknown>; label: string; align: 'start' | 'end' }) {
  const { t } = useI18n();
  const column = header.column;
  const sorted = column.getIsSorted();
  const position = column.getSortIndex();
  const toggle = column.getToggleSortingHandler() ?? (() => undefined);
  const multi = column.table.atoms.sorting.get().length > 1;
  return (
    <th scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : 'none'} className={`dt-th dt-${align}`}>
      <button type="button" className="dt-sort" onClick={toggle}
        // Keys are handled here (native activation cancelled) so Shift+Enter adds a sort in every browser.
        onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') e.preventDefault(); if (e.key === 'Enter') toggle(e); }}
        onKeyUp={(e) => { if (e.key === ' ') { e.preventDefault(); toggle(e); } }}
        aria-label={t('table.sort.button', { column: label })} title={t('table.sort.help')}>
        <span>{label}</span>
        <span aria-hidden="true" className="dt-sort-mark">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
        {sorted && multi ? <span className="dt-sort-index">{t('table.sort.position', { position: position + 1 })}</span> : null}
      </button>
    </th>
  );
}
