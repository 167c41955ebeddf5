// Asks the geometry worker for the map's shapes at a preset and width. Where there is no Worker (tests,
// very old browsers) the same work runs in-process.
import type { GeometryAnswer, GeometryMessage } from './geometry.worker';
import type { MapGeometry } from './layout';
import type { GeometryRequest } from './geometryRequest';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (g: MapGeometry) => void; reject: (e: Error) => void }>();

function start(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./geometry.worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<GeometryAnswer>) => {
    const answer = event.data;
    const entry = pending.get(answer.id);
    pending.delete(answer.id);
    if (!entry) return;
    if ('error' in answer) entry.reject(new Error(answer.error));
    else entry.resolve(answer.geometry);
  };
  created.onerror = (event) => {
    // The worker could not start or died: fail what is waiting; the next request starts a new one.
    for (const entry of pending.values()) entry.reject(new Error(event.message || 'The map could not be drawn.'));
    pending.clear();
    created.terminate();
    worker = null;
  };
  worker = created;
  return created;
}

export function requestGeometry(request: GeometryRequest): Promise<MapGeometry> {
  if (typeof Worker === 'undefined') {
    // Loaded only here, so d3-geo and the topology code stay in the worker's bundle, not the page's.
    return Promise.all([import('../../geo/loadTopology'), import('./mapGeometry')])
      .then(async ([{ loadTopology }, { computeGeometry }]) => computeGeometry(await loadTopology(), request));
  }
  return new Promise((resolve, reject) => {
    const message: GeometryMessage = { id: nextId++, request };
    pending.set(message.id, { resolve, reject });
    start().postMessage(message);
  });
}
