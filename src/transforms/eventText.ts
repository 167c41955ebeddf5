// An event's name or city in each interface language: `name` is English, `name_ar`, `name_ru`, `name_kk` the others.
import type { CodeColumn, Dataset, Lang } from '../data/types';
import { LANGS } from '../data/types';
import { optionalCodeColumn, stringAt } from './columns';

/** The text in every language; null where the file has no such column or cell. */
export type LocalizedText = Readonly<Record<Lang, string | null>>;

export type LocalizedColumns = readonly (readonly [Lang, CodeColumn | null])[];

/** The columns of `base` (English) and `${base}_${lang}` for the other languages, resolved once per call. */
export function localizedColumns(ds: Dataset, base: string): LocalizedColumns {
  return LANGS.map((lang) => [lang, optionalCodeColumn(ds, lang === 'en' ? base : `${base}_${lang}`)] as const);
}

export function localizedAt(columns: LocalizedColumns, row: number): LocalizedText {
  return Object.fromEntries(columns.map(([lang, column]) => [lang, stringAt(column, row)])) as Record<Lang, string | null>;
}

/** The text in `lang`, else the English one (a file may leave a language out), else null. */
export function inLang(text: LocalizedText, lang: Lang): string | null {
  return text[lang] ?? text.en;
}
