// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AtlasFeature } from '../../src/geo/types';
import { App } from '../../src/app/App';
import { fakeLoader } from './fakeLoader';

const square = (id: string, name: string, x: number): AtlasFeature => ({
  type: 'Feature',
  id,
  properties: { name },
  geometry: { type: 'Polygon', coordinates: [[[x, 40], [x + 10, 40], [x + 10, 50], [x, 50], [x, 40]]] },
});

vi.mock('../../src/geo/loadTopology', () => ({
  loadTopology: async () => [square('398', 'Kazakhstan', 60), square('860', 'Uzbekistan', 70), square('250', 'France', 0)],
}));

function openAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}

beforeEach(() => openAt(''));
afterEach(cleanup);

describe('Map view', () => {
  it('clicking a country opens its profile', async () => {
    openAt('?view=map&dataset=organizations');
    render(<App loader={fakeLoader()} />);
    // The map is drawn once its geometry is projected (in-process here: jsdom has no Worker).
    fireEvent.click(await screen.findByRole('button', { name: 'Uzbekistan' }, { timeout: 5000 }));
    expect(window.location.search).toBe('?view=country&dataset=organizations&country=UZB');
    expect(await screen.findByRole('heading', { level: 2, name: 'Country profile: Uzbekistan' })).toBeTruthy();
    expect(screen.getByText(/Test source UZB/)).toBeTruthy();
  });

  it('the style switch writes mode to the URL', async () => {
    openAt('?view=map');
    render(<App loader={fakeLoader()} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Circles' }));
    expect(window.location.search).toBe('?view=map&mode=symbols');
  });

  it('the year slider replaces the URL instead of adding history', async () => {
    openAt('?view=map&dataset=organizations');
    render(<App loader={fakeLoader()} />);
    const slider = await screen.findByRole('slider', { name: 'Year' });
    const before = window.history.length;
    fireEvent.change(slider, { target: { value: '2023' } });
    expect(window.location.search).toBe('?view=map&dataset=organizations&year=2023');
    expect(window.history.length).toBe(before);
  });
});

describe('Country view', () => {
  it('lists every figure with its source, and the CICA rank', async () => {
    openAt('?view=country&dataset=organizations');
    render(<App loader={fakeLoader()} />);
    await screen.findByRole('heading', { level: 2, name: 'Country profile: Kazakhstan' });
    expect(screen.getByText('rank 1 of 2 CICA states with data', { exact: false })).toBeTruthy();
    expect(screen.getByText('65')).toBeTruthy();
    expect(screen.getAllByText(/UN Resident Coordinator/).length).toBeGreaterThan(0);
    const delegates = screen.getByRole('heading', { level: 3, name: 'Delegates' }).closest('section')!;
    expect(within(delegates).getByText('Took part, count not published')).toBeTruthy();
  });
});

describe('Charts view', () => {
  it('says delegate counts per country are not published rather than drawing empty bars', async () => {
    openAt('?view=charts');
    render(<App loader={fakeLoader()} />);
    expect(await screen.findByText('2 countries took part; per-country delegate counts are not published.')).toBeTruthy();
  });

  it('draws the ranked bars for the chosen dataset', async () => {
    openAt('?view=charts&dataset=organizations');
    render(<App loader={fakeLoader()} />);
    await screen.findByRole('heading', { level: 2, name: 'Charts' });
    expect(await screen.findByText('more than 740')).toBeTruthy();
  });
});

describe('SDG view', () => {
  it('draws the goals with the overlap note and no total', async () => {
    openAt('?view=sdg');
    render(<App loader={fakeLoader()} />);
    await screen.findByRole('heading', { level: 2, name: 'Sustainable Development Goals, 2023' });
    expect(screen.getAllByText(/goal values overlap and are not summed/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Quality Education/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/^Total/)).toBeNull();
  });
});
