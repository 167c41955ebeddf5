import { describe, expect, it } from 'vitest';
import { startChunk } from '../../build/startChunkPlugin';

// A module graph as the build sees it: static imports only; `view` is reached by a dynamic import.
const GRAPH: Record<string, string[]> = {
  '/src/main.tsx': ['/src/i18n/intl.ts', '/src/app/afterFirstPaint.ts'],
  '/src/i18n/intl.ts': ['/src/i18n/numberLocale.ts'],
  '/src/i18n/numberLocale.ts': [],
  '/src/app/afterFirstPaint.ts': [],
  '/src/app/start.tsx': ['/node_modules/react-dom/client.js', '/src/app/App.tsx', '/src/i18n/intl.ts'],
  '/node_modules/react-dom/client.js': ['/node_modules/scheduler/index.js'],
  '/node_modules/scheduler/index.js': [],
  '/src/app/App.tsx': ['/src/app/Header.tsx', '/src/i18n/numberLocale.ts'],
  '/src/app/Header.tsx': [],
  '/src/app/views/MapView.tsx': ['/src/geo/presets.ts'],
  '/src/geo/presets.ts': [],
};

function split() {
  const { plugin, inStartChunk, beforePaint } = startChunk('/src/app/start.tsx', '/src/main.tsx');
  const errors: string[] = [];
  const context = {
    getModuleInfo: (id: string) => (id in GRAPH ? { importedIds: GRAPH[id]! } : null),
    error: (message: string) => { errors.push(message); },
  };
  (plugin.buildEnd as (this: typeof context) => void).call(context);
  return { inStartChunk, beforePaint, errors };
}

describe('the dashboard\'s start chunk (build/startChunkPlugin.ts)', () => {
  it('holds what start.tsx imports statically, not start.tsx (its top-level await), React, or what the page loads before its first paint', () => {
    const { inStartChunk, errors } = split();
    const members = Object.keys(GRAPH).filter(inStartChunk);
    expect(members).toEqual(['/src/app/App.tsx', '/src/app/Header.tsx']);
    expect(errors).toEqual([]);
  });

  it('keeps the entry\'s own imports together for the first paint, the entry itself apart', () => {
    const { beforePaint } = split();
    expect(Object.keys(GRAPH).filter(beforePaint)).toEqual(['/src/i18n/intl.ts', '/src/i18n/numberLocale.ts', '/src/app/afterFirstPaint.ts']);
  });

  it('leaves a later view\'s modules to automatic splitting', () => {
    const { inStartChunk, beforePaint } = split();
    expect(inStartChunk('/src/app/views/MapView.tsx') || beforePaint('/src/geo/presets.ts')).toBe(false);
  });
});
