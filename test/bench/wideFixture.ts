// A World Bank-shaped wide file: 40,000 rows (every country x 160 indicators) x 25 year columns,
// decimals with some empty years, as published downloads have. About 1M figures.
import { BENCH_COUNTRIES } from './loaderFixture';

export const WIDE_ROWS = 40_000;
export const WIDE_YEARS = 25;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** The CSV text and how many figures (non-empty year cells) it holds. */
export function makeWideCsv(seed = 7): { csv: string; figures: number } {
  const random = lcg(seed);
  const years = Array.from({ length: WIDE_YEARS }, (_, i) => 2000 + i);
  const parts = [`Country Name,Country Code,Indicator Name,Indicator Code,${years.join(',')}`];
  const perCountry = Math.ceil(WIDE_ROWS / BENCH_COUNTRIES.length);
  let figures = 0;
  for (let i = 0; i < WIDE_ROWS; i++) {
    const code = BENCH_COUNTRIES[i % BENCH_COUNTRIES.length] as string;
    const k = Math.floor(i / BENCH_COUNTRIES.length) % perCountry;
    const cells: string[] = [];
    for (let y = 0; y < WIDE_YEARS; y++) {
      if (random() < 0.08) cells.push('');
      else {
        figures++;
        cells.push((Math.floor(random() * 1_000_000) / 100).toString());
      }
    }
    parts.push(`${code},${code},"Indicator ${k}, share (%)",IND.${k},${cells.join(',')}`);
  }
  return { csv: `${parts.join('\n')}\n`, figures };
}
