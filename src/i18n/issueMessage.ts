// A load issue in the reader's language: the loader writes LoadIssue.message in English and passes the
// values it interpolated as params; this picks the catalogue sentence for the code and fills it in.
import { isSpreadsheet, type BinaryKind } from '../data/binaryKind';
import { shortValue } from '../data/issues';
import { requiredColumns } from '../data/schemas';
import { DATASET_KINDS, type DatasetKind, type LoadIssue } from '../data/types';
import { en, type Message, type MessageKey } from './en';
import type { Params, Translate } from './translate';

type Values = Readonly<Record<string, string | number>>;

const isKind = (value: unknown): value is DatasetKind => DATASET_KINDS.includes(value as DatasetKind);

/** The catalogue key of an issue; a few codes have a second sentence, chosen by their params. */
function keyOf(code: string, p: Values): string {
  switch (code) {
    case 'invalid_encoding': return typeof p.encoding === 'string' && p.encoding.startsWith('utf-16') ? 'loadIssue.invalid_encoding.utf16' : 'loadIssue.invalid_encoding';
    case 'duplicate_column': return p.canonical === undefined ? 'loadIssue.duplicate_column' : 'loadIssue.duplicate_column.canonical';
    case 'unknown_country': return p.suggestion === undefined ? 'loadIssue.unknown_country' : 'loadIssue.unknown_country.suggestion';
    case 'invalid_count': return p.reason === 'not_a_number' ? 'loadIssue.invalid_count.not_a_number' : p.reason === 'not_a_count' ? 'loadIssue.invalid_count' : '';
    case 'fractional_count': return p.decimalMark === ',' ? 'loadIssue.fractional_count.decimalComma' : p.decimalMark === '.' ? 'loadIssue.fractional_count' : '';
    case 'no_rows': return p.records === 0 ? 'loadIssue.no_rows.empty' : typeof p.records === 'number' ? 'loadIssue.no_rows' : '';
    case 'assumed_indicator': return p.from === 'file' ? 'loadIssue.assumed_indicator.file' : 'loadIssue.assumed_indicator';
    case 'binary_file': return p.readable === 1 ? 'loadIssue.binary_file.readable'
      : typeof p.what === 'string' && isSpreadsheet(p.what as BinaryKind) ? 'loadIssue.binary_file.spreadsheet' : 'loadIssue.binary_file';
    default: return `loadIssue.${code}`;
  }
}

/** A size as the loader writes it: "812 bytes" below 1 MB, else megabytes with one decimal. */
function size(bytes: number, t: Translate): string {
  return bytes >= 1024 * 1024 ? t('loadIssue.size.mb', { mb: Math.round((bytes / 1024 / 1024) * 10) / 10 }) : t('loadIssue.size.bytes', { count: bytes });
}

/** First-strong isolate ... pop directional isolate: the text keeps its own direction inside the sentence. */
const isolated = (text: string): string => `\u2068${text}\u2069`;

/** Values the sentence shows in another form than the param: translated kind names, sizes, a shortened cell. */
function derive(p: Values, t: Translate, isolate: boolean): Params {
  const out: Record<string, string | number> = { ...p };
  // t() isolates a param written in the other direction, but `kinds` mixes translated kind names with English
  // column lists, so on a right-to-left page each list is isolated on its own.
  const own = isolate ? isolated : (text: string): string => text;
  if (typeof p.value === 'string') out.value = shortValue(p.value);
  if (isKind(p.kind)) out.kind = t(`loadIssue.kind.${p.kind}`);
  if (typeof p.encoding === 'string') out.encoding = p.encoding.toUpperCase();
  if (typeof p.what === 'string' && Object.hasOwn(en, `loadIssue.binary.${p.what}`)) out.what = t(`loadIssue.binary.${p.what}` as MessageKey);
  if (typeof p.bytes === 'number') out.size = size(p.bytes, t);
  if (typeof p.maxBytes === 'number') out.maxSize = size(p.maxBytes, t);
  if (typeof p.kinds === 'string') out.kinds = DATASET_KINDS.map((kind) => `${t(`loadIssue.kind.${kind}`)}: ${own(requiredColumns(kind).join(', '))}`).join('; ');
  return out;
}

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string));
}

/**
 * The issue's sentence in the language of `t`, or the loader's English message when the code has no sentence
 * or the issue lacks a value the sentence needs (a report saved before the loader passed it). `isolate`
 * (for right-to-left pages) wraps each column list of the kinds' requirements in Unicode isolates, so
 * "year, country, count" is not reordered by the Arabic around it.
 */
export function issueMessage(issue: LoadIssue, t: Translate, isolate = false): string {
  const key = issueKey(issue);
  if (key === null) return issue.message;
  const params = derive(issue.params ?? {}, t, isolate);
  if (!placeholders(en[key]).every((name) => params[name] !== undefined)) return issue.message;
  return t(key, params);
}

/** The catalogue key of the issue's sentence, or null when its code (or variant) has none. */
export function issueKey(issue: LoadIssue): MessageKey | null {
  const key = keyOf(issue.code, issue.params ?? {});
  return Object.hasOwn(en, key) ? (key as MessageKey) : null;
}
