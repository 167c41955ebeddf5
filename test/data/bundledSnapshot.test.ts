import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSnapshot, encodeSnapshot } from '../../src/data/bundledSnapshot';
import { loadCsv } from '../../src/data/loadCsv';
import { BUNDLED_KINDS } from '../../src/data/loaderProtocol';
import { takeSnapshot } from '../../src/data/takeSnapshot';

const data = resolve(import.meta.dirname, '../../data');
const urls = {
  countries: `${data}/countries.csv`,
  sdgs: `${data}/sdgs.csv`,
  facts: Object.fromEntries(BUNDLED_KINDS.map((k) => [k, `${data}/${k}.csv`])) as Record<(typeof BUNDLED_KINDS)[number], string>,
};
const readLocal = async (path: string) => new Response(await readFile(path));

describe('bundled snapshot (the embed\'s data)', () => {
  it('holds exactly what the loader gives the dashboard, typed arrays and missing values included', async () => {
    const taken = await takeSnapshot(readLocal, urls, loadCsv);
    const back = decodeSnapshot(encodeSnapshot(taken));
    expect(back.reference).toEqual(taken.reference);
    expect(back.results.map((r) => r.dataset?.kind)).toEqual(BUNDLED_KINDS);
    for (const [i, result] of taken.results.entries()) {
      const restored = back.results[i]!;
      expect(restored.report).toEqual(result.report);
      expect(restored.dataset).toEqual(result.dataset);
      for (const [name, column] of Object.entries(result.dataset!.columns)) {
        expect(restored.dataset!.columns[name]!.constructor).toBe(column.constructor);
        if (column.type === 'number') expect(restored.dataset!.columns[name]).toMatchObject({ values: expect.any(Float64Array) });
      }
    }
    // placements has missing counts nowhere, but events has missing numbers: NaN must survive as NaN, never 0.
    const events = back.results[0]!.dataset!;
    const numbers = Object.values(events.columns).flatMap((c) => (c.type === 'number' ? [...c.values] : []));
    expect(numbers.some(Number.isNaN)).toBe(true);
  });

  it('refuses a file of another version', () => {
    expect(() => decodeSnapshot(JSON.stringify({ version: 0, reference: {}, results: [] }))).toThrow(/version 1/);
  });

  it('fails the build when a bundled file has an error, naming the file', async () => {
    const broken = async (path: string) => new Response(path.endsWith('placements.csv') ? 'year,country,count\n2023,KAZ,abc\n' : await readFile(path));
    const taken = await takeSnapshot(broken, urls, loadCsv);
    expect(taken.results[2]!.report.issues.some((i) => i.severity === 'error')).toBe(true);
  });
});
