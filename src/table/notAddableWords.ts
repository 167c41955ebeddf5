// The words of a sum that is not added: the key columns its rows mix ("3 years", "totals with their parts")
// and what to do so that it adds ("Group by year or filter one year to add.").
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/translate';
import type { KeyMix } from './engine/keyMixes';
import { headerLabel } from './labels';

const REASONS: Readonly<Record<string, MessageKey>> = {
  year: 'table.sum.mix.year',
  perspective: 'table.sum.mix.perspective',
  type: 'table.sum.mix.type',
  sdg: 'table.sum.mix.sdg',
  date: 'table.sum.mix.date',
  event_id: 'table.sum.mix.event_id',
};

const HINTS: Readonly<Record<string, MessageKey>> = {
  year: 'table.sum.hint.year',
  perspective: 'table.sum.hint.perspective',
  type: 'table.sum.hint.type',
  date: 'table.sum.hint.date',
  event_id: 'table.sum.hint.event_id',
};

/** "a, b and c" in the language's words. */
function listOf(t: Translate, items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? '';
  return `${items.slice(0, -1).join(t('table.list.separator'))}${t('table.list.and')}${items.at(-1)!}`;
}

/** "3 years", "2 ways of counting", "totals with their parts". */
export function mixReason(t: Translate, mix: KeyMix): string {
  if (mix.totalWithParts) return t('table.sum.mix.typeTotal');
  if (mix.rates) return t('table.sum.mix.rates');
  const key = REASONS[mix.columnId];
  return key ? t(key, { count: mix.values }) : t('table.sum.mix.other', { count: mix.values, column: headerLabel(t, mix.columnId) });
}

/** Every reason, joined: "3 years, 2 ways of counting and totals with their parts". */
export function mixReasons(t: Translate, mixes: readonly KeyMix[]): string {
  return listOf(t, mixes.map((m) => mixReason(t, m)));
}

/** The cell's words: the first reason, and how many more there are (the title has them all). */
export function notAddableCell(t: Translate, mixes: readonly KeyMix[]): string {
  const first = mixes[0];
  if (!first) return t('table.sum.notAdded');
  const reason = mixReason(t, first);
  return mixes.length > 1 ? t('table.sum.notAddableMore', { reason, count: mixes.length - 1 }) : t('table.sum.notAddable', { reasons: reason });
}

/** What makes the rows add: group by (or filter one value of) each mixed column; goal tags cannot be grouped apart. */
export function notAddableHint(t: Translate, mixes: readonly KeyMix[]): string {
  const groupable = mixes.filter((m) => m.columnId !== 'sdg' && !m.rates);
  const hints: string[] = [];
  if (groupable.length === 1) {
    const only = groupable[0]!;
    const key = HINTS[only.columnId];
    hints.push(key ? t(key) : t('table.sum.hint.other', { column: headerLabel(t, only.columnId) }));
  } else if (groupable.length > 1) {
    const columns = listOf(t, groupable.map((m) => t('table.sum.quoted', { column: headerLabel(t, m.columnId) })));
    hints.push(t('table.sum.hint.many', { columns }));
  }
  if (mixes.some((m) => m.columnId === 'sdg')) hints.push(t('table.sum.hint.sdg'));
  if (mixes.some((m) => m.rates)) hints.push(t('table.sum.hint.rates'));
  return hints.join(' ');
}

/** The whole explanation, for a title or the totals row: "Not added: 3 years, 2 types. Group by …". */
export function notAddableHelp(t: Translate, mixes: readonly KeyMix[]): string {
  return t('table.sum.notAddableHelp', { reasons: mixReasons(t, mixes), hint: notAddableHint(t, mixes) });
}
