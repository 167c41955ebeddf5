// The embed's data: the bundled datasets as the loader validated and typed them at build time
// (build/bundledDataPlugin.ts), fetched as one cached JSON file; no CSV parser, no worker to start.
import bundledDataUrl from 'virtual:bundled-data';
import { decodeSnapshot } from '../../data/bundledSnapshot';
import type { DataLoader } from '../dataApi';

export async function bundledLoader(url: string = bundledDataUrl): Promise<DataLoader> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The chart's data could not be read (HTTP ${response.status}). Reload the page.`);
  const snapshot = decodeSnapshot(await response.text());
  return {
    init: () => Promise.resolve(snapshot.reference),
    loadBundled: () => Promise.resolve(snapshot.results),
  };
}
