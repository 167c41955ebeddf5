// Embed build only: src/i18n/<lang>/index.ts (every area of the dashboard) is replaced by
// src/i18n/<lang>/embedCatalogue.ts (the areas a single chart uses). translate.ts answers a key missing
// from a catalogue with English, then with the key itself, so a gap shows, but never breaks the chart.
import { dirname, join, normalize } from 'node:path';
import type { Plugin } from 'vite';

const CATALOGUE_INDEX = /[\\/]src[\\/]i18n[\\/](en|ar|ru|kk)[\\/]index\.ts$/;

export function embedCataloguesPlugin(): Plugin {
  return {
    name: 'embed-catalogues',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !CATALOGUE_INDEX.test(resolved.id)) return null;
      return normalize(join(dirname(resolved.id), 'embedCatalogue.ts'));
    },
  };
}
