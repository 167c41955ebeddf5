// One drawn row: a data row (selection checkbox, cells, status badge) or a group row (toggle, value, count, sums).
import type { Row } from '@tanstack/table-core';
import { useI18n } from '../i18n/I18nContext';
import type { TableColumn } from './columns';
import type { Lookups } from './lookups';
import type { DisplayRow } from './engine/displayRows';
import type { Features } from './tableFeatures';
import { cellText, codeValue } from './cellValue';
import { StatusBadge } from './StatusBadge';
import { SumCell } from './SumCell';
import { sumState } from './sumState';

export interface BodyRowProps {
  readonly row: Row<Features, DisplayRow>;
  readonly specs: readonly TableColumn[];
  readonly lookups: Lookups;
  readonly ariaRowIndex: number;
  readonly groupLabel: (columnId: string, value: string) => string;
}

function LeafCells({ index, specs, lookups }: { index: number; specs: readonly TableColumn[]; lookups: Lookups }) {
  const { t, number } = useI18n();
  return specs.map((spec) => {
    if (spec.role === 'status') return <td key={spec.id}><StatusBadge status={codeValue(lookups, spec.id, index) ?? ''} /></td>;
    const text = cellText(lookups, spec.id, index, number);
    // An empty count is a row whose source names it without a figure (a delegation that took part).
    if (spec.role === 'number' && text === '') {
      return <td key={spec.id} className="dt-end"><span className="dt-muted">{t('table.cell.notPublished')}</span></td>;
    }
    if (spec.role === 'url' && /^https?:\/\//i.test(text)) {
      return <td key={spec.id}><a href={text} target="_blank" rel="noopener noreferrer">{text}</a></td>;
    }
    return <td key={spec.id} className={`dt-${spec.align}`}>{text}</td>;
  });
}

function GroupCells({ row, specs, groupLabel }: Pick<BodyRowProps, 'row' | 'specs' | 'groupLabel'>) {
  const { t } = useI18n();
  const display = row.original;
  if (display.kind !== 'group') return null;
  const group = display.group;
  const value = groupLabel(group.columnId, group.value);
  const expanded = row.getIsExpanded();
  return specs.map((spec) => {
    if (spec.id === group.columnId) {
      return (
        <td key={spec.id} style={{ paddingInlineStart: `${group.depth * 1.25}rem` }}>
          <button type="button" className="dt-group-toggle" aria-expanded={expanded} onClick={row.getToggleExpandedHandler()}
            aria-label={t(expanded ? 'table.group.collapse' : 'table.group.expand', { value })}>
            <span aria-hidden="true">{expanded ? '▾' : '▸'}</span> {value}
          </button>{' '}
          <span className="dt-group-count">{t('table.group.rows', { count: group.rows.length })}</span>
        </td>
      );
    }
    if (!spec.summable) return <td key={spec.id} />;
    return <SumCell key={spec.id} state={sumState(group, spec.id)} groupRow />;
  });
}

export function BodyRow({ row, specs, lookups, ariaRowIndex, groupLabel }: BodyRowProps) {
  const { t } = useI18n();
  const display = row.original;
  if (display.kind === 'group') {
    return (
      <tr className="dt-row dt-group-row" aria-rowindex={ariaRowIndex}>
        <td />
        <GroupCells row={row} specs={specs} groupLabel={groupLabel} />
      </tr>
    );
  }
  const illustrative = codeValue(lookups, 'status', display.index) === 'illustrative';
  return (
    <tr className={`dt-row${illustrative ? ' dt-illustrative' : ''}`} aria-rowindex={ariaRowIndex}>
      <td>
        <input type="checkbox" aria-label={t('table.select.row')} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />
      </td>
      <LeafCells index={display.index} specs={specs} lookups={lookups} />
    </tr>
  );
}
