// What each column of a file may be read as, for the mapping step, and the words that say it.
import { yearHeader } from '../../data/headerWords';
import { IGNORE, fieldUse, perspectiveOfUse, typeOfUse, usedField, yearOfUse, type ColumnUse, type Reading } from '../../data/reading';
import { SCHEMAS } from '../../data/schemas';
import { PERSPECTIVES, PLACEMENT_TYPES, type DatasetKind } from '../../data/types';
import type { Translate } from '../../i18n/translate';

/** The uses a column may take for a kind: ignore, any field, and the reshaping uses that fit it. */
export function columnUseOptions(kind: DatasetKind, header: string): ColumnUse[] {
  const uses: ColumnUse[] = [IGNORE, ...SCHEMAS[kind].columns.map((c) => fieldUse(c.name))];
  if (SCHEMAS[kind].columns.some((c) => c.name === 'country')) uses.push('alt:country');
  const year = yearHeader(header);
  if (year !== null && kind !== 'events' && kind !== 'delegates') uses.push(`year:${year}`);
  if (kind === 'placements') {
    for (const type of PLACEMENT_TYPES) uses.push(`type:${type}`);
    for (const perspective of PERSPECTIVES) uses.push(`country:${perspective}`);
  }
  return uses;
}

/** A use in words: "count", "figures of 2019", "country, counted by nationality". */
export function columnUseText(use: ColumnUse, t: Translate): string {
  if (use === IGNORE) return t('reading.use.ignore');
  if (use === 'alt:country') return t('reading.use.alt', { field: 'country' });
  const field = usedField(use);
  if (field !== null) return t('reading.use.field', { field });
  const year = yearOfUse(use);
  if (year !== null) return t('reading.use.year', { year: String(year) });
  const type = typeOfUse(use);
  if (type !== null) return t('reading.use.type', { type });
  return t('reading.use.country', { perspective: perspectiveOfUse(use) ?? '' });
}

/** Fields the file does not give, which a constant may fill. */
export function constantFields(reading: Reading): string[] {
  const given = new Set(reading.uses.map(usedField).filter((f): f is string => f !== null));
  return SCHEMAS[reading.kind].columns.map((c) => c.name).filter((name) => !given.has(name));
}

/** A reading moved to another kind: uses that name a field the new kind lacks become "not read". */
export function withKind(reading: Reading, kind: DatasetKind): Reading {
  const names = new Set(SCHEMAS[kind].columns.map((c) => c.name));
  const uses = reading.uses.map((use, i) => (columnUseOptions(kind, reading.headers[i] ?? '').includes(use) ? use : IGNORE));
  const constants = Object.fromEntries(Object.entries(reading.constants).filter(([name]) => names.has(name)));
  return { ...reading, kind, uses, constants };
}
