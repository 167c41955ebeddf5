// Words that tell what a column or a line of a published table is, in English, Russian, Kazakh and Arabic.
import { normalizeHeader } from './headers';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(normalizeHeader));

/** Headers of a country column (OWID's Entity, UNdata's Country or Area, SDMX's REF_AREA ...). */
export const COUNTRY_HEADERS = set([
  'country', 'country name', 'country_code', 'country code', 'country or area', 'entity', 'code', 'iso3', 'iso', 'iso_code',
  'ref_area', 'reference area', 'area', 'geo', 'location', 'economy', 'nation', 'страна', 'ел', 'мемлекет', 'البلد', 'الدولة',
]);
/** Headers that hold a code rather than a name: preferred when a file has both. */
export const COUNTRY_CODE_HEADERS = set(['code', 'country_code', 'country code', 'iso3', 'iso', 'iso_code', 'ref_area', 'economy']);

export const YEAR_HEADERS = set(['year', 'yr', 'time', 'time_period', 'period', 'reporting_year', 'fiscal_year', 'год', 'жыл', 'السنة', 'العام']);
export const DATE_HEADERS = set(['date', 'as_of', 'as of', 'start_date', 'start date', 'assignment_start', 'contract_start', 'date_of_assignment', 'дата', 'күні', 'التاريخ']);

/** A column of a volunteer's duty station or nationality, in microdata. */
export const DUTY_STATION_HEADERS = set(['duty_station', 'duty station', 'duty_station_country', 'country_of_assignment', 'country of assignment', 'host_country', 'место службы', 'қызмет орны', 'مركز العمل']);
export const NATIONALITY_HEADERS = set(['nationality', 'citizenship', 'country_of_origin', 'country of origin', 'home_country', 'гражданство', 'азаматтығы', 'الجنسية']);
export const CATEGORY_HEADERS = set(['category', 'volunteer_category', 'type', 'volunteer_type', 'contract_type', 'modality', 'категория', 'санаты', 'الفئة']);

export const INDICATOR_NAME_HEADERS = set(['indicator', 'indicator name', 'indicator_name', 'series', 'series name', 'series_name']);
export const INDICATOR_CODE_HEADERS = set(['indicator code', 'indicator_code', 'series code', 'series_code']);

/** Which volunteer type a header or a category cell names; "international" is tested before "national". */
export function typeWord(text: string): 'national' | 'international' | 'total' | null {
  const t = text.toLowerCase();
  if (/international|международн|халықаралық|دولي/u.test(t)) return 'international';
  if (/national|национальн|ұлттық|وطني|محلي/u.test(t)) return 'national';
  if (/^\s*(total|all|всего|итого|барлығы|жиыны|المجموع|الإجمالي)\b/u.test(t)) return 'total';
  return null;
}

/** A value column's header that says it counts volunteers, or organisations. */
export const VOLUNTEER_WORDS = /volunteer|волонт|ерікті|متطوع/iu;
export const ORGANIZATION_WORDS = /organi[sz]ation|организац|ұйым|منظم/iu;

/** A country cell of a totals row. */
const TOTAL_CELLS = set(['total', 'totals', 'grand total', 'sum', 'all', 'итого', 'всего', 'барлығы', 'жиыны', 'المجموع', 'الإجمالي', 'المجموع الكلي']);
const totalSeen = new Map<string, boolean>();
export function isTotalCell(cell: string): boolean {
  if (cell.length > 24) return false;
  let known = totalSeen.get(cell);
  if (known === undefined) {
    known = TOTAL_CELLS.has(normalizeHeader(cell));
    if (totalSeen.size > 4096) totalSeen.clear(); // a file of junk must not grow it without bound
    totalSeen.set(cell, known);
  }
  return known;
}

/** The first cell of a note, source or footnote line below a table. */
const TRAILER_START = /^(source|sources|note|notes|footnote|footnotes|footnoteseqid|data from database|last updated|\*|примечани|источник|ескерту|дереккөз|المصدر|ملاحظ)/iu;
export function isTrailerCell(cell: string): boolean {
  return TRAILER_START.test(cell.trim());
}

/** A header that is a year: 2019, YR2019, or World Bank DataBank's "2019 [YR2019]". */
export function yearHeader(text: string): number | null {
  const m = /^\s*(?:yr)?(\d{4})(?:\s*\[yr\d{4}\])?\s*$/iu.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  return year >= 1900 && year <= 2100 ? year : null;
}
