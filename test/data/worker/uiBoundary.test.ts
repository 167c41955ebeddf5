// The UI thread never parses CSV: nothing the client pulls in may import papaparse or the loader core.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Every module reachable from `entry` through static imports (type-only imports excluded: they vanish at build). */
function staticImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec = ''] of source.matchAll(/^import (?!type )[^;]*?from '([^']+)'/gms)) {
      if (spec.startsWith('.')) visit(`${resolve(dirname(file), spec)}.ts`);
      else seen.add(spec);
    }
  };
  visit(resolve(root, entry));
  return seen;
}

describe('UI-thread boundary', () => {
  it('the loader client does not import papaparse or the CSV loader', () => {
    const reached = [...staticImports('src/data/loaderClient.ts')].map((f) => f.replace(root, ''));
    expect(reached.filter((f) => f === 'papaparse' || /loadCsv|countries\.ts|countryResolver/.test(f))).toEqual([]);
    expect(reached).toContain('src/data/loaderProtocol.ts');
  });
});
