// Dashboard build only: the modules src/app/start.tsx imports statically (the app as it hydrates the first view)
// go into one chunk, React's renderer into another. Left to automatic splitting, they were some thirty chunks of
// 0.3-15 KB, each a request the phone discovers one import level at a time, and each a few more tasks on the page
// while it hydrates. Modules the entry (src/main.tsx) imports before the first paint stay in the entry's chunk,
// and code only a later view imports stays in that view's chunks.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const root = resolve(import.meta.dirname, '..');

/** React's DOM renderer and what it needs: evaluated in a task of its own before the app (src/main.tsx). */
export const REACT_MODULES = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/;

/** Every module reached from `from` by static imports (dynamic imports are where other chunks begin). */
function staticGraph(getModuleInfo: (id: string) => { importedIds: readonly string[] } | null, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * The plugin finds start.tsx's static graph once the build has parsed every module; `inStartChunk` answers for the
 * code splitting that follows (vite.config.ts: build.rolldownOptions.output.codeSplitting). `beforePaint` holds what
 * the entry imports besides itself: a group of its own, ranked first, so the start group (which takes its members'
 * dependencies along) cannot pull it out of the page's first scripts into the chunk loaded after the paint.
 */
export function startChunk(start = resolve(root, 'src/app/start.tsx'), entry = resolve(root, 'src/main.tsx')) {
  let members = new Set<string>();
  let boot = new Set<string>();
  const plugin: Plugin = {
    name: 'start-chunk',
    apply: 'build',
    buildEnd() {
      const info = (id: string) => this.getModuleInfo(id);
      const beforePaint = staticGraph(info, entry);
      // start.tsx itself stays a chunk of its own: it awaits, at its top level, chunks (the loader's client) that
      // import modules of this group; inside the group, its unfinished evaluation would hold them, and they it.
      members = new Set([...staticGraph(info, start)].filter((id) => id !== start && !beforePaint.has(id) && !REACT_MODULES.test(id)));
      boot = new Set([...beforePaint].filter((id) => id !== entry));
      if (!info(start)) this.error(`start-chunk: ${start} is not in the build`);
    },
  };
  return { plugin, inStartChunk: (id: string) => members.has(id), beforePaint: (id: string) => boot.has(id) };
}
