// A synthetic columnar placements dataset shaped like the loader's output, for the table bench.
import type { Dataset } from '../../src/data/types';
import { codeColumn, lcg } from './synthetic';

export function syntheticTablePlacements(rows: number, seed = 7): Dataset {
  const rand = lcg(seed);
  const pick = (n: number) => () => Math.floor(rand() * n);
  const countries = Array.from({ length: 200 }, (_, i) => `C${String(i).padStart(3, '0')}`).concat(['WLD', 'UNV-SSA', 'UNV-AP']);
  const year = new Float64Array(rows);
  const count = new Float64Array(rows);
  const masks = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) {
    year[i] = 2010 + Math.floor(rand() * 15);
    count[i] = rand() < 0.02 ? NaN : Math.floor(rand() * 500);
    masks[i] = rand() < 0.5 ? 0 : 1 << Math.floor(rand() * 17);
  }
  return {
    id: 'synthetic:table', kind: 'placements', name: 'synthetic.csv', origin: 'upload', rowCount: rows,
    lines: new Int32Array(rows),
    columns: {
      year: { type: 'number', values: year },
      country: codeColumn(rows, countries, pick(countries.length)),
      perspective: codeColumn(rows, ['duty_station', 'nationality'], pick(2)),
      type: codeColumn(rows, ['national', 'international', 'total'], pick(3)),
      sdg: { type: 'goals', masks },
      count: { type: 'number', values: count },
      qualifier: codeColumn(rows, ['exact', 'at_least', 'approx'], pick(3)),
      source: codeColumn(rows, Array.from({ length: 40 }, (_, i) => `Source ${i}`), pick(40)),
      status: codeColumn(rows, ['reported', 'derived', 'illustrative'], pick(3)),
    },
  };
}
