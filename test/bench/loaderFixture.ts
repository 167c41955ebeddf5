// Generates a realistic placements CSV in memory: quoted sources with commas, quoted thousands,
// doubled quotes in notes, unique keys. About 70 bytes a row.
import { readFileSync } from 'node:fs';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every ISO alpha-3 code of data/countries.csv, so the benchmark exercises real country resolution. */
export const BENCH_COUNTRIES: readonly string[] = readFileSync(new URL('../../data/countries.csv', import.meta.url), 'utf8')
  .split('\n').slice(1).map((line) => line.slice(0, 3)).filter((code) => /^[A-Z]{3}$/.test(code));
const YEARS = 25;
const PERSPECTIVES = ['duty_station', 'nationality'];
const TYPES = ['national', 'international', 'total'];
const QUALIFIERS = ['', '', '', 'exact', 'at least', 'about'];
const SOURCES = ['"UNV, 2023"', 'UNV AR 2021', '"Kazinform, 2022"', 'Astana Times'];
const NOTES = ['', '', '', '', '', '', '', '"Incl. ""online"""', 'Estimate', '"Revised, 2024"'];

function sdgCell(index: number): string {
  if (index === 0) return '';
  if (index <= 17) return String(index);
  const a = ((index - 18) % 17) + 1;
  const b = ((a + Math.floor((index - 18) / 17)) % 17) + 1;
  return a === b ? String(a) : `${Math.min(a, b)}|${Math.max(a, b)}`;
}

export function makePlacementsCsv(rows: number, seed = 1): string {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const parts: string[] = ['year,country,perspective,type,sdg,count,qualifier,source,source_url,source_date,status,note'];
  const perSdg = YEARS * BENCH_COUNTRIES.length * PERSPECTIVES.length * TYPES.length;
  for (let i = 0; i < rows; i++) {
    let k = i % perSdg;
    const type = TYPES[k % 3] as string; k = Math.floor(k / 3);
    const perspective = PERSPECTIVES[k % 2] as string; k = Math.floor(k / 2);
    const country = BENCH_COUNTRIES[k % BENCH_COUNTRIES.length] as string; k = Math.floor(k / BENCH_COUNTRIES.length);
    const year = 2000 + k;
    const n = Math.floor(random() * 20000);
    const count = n >= 1000 && random() < 0.3 ? `"${n.toLocaleString('en-US')}"` : random() < 0.02 ? '' : String(n);
    const url = random() < 0.03 ? 'https://www.unv.org/annual-report' : '';
    parts.push(`${year},${country},${perspective},${type},${sdgCell(Math.floor(i / perSdg))},${count},${pick(QUALIFIERS)},${pick(SOURCES)},${url},${year + 1}-05,reported,${pick(NOTES)}`);
  }
  return parts.join('\n') + '\n';
}
