// The label of a group's value, as its group row shows it: a country name, "SDG 4", a translated enum, "missing".
import type { Translate } from '../i18n/translate';
import type { Lookups } from './lookups';

export function groupLabel(lookups: Lookups, t: Translate, columnId: string, value: string): string {
  if (value === '') return columnId === 'sdg' ? t('table.sdg.none') : t('table.missing');
  if (columnId === 'sdg') return t('table.sdg.goal', { goal: Number(value) });
  const column = lookups.columns[columnId];
  const at = column?.type === 'code' ? column.dictionary.indexOf(value) : -1;
  return at >= 0 ? lookups.codes[columnId]?.display[at] ?? value : value;
}
