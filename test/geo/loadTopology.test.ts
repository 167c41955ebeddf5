import { afterEach, describe, expect, it, vi } from 'vitest';
import { TOPOLOGY_50M } from './fixtures/atlas';

afterEach(() => vi.resetModules());

describe('loadTopology', () => {
  it('fetches the topology asset once and returns country features', async () => {
    const { loadTopology } = await import('../../src/geo/loadTopology');
    const fetchImpl = vi.fn(async (url: string | URL | Request) => {
      expect(String(url)).toMatch(/countries-50m\.json/);
      return new Response(JSON.stringify(TOPOLOGY_50M), { status: 200 });
    });
    const first = await loadTopology(fetchImpl as typeof fetch);
    const second = await loadTopology(fetchImpl as typeof fetch);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
    expect(first.some((f) => f.id === '048')).toBe(true);
  });

  it('reports an HTTP error and retries on the next call', async () => {
    const { loadTopology } = await import('../../src/geo/loadTopology');
    const failing = vi.fn(async () => new Response('gone', { status: 404, statusText: 'Not Found' }));
    await expect(loadTopology(failing as typeof fetch)).rejects.toThrow(/404/);
    const working = vi.fn(async () => new Response(JSON.stringify(TOPOLOGY_50M), { status: 200 }));
    await expect(loadTopology(working as typeof fetch)).resolves.toHaveLength(241);
  });
});
