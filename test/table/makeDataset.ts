// Builds a small columnar Dataset from row objects, the way the loader would lay it out.
import type { Column, Dataset, DatasetKind } from '../../src/data/types';

export type Cell = string | number | null | readonly number[];
export type ColumnTypes = Readonly<Record<string, 'number' | 'code' | 'goals'>>;

export function makeDataset(kind: DatasetKind, types: ColumnTypes, rows: readonly Readonly<Record<string, Cell>>[]): Dataset {
  const columns: Record<string, Column> = {};
  for (const [id, type] of Object.entries(types)) {
    if (type === 'number') {
      columns[id] = { type, values: Float64Array.from(rows, (r) => (typeof r[id] === 'number' ? (r[id] as number) : NaN)) };
    } else if (type === 'goals') {
      columns[id] = { type, masks: Uint32Array.from(rows, (r) => ((r[id] as number[] | null) ?? []).reduce((m, g) => m | (1 << (g - 1)), 0) >>> 0) };
    } else {
      const dictionary: string[] = [];
      const codes = Int32Array.from(rows, (r) => {
        const v = r[id];
        if (v === null || v === undefined || v === '') return -1;
        const s = String(v);
        let at = dictionary.indexOf(s);
        if (at < 0) at = dictionary.push(s) - 1;
        return at;
      });
      columns[id] = { type, codes, dictionary };
    }
  }
  return { id: `test:${kind}`, kind, name: `${kind}.csv`, origin: 'upload', rowCount: rows.length, columns, lines: Int32Array.from(rows, (_, i) => i + 2) };
}

export const PLACEMENT_TYPES: ColumnTypes = {
  year: 'number', country: 'code', perspective: 'code', type: 'code', sdg: 'goals', count: 'number', qualifier: 'code',
  source: 'code', status: 'code',
};

const NAMES: Record<string, { en: string; ru: string; ar: string; kk: string }> = {
  KAZ: { en: 'Kazakhstan', ru: 'Казахстан', ar: 'كازاخستان', kk: 'Қазақстан' },
  UZB: { en: 'Uzbekistan', ru: 'Узбекистан', ar: 'أوزبكستان', kk: 'Өзбекстан' },
  TUR: { en: 'Türkiye', ru: 'Турция', ar: 'تركيا', kk: 'Түркия' },
  CIV: { en: "Côte d'Ivoire", ru: "Кот-д'Ивуар", ar: 'ساحل العاج', kk: "Кот-д'Ивуар" },
  RUS: { en: 'Russia', ru: 'Россия', ar: 'روسيا', kk: 'Ресей' },
  WLD: { en: 'World', ru: 'Мир', ar: 'العالم', kk: 'Әлем' },
  'UNV-SSA': { en: 'Sub-Saharan Africa', ru: 'Африка к югу от Сахары', ar: 'أفريقيا جنوب الصحراء الكبرى', kk: 'Сахараның оңтүстігіндегі Африка' },
};
const REGIONS: Record<string, string> = { KAZ: 'Asia', UZB: 'Asia', TUR: 'Asia', CIV: 'Africa', RUS: 'Europe' };

export const nameOf = (code: string): string => NAMES[code]?.en ?? code;
export const searchTextOf = (code: string): string => Object.values(NAMES[code] ?? {}).join('|');
export const regionOf = (code: string): string | undefined => REGIONS[code];

export function placements(): Dataset {
  return makeDataset('placements', PLACEMENT_TYPES, [
    { year: 2023, country: 'KAZ', perspective: 'duty_station', type: 'national', sdg: [4, 5], count: 65, qualifier: 'exact', source: 'Astana Times', status: 'reported' },
    { year: 2023, country: 'KAZ', perspective: 'nationality', type: 'international', sdg: null, count: 9, qualifier: 'exact', source: 'Astana Times', status: 'reported' },
    { year: 2022, country: 'UZB', perspective: 'duty_station', type: 'total', sdg: [1], count: 30, qualifier: 'exact', source: 'Demo', status: 'illustrative' },
    { year: 2023, country: 'TUR', perspective: 'duty_station', type: 'total', sdg: [4], count: 12, qualifier: 'at_least', source: 'Report', status: 'derived' },
    { year: 2023, country: 'WLD', perspective: 'duty_station', type: 'total', sdg: null, count: 12840, qualifier: 'exact', source: 'UNV Annual Report 2023', status: 'reported' },
    { year: 2023, country: 'UNV-SSA', perspective: 'duty_station', type: 'total', sdg: null, count: 5299, qualifier: 'exact', source: 'UNV Annual Report 2023', status: 'reported' },
    { year: 2022, country: 'CIV', perspective: 'duty_station', type: 'national', sdg: [5], count: 5, qualifier: 'exact', source: 'Report', status: 'reported' },
    { year: 2021, country: 'RUS', perspective: 'nationality', type: 'total', sdg: null, count: null, qualifier: 'exact', source: 'Report', status: 'reported' },
  ]);
}

export const DELEGATE_TYPES: ColumnTypes = { event_id: 'code', country: 'code', delegates: 'number', qualifier: 'code', source: 'code', status: 'code' };

/** "Took part" rows: the loader reads an empty qualifier as exact, so a row without a count still says "exact". */
export function delegates(counts: readonly (number | null)[] = [null, null, null]): Dataset {
  const codes = ['KAZ', 'UZB', 'TUR', 'CIV', 'RUS'];
  return makeDataset('delegates', DELEGATE_TYPES, counts.map((count, i) => ({
    event_id: 'rally-2024', country: codes[i % codes.length]!, delegates: count, qualifier: count === 40 ? 'approx' : 'exact',
    source: 'Kazinform', status: i === 0 ? 'derived' : 'reported',
  })));
}

/**
 * Placements that add up once split the way their key says: two countries per year and type, a total beside
 * its parts, one "about", one "more than" and one illustrative figure, and a World row.
 */
export function unvTable(): Dataset {
  const row = (year: number, country: string, type: string, count: number, qualifier = 'exact', status = 'reported') =>
    ({ year, country, perspective: 'duty_station', type, sdg: null, count, qualifier, source: 'UNV', status });
  return makeDataset('placements', PLACEMENT_TYPES, [
    row(2023, 'KAZ', 'national', 65),
    row(2023, 'UZB', 'national', 40, 'approx'),
    row(2023, 'KAZ', 'international', 10),
    row(2023, 'UZB', 'international', 8, 'at_least', 'illustrative'),
    row(2023, 'KAZ', 'total', 75),
    row(2023, 'UZB', 'total', 48, 'at_least'),
    row(2022, 'KAZ', 'national', 50),
    row(2022, 'UZB', 'national', 30),
    row(2023, 'WLD', 'total', 12840),
  ]);
}
