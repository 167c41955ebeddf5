// The benchmarks' 1M-row placements file on disk (test/bench/.cache), named by the generator's hash as run.ts names it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { makePlacementsCsv } from './loaderFixture';

const here = import.meta.dirname;

export function placementsCsvPath(rows: number): string {
  const hash = createHash('sha1').update(readFileSync(resolve(here, 'loaderFixture.ts'))).digest('hex').slice(0, 8);
  return resolve(here, '.cache', `placements-${rows}-${hash}.csv`);
}

/** The file's path, generated first when missing. */
export function ensurePlacementsCsv(rows: number): string {
  const path = placementsCsvPath(rows);
  if (!existsSync(path)) {
    mkdirSync(resolve(here, '.cache'), { recursive: true });
    writeFileSync(path, makePlacementsCsv(rows, 1));
  }
  return path;
}
