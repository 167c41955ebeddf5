// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import type { DataLoader } from '../../../src/app/DataContext';
import { makeDataset } from '../../transforms/makeDataset';
import { fakeLoader, indicators } from '../fakeLoader';

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);
// Lazy views load slowly on a busy machine; the default 1 s wait is too tight.
configure({ asyncUtilTimeout: 5000 });

describe('Overview: focus country', () => {
  it('says where volunteers serve and where they come from, and the picker changes the country in the URL', async () => {
    render(<App loader={fakeLoader()} />);
    expect(await screen.findByRole('heading', { level: 3, name: 'National UN Volunteers serving in Kazakhstan' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'International UN Volunteers from Kazakhstan, serving abroad' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Country' }), { target: { value: 'UZB' } });
    expect(window.location.search).toBe('?country=UZB');
    expect(await screen.findByRole('heading', { level: 3, name: 'Volunteer organisations in Uzbekistan' })).toBeTruthy();
  });
});

describe('Country profile', () => {
  it('marks a derived figure, with how it was derived', async () => {
    const derived = makeDataset('placements', [
      { year: 2022, country: 'KAZ', perspective: 'nationality', type: 'total', count: 73, source: 'The Astana Times', status: 'reported' },
      { year: 2022, country: 'KAZ', perspective: 'nationality', type: 'international', count: 17, source: 'The Astana Times', status: 'derived', note: '73 total minus 56 national' },
    ]);
    const base = fakeLoader();
    const loader: DataLoader = {
      ...base,
      loadBundled: async () => (await base.loadBundled()).map((r) => (r.dataset?.kind === 'placements' ? { ...r, dataset: derived } : r)),
    };
    window.history.replaceState(null, '', '/?view=country');
    render(<App loader={loader} />);
    const marker = await screen.findByText(/Derived/);
    expect(marker.getAttribute('title')).toBe('73 total minus 56 national');
    expect(marker.closest('dd')!.textContent).toContain('17');
    expect(screen.getAllByText(/Derived/)).toHaveLength(1);
  });

  it('lists the country\'s indicators in their units, and ranks it on the indicator the map shows', async () => {
    window.history.replaceState(null, '', '/?view=country&dataset=indicators&country=KAZ');
    render(<App loader={fakeLoader([indicators])} />);
    const section = (await screen.findByRole('heading', { level: 3, name: 'Indicators' })).closest('section') as HTMLElement;
    expect([...section.querySelectorAll('.figure-list__item')].map((i) => i.querySelector('dt')?.textContent + ': ' + i.querySelector('.figure-list__value')?.textContent))
      .toEqual(['Volunteer rate (%): 13.25%', 'Volunteer rate (%): 12.5%', 'Registered volunteers: 41,000']);
    expect(section.textContent).toContain('Source: Survey A');
    expect(screen.getByText(/^Volunteer rate \(%\): rank 1 of 2 CICA states with data/)).toBeTruthy();
  });
});
