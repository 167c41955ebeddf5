/// <reference types="vitest/config" />
import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { bundledDataPlugin } from './build/bundledDataPlugin.ts';
import { embedCataloguesPlugin } from './build/embedCataloguesPlugin.ts';
import { REACT_MODULES, startChunk } from './build/startChunkPlugin.ts';

const shared: UserConfig = {
  plugins: [react(), bundledDataPlugin()],
  base: './',
  // The loader worker starts the app on the build's snapshot of the bundled data (virtual:bundled-data).
  worker: { format: 'es', plugins: () => [bundledDataPlugin()] },
  server: { port: 5173, strictPort: false },
  build: {
    target: 'es2022',
    // Maps are written but not linked from the files: the link is bytes in every chunk a reader downloads (about
    // 1 KB of gzip over the first view's 37 files); load a map in the browser's devtools by hand when debugging.
    sourcemap: 'hidden',
    // One stylesheet for every view: the prerendered page is styled by a single request (each lazy view's own
    // stylesheet was one more render-blocking request on a phone's connection), and a view drawn later never
    // restyles the page. All of it is a few KB.
    cssCodeSplit: false,
    modulePreload: {
      // Browsers without <link rel=modulepreload> (Safari before 17, Firefox before 115) fetch those modules
      // when they are imported instead: a little later, for 0.5 KB less on every first view.
      polyfill: false,
      // The dashboard's app chunk is imported once the page has painted (src/main.tsx). Preloading its thirty-odd
      // chunks from script cost a phone about 1 ms of main thread per <link>; the browser finds them in the
      // chunk's own imports instead, all at once.
      resolveDependencies: (filename, deps, { hostType }) => (hostType === 'js' && /(^|\/)start-[\w-]+\.js$/.test(filename) ? [] : deps),
    },
  },
};

// `vite build --mode embed` (the second half of `npm run build`): embed.html on its own, into the same dist/.
// The embed renders the same components through preact/compat, a React-compatible renderer about a sixth the
// size of react-dom, so an embedded chart draws within its 80 KB budget (README: Embedding).
const embed: UserConfig = {
  ...shared,
  plugins: [react(), bundledDataPlugin(), embedCataloguesPlugin()],
  publicDir: false,
  resolve: {
    alias: [
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
    ],
  },
  build: {
    ...shared.build,
    emptyOutDir: false,
    rollupOptions: { input: { embed: resolve(import.meta.dirname, 'embed.html') } },
  },
};

// The dashboard's first view in three chunks after the entry: React's renderer, the app as it starts, the view.
const { plugin: startChunkPlugin, inStartChunk, beforePaint } = startChunk();
const dashboard: UserConfig = {
  ...shared,
  plugins: [...(shared.plugins ?? []), startChunkPlugin],
  build: {
    ...shared.build,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'boot', test: beforePaint, priority: 3 },
            { name: 'react', test: REACT_MODULES, priority: 2 },
            { name: 'start', test: inStartChunk, priority: 1 },
          ],
        },
      },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'embed' ? embed : {
  ...dashboard,
  test: {
    environment: 'node',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 20000,
    // Worker threads on every core: about a third faster than the default (forks on all cores but one).
    pool: 'threads',
    maxWorkers: '100%',
  },
}));
