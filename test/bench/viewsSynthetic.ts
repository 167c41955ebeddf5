// A synthetic columnar placements dataset for timing view transforms without the loader.
import type { Dataset } from '../../src/data/types';
import { codeColumn, lcg } from './synthetic';

export function syntheticPlacements(rows = 1_000_000, seed = 42): Dataset {
  const rand = lcg(seed);
  const countries = Array.from({ length: 200 }, (_, i) => `C${String(i).padStart(2, '0')}`);
  countries.push('WLD', 'UNV-SSA', 'UNV-LAC', 'UNV-AP', 'UNV-AS', 'UNV-ECIS');
  const int = (k: number) => () => Math.floor(rand() * k);
  const year = new Float64Array(rows);
  const count = new Float64Array(rows);
  const masks = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) {
    year[i] = 2010 + Math.floor(rand() * 15);
    count[i] = rand() < 0.02 ? NaN : Math.floor(rand() * 500);
    masks[i] = rand() < 0.5 ? 0 : (1 << Math.floor(rand() * 17)) | (rand() < 0.3 ? 1 << Math.floor(rand() * 17) : 0);
  }
  const sources = Array.from({ length: 12 }, (_, i) => `source ${i}`);
  return {
    id: 'synthetic:placements',
    kind: 'placements',
    name: 'synthetic.csv',
    origin: 'upload',
    rowCount: rows,
    columns: {
      year: { type: 'number', values: year },
      country: codeColumn(rows, countries, int(countries.length)),
      perspective: codeColumn(rows, ['duty_station', 'nationality'], int(2)),
      type: codeColumn(rows, ['national', 'international', 'total'], int(3)),
      sdg: { type: 'goals', masks },
      count: { type: 'number', values: count },
      qualifier: codeColumn(rows, ['exact', 'at_least', 'approx'], () => (rand() < 0.9 ? 0 : 1 + int(2)())),
      source: codeColumn(rows, sources, int(sources.length)),
      source_url: codeColumn(rows, sources.map((s) => `https://example.org/${s}`), int(sources.length)),
      source_date: codeColumn(rows, ['2023', '2024-06'], int(2)),
      status: codeColumn(rows, ['reported', 'derived', 'illustrative'], () => (rand() < 0.8 ? 0 : 1 + int(2)())),
      note: codeColumn(rows, ['a note'], () => (rand() < 0.99 ? -1 : 0)),
    },
    lines: new Int32Array(rows),
  };
}
