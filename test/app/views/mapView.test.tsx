// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AtlasFeature } from '../../../src/geo/types';
import { App } from '../../../src/app/App';
import type { DataLoader } from '../../../src/app/DataContext';
import type { LoadResult } from '../../../src/data/types';
import { makeDataset } from '../../transforms/makeDataset';
import { fakeLoader } from '../fakeLoader';

const square = (id: string, name: string, x: number): AtlasFeature => ({
  type: 'Feature',
  id,
  properties: { name },
  geometry: { type: 'Polygon', coordinates: [[[x, 40], [x + 10, 40], [x + 10, 50], [x, 50], [x, 40]]] },
});

vi.mock('../../../src/geo/loadTopology', () => ({
  loadTopology: async () => [square('398', 'Kazakhstan', 60), square('860', 'Uzbekistan', 70), square('250', 'France', 0)],
}));

function openAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}
const countryPath = (iso3: string) => document.querySelector<SVGPathElement>(`svg.world-map path[data-iso3="${iso3}"]`);

beforeEach(() => openAt(''));
afterEach(cleanup);
// Lazy views load slowly on a busy machine; the default 1 s wait is too tight.
configure({ asyncUtilTimeout: 5000 });

describe('Map view: sources', () => {
  it('lists the source of every drawn value under the map, with the badge when one is illustrative', async () => {
    openAt('?view=map&dataset=organizations');
    render(<App loader={fakeLoader()} />);
    const sources = await screen.findByRole('group', { name: 'Sources of the figures on the map' });
    // KAZ's latest (2024-10) figure is illustrative in the fake data; UZB has its own source.
    expect(sources.textContent).toContain('Arabic report of 2024-10-05');
    expect(sources.textContent).toContain('Test source UZB');
    expect(sources.textContent).not.toContain('arda.com.kz');
    expect(sources.textContent).toContain('Illustrative');
    // The sources are listed at once; the map is drawn when its geometry has been projected.
    await waitFor(() => expect(document.querySelectorAll('[data-overlay="illustrative"] path')).toHaveLength(1), { timeout: 5000 });
  });
});

describe('Map view: defaults without country figures', () => {
  it('falls back to a measure with country figures and says so', async () => {
    openAt('?view=map&dataset=placements');
    render(<App loader={fakeLoader()} />);
    expect(await screen.findByText(
      'All UN Volunteers, counted by where they serve, has no figure per country, so the map shows National UN Volunteers, counted by where they serve.',
    )).toBeTruthy();
    await waitFor(() => expect(countryPath('KAZ')).not.toBeNull(), { timeout: 5000 });
    expect(screen.queryByText(/No country has a figure/)).toBeNull();
    expect((screen.getByRole('radio', { name: 'National UN Volunteers' }) as HTMLInputElement).checked).toBe(true);
    expect(window.location.search).toBe('?view=map&dataset=placements');
  });

  it('respects a measure chosen in the URL, even when it has no country figures', async () => {
    openAt('?view=map&dataset=placements&metric=international&perspective=duty_station&year=2023');
    render(<App loader={fakeLoader()} />);
    expect(await screen.findByText(/No country has a figure for this selection/)).toBeTruthy();
    expect(screen.queryByText(/so the map shows/)).toBeNull();
  });
});

describe('Map view: year and selection', () => {
  it('changing the year changes a country’s fill', async () => {
    // Organisations in Kazakhstan, as bundled: more than 50 in 2019, more than 740 in 2024, and no other country.
    const organizations = makeDataset('organizations', [
      { country: 'KAZ', date: '2019', count: 50, qualifier: 'at_least', source: 'arda.com.kz', status: 'reported' },
      { country: 'KAZ', date: '2022-12', count: 700, qualifier: 'approx', source: 'The Astana Times', status: 'reported' },
      { country: 'KAZ', date: '2024-10', count: 740, qualifier: 'at_least', source: 'Arabic report', status: 'reported' },
    ]);
    const base = fakeLoader();
    const loader: DataLoader = {
      ...base,
      loadBundled: async () => (await base.loadBundled()).map((r): LoadResult => (r.dataset?.kind === 'organizations' ? { ...r, dataset: organizations } : r)),
    };
    openAt('?view=map&dataset=organizations&year=2019');
    render(<App loader={loader} />);
    await waitFor(() => expect(countryPath('KAZ')).not.toBeNull(), { timeout: 5000 });
    const before = countryPath('KAZ')?.getAttribute('fill');
    expect(screen.getByRole('option', { name: /Kazakhstan\s*more than 50/ })).toBeTruthy();
    fireEvent.change(screen.getByRole('slider', { name: 'Year' }), { target: { value: '2024' } });
    expect(window.location.search).toBe('?view=map&dataset=organizations&year=2024');
    expect(await screen.findByRole('option', { name: /Kazakhstan\s*more than 740/ })).toBeTruthy();
    await waitFor(() => expect(countryPath('KAZ')?.getAttribute('fill')).not.toBe(before));
  });

  it('outlines every country of the country parameter', async () => {
    openAt('?view=map&dataset=organizations&country=KAZ~FRA');
    render(<App loader={fakeLoader()} />);
    await waitFor(() => expect(countryPath('KAZ')).not.toBeNull(), { timeout: 5000 });
    // Each selected country gets a halo and an outline path, above the fills.
    const outlined = document.querySelectorAll('svg.world-map path[stroke*="1f2328"]');
    expect(outlined).toHaveLength(2);
    expect(screen.getByText('Selected')).toBeTruthy();
  });
});

describe('Map view: Find a country', () => {
  it('opens a country’s profile from the keyboard, without the SVG', async () => {
    openAt('?view=map&dataset=organizations');
    render(<App loader={fakeLoader()} />);
    const input = await screen.findByRole('combobox', { name: 'Find a country' });
    expect(screen.getByRole('option', { name: /Uzbekistan\s*120/ })).toBeTruthy();
    fireEvent.change(input, { target: { value: 'uzb' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(window.location.search).toBe('?view=country&dataset=organizations&country=UZB');
    expect(await screen.findByRole('heading', { level: 2, name: 'Country profile: Uzbekistan' })).toBeTruthy();
  });
});
