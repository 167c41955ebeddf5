// A deterministic synthetic placements CSV for the benchmark: same seed, same bytes.
// Used when the loader's own fixture generator (test/bench/loaderFixture.ts) is absent.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const HEADER = 'year,country,perspective,type,sdg,count,qualifier,source,source_url,source_date,status,note\n';
const TYPES = ['national', 'international', 'total'] as const;
const PERSPECTIVES = ['duty_station', 'nationality'] as const;
const QUALIFIERS = ['', '', '', 'exact', 'at_least', 'approx'] as const;
const STATUSES = ['illustrative', 'illustrative', 'derived', 'reported'] as const;

/** mulberry32: a tiny seeded PRNG, enough for reproducible test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function countryCodes(): string[] {
  const text = readFileSync(resolve(import.meta.dirname, '../../data/countries.csv'), 'utf8');
  return text.split('\n').slice(1).map((line) => line.slice(0, 3)).filter((code) => /^[A-Z]{3}$/.test(code));
}

/** "" for mask 0, else the goals of the mask's bits joined by "|": 5 -> "1|3". */
function goals(mask: number): string {
  const out: number[] = [];
  for (let g = 1; g <= 17; g++) if (mask & (1 << (g - 1))) out.push(g);
  return out.join('|');
}

/**
 * `rows` placements rows with unique keys (year+country+perspective+type+sdg), quoted source and
 * note fields (with commas and doubled quotes), blank and qualified counts. About 75 bytes a row.
 */
export function generatePlacementsCsv(rows: number, seed = 1): string {
  const random = prng(seed);
  const countries = countryCodes();
  const parts: string[] = [HEADER];
  for (let i = 0; i < rows; i++) {
    // Mixed-radix decomposition of i keeps every key distinct.
    const year = 2000 + (i % 25);
    let rest = Math.floor(i / 25);
    const country = countries[rest % countries.length];
    rest = Math.floor(rest / countries.length);
    const perspective = PERSPECTIVES[rest % 2];
    rest = Math.floor(rest / 2);
    const type = TYPES[rest % 3];
    const sdg = goals(Math.floor(rest / 3));
    const r = random();
    const count = r < 0.02 ? '' : String(Math.floor(random() * 5000));
    const qualifier = QUALIFIERS[Math.floor(random() * QUALIFIERS.length)];
    const status = STATUSES[i % STATUSES.length];
    const note = i % 20 === 0 ? `"Synthetic row ${i}, seed ${seed}; ""quoted"" text"` : '';
    parts.push(`${year},${country},${perspective},${type},${sdg},${count},${qualifier},"UNV, synthetic",,2024,${status},${note}\n`);
  }
  return parts.join('');
}
