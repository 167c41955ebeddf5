// Parses the bundled reference tables data/countries.csv and data/sdgs.csv.
// They ship with the app, so anything malformed is our bug: fail loudly, naming the line.
import Papa from 'papaparse';
import type { CicaStatus, Country, Goal, Lang } from './types';

const COUNTRY_COLUMNS = [
  'iso3', 'iso2', 'numeric', 'name_en', 'name_ar', 'name_ru', 'name_kk',
  'region', 'subregion', 'cica_status', 'aliases',
] as const;
const GOAL_COLUMNS = ['goal', 'color', 'name_en', 'name_ar', 'name_ru', 'name_kk'] as const;
const CICA: readonly CicaStatus[] = ['member', 'observer', 'none'];

type Row<K extends string> = Readonly<Record<K, string>> & { readonly line: number };

/** Splits a reference CSV into records keyed by the required header names (extra columns are ignored). */
function readTable<K extends string>(text: string, file: string, required: readonly K[]): Row<K>[] {
  if (text.trim() === '') throw new Error(`${file}: the file is empty`);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false, delimiter: ',', skipEmptyLines: 'greedy',
  });
  const bad = parsed.errors[0];
  if (bad) throw new Error(`${file}: ${bad.message} (record ${(bad.row ?? 0) + 1})`);
  const [header, ...records] = parsed.data;
  if (!header) throw new Error(`${file}: the file is empty`);
  const names = header.map((h) => h.trim());
  const index = required.map((name) => {
    const i = names.indexOf(name);
    if (i < 0) throw new Error(`${file}: column "${name}" is missing (found: ${names.join(', ')})`);
    return i;
  });
  return records.map((record, r) => {
    const line = r + 2;
    if (record.length !== header.length) {
      throw new Error(`${file} line ${line}: ${record.length} cells, expected ${header.length}`);
    }
    const row: Record<string, string | number> = { line };
    required.forEach((name, k) => {
      row[name] = (record[index[k] ?? 0] ?? '').trim();
    });
    return row as Row<K>;
  });
}

function check(ok: boolean, file: string, line: number, message: string): void {
  if (!ok) throw new Error(`${file} line ${line}: ${message}`);
}

function names(row: Row<'name_en' | 'name_ar' | 'name_ru' | 'name_kk'>, file: string): Record<Lang, string> {
  check(row.name_en !== '', file, row.line, 'name_en is empty');
  // A missing translation falls back to English rather than leaving a blank label.
  return {
    en: row.name_en,
    ar: row.name_ar || row.name_en,
    ru: row.name_ru || row.name_en,
    kk: row.name_kk || row.name_en,
  };
}

function unique(seen: Map<string, number>, key: string, file: string, line: number, what: string): void {
  const first = seen.get(key);
  check(first === undefined, file, line, `${what} "${key}" already used on line ${first ?? 0}`);
  seen.set(key, line);
}

/** data/countries.csv -> countries, in file order. */
export function parseCountriesCsv(text: string, file = 'countries.csv'): Country[] {
  const seen = new Map<string, number>();
  return readTable(text, file, COUNTRY_COLUMNS).map((row) => {
    const { line } = row;
    check(/^[A-Z]{3}$/.test(row.iso3), file, line, `iso3 "${row.iso3}" is not three capital letters`);
    check(/^[A-Z]{2}$/.test(row.iso2), file, line, `iso2 "${row.iso2}" is not two capital letters`);
    // Kosovo and a few others have no ISO numeric code: empty is allowed, anything else must be 3 digits.
    check(/^(\d{3})?$/.test(row.numeric), file, line, `numeric "${row.numeric}" is not three digits`);
    check((CICA as readonly string[]).includes(row.cica_status), file, line,
      `cica_status "${row.cica_status}" is not one of ${CICA.join(', ')}`);
    unique(seen, row.iso3, file, line, 'iso3');
    unique(seen, row.iso2, file, line, 'iso2');
    if (row.numeric) unique(seen, row.numeric, file, line, 'numeric');
    return {
      iso3: row.iso3,
      iso2: row.iso2,
      numeric: row.numeric,
      names: names(row, file),
      region: row.region,
      subregion: row.subregion,
      cica: row.cica_status as CicaStatus,
      aliases: row.aliases.split('|').map((a) => a.trim()).filter((a) => a !== ''),
    };
  });
}

/** data/sdgs.csv -> the 17 goals, sorted by goal number. */
export function parseGoalsCsv(text: string, file = 'sdgs.csv'): Goal[] {
  const seen = new Map<string, number>();
  const goals = readTable(text, file, GOAL_COLUMNS).map((row) => {
    const { line } = row;
    check(/^([1-9]|1[0-7])$/.test(row.goal), file, line, `goal "${row.goal}" is not a number from 1 to 17`);
    check(/^#[0-9a-fA-F]{6}$/.test(row.color), file, line, `color "${row.color}" is not #RRGGBB`);
    unique(seen, row.goal, file, line, 'goal');
    return { goal: Number(row.goal), names: names(row, file), color: row.color.toUpperCase() };
  });
  if (goals.length !== 17) throw new Error(`${file}: ${goals.length} goals, expected all 17`);
  return goals.sort((a, b) => a.goal - b.goal);
}
