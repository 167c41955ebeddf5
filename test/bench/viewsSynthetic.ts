// A synthetic columnar placements dataset for timing view transforms without the loader.
import type { CodeColumn, Dataset } from '../../src/data/types';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function codes(n: number, dictionary: string[], pick: () => number): CodeColumn {
  const c = new Int32Array(n);
  for (let i = 0; i < n; i++) c[i] = pick();
  return { type: 'code', codes: c, dictionary };
}

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
      country: codes(rows, countries, int(countries.length)),
      perspective: codes(rows, ['duty_station', 'nationality'], int(2)),
      type: codes(rows, ['national', 'international', 'total'], int(3)),
      sdg: { type: 'goals', masks },
      count: { type: 'number', values: count },
      qualifier: codes(rows, ['exact', 'at_least', 'approx'], () => (rand() < 0.9 ? 0 : 1 + int(2)())),
      source: codes(rows, sources, int(sources.length)),
      source_url: codes(rows, sources.map((s) => `https://example.org/${s}`), int(sources.length)),
      source_date: codes(rows, ['2023', '2024-06'], int(2)),
      status: codes(rows, ['reported', 'derived', 'illustrative'], () => (rand() < 0.8 ? 0 : 1 + int(2)())),
      note: codes(rows, ['a note'], () => (rand() < 0.99 ? -1 : 0)),
    },
    lines: new Int32Array(rows),
  };
}
