// The grouped table as a CSV table: one line per innermost group, in the order shown, with the values of
// every grouping level, the number of rows and, per visible count column, the sum, its qualifier in the
// table's words (or why there is no sum, and whether some parts are illustrative) and how many counts were
// not published. A group that may not be added has an empty sum: never a number that counts people twice.
import type { CsvCell, CsvTable } from '../data/writeCsv';
import type { Translate } from '../i18n/translate';
import type { GroupNode } from './engine/groupRows';
import { groupLabel } from './groupLabel';
import { valueLabel } from './labels';
import { mixReasons } from './notAddableWords';
import { sumState, type SumState } from './sumState';
import type { TableModel } from './tableModel';

function* innermost(nodes: readonly GroupNode[], labels: readonly string[], label: (g: GroupNode) => string): Generator<[readonly string[], GroupNode]> {
  for (const group of nodes) {
    const path = [...labels, label(group)];
    if (group.children.length > 0) yield* innermost(group.children, path, label);
    else yield [path, group];
  }
}

function qualifierWords(t: Translate, state: SumState): string {
  switch (state.kind) {
    case 'sum': {
      const words = valueLabel(t, 'qualifier', state.qualifier);
      if (state.illustrative === 0) return words;
      const illustrative = state.illustrative === state.added ? t('table.sum.allIllustrative') : t('table.sum.illustrative');
      return `${words}${t('table.list.separator')}${illustrative}`;
    }
    case 'notPublished': return t('table.sum.notPublished');
    case 'notAdded': return t('table.group.notSummed');
    case 'notAddable': return t('table.sum.notAddable', { reasons: mixReasons(t, state.mixes) });
    case 'empty': return '';
  }
}

function missingCount(state: SumState, counted: number): number | null {
  if (state.kind === 'sum') return state.missing;
  return state.kind === 'notPublished' ? counted : null;
}

/** Null when the table is not grouped. `visibleIds` are the shown columns; their count columns are summed. */
export function groupsCsv(model: TableModel, visibleIds: readonly string[], headerOf: (id: string) => string, t: Translate): CsvTable | null {
  const groups = model.groups;
  if (!groups || groups.length === 0) return null;
  const levels: string[] = [];
  for (let level: readonly GroupNode[] = groups; level[0]; level = level[0].children) levels.push(level[0].columnId);
  const sums = visibleIds.filter((id) => model.specs.some((s) => s.id === id && s.summable));
  const header = [
    ...levels.map(headerOf),
    t('table.export.rows'),
    ...sums.flatMap((id) => [
      t('table.export.sum', { column: headerOf(id) }),
      t('table.export.sumQualifier', { column: headerOf(id) }),
      t('table.export.sumMissing', { column: headerOf(id) }),
    ]),
    t('table.export.notAdded'),
  ];
  function* rows(): Generator<CsvCell[]> {
    for (const [path, group] of innermost(groups!, [], (g) => groupLabel(model.lookups, t, g.columnId, g.value))) {
      const cells: CsvCell[] = [...path, group.rows.length];
      for (const id of sums) {
        const state = sumState(group, id);
        cells.push(state.kind === 'sum' ? state.value : null, qualifierWords(t, state), missingCount(state, group.counted));
      }
      cells.push(group.aggregatesExcluded);
      yield cells;
    }
  }
  return { header, rows: rows() };
}
