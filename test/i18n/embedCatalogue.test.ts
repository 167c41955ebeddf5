// An embedded chart loads only some catalogue areas: every key its panels, charts and components show must be
// in them, or the reader sees the key itself ("figure.partial") instead of words.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en as full } from '../../src/i18n/en';
import { en as embed } from '../../src/i18n/en/embedCatalogue';

const root = resolve(import.meta.dirname, '../..');
const SHOWN_BY_EMBEDS = ['src/app/panels', 'src/charts', 'src/components', 'src/embed.tsx', 'src/app/views/ChartsViewData.ts'];
// Keys that only feed the dashboard's panel actions (export subtitles and tables); an embed has no actions.
const ACTIONS_ONLY = /^export\./;

function sourceFiles(path: string): string[] {
  const abs = join(root, path);
  if (!statSync(abs).isDirectory()) return [path];
  return readdirSync(abs).flatMap((name) => sourceFiles(join(path, name))).filter((f) => /\.tsx?$/.test(f));
}

describe('the embed catalogue', () => {
  it('holds every key that an embedded chart can show', () => {
    const missing: string[] = [];
    for (const file of SHOWN_BY_EMBEDS.flatMap(sourceFiles)) {
      for (const [, key] of readFileSync(join(root, file), 'utf8').matchAll(/\bt\(\s*'([\w.]+)'/g)) {
        if (key && key in full && !(key in embed) && !ACTIONS_ONLY.test(key)) missing.push(`${key} (${file})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
