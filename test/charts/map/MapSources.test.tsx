// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MapSources, distinctSources } from '../../../src/charts/map/MapSources';
import { I18nProvider } from '../../../src/i18n/I18nContext';

afterEach(cleanup);

const v = (source: string | null, status = 'reported', sourceUrl: string | null = null) => ({ source, sourceUrl, status });

describe('distinctSources', () => {
  it('lists each source once, most cited first', () => {
    const list = distinctSources([v('B'), v('A'), v('B'), v(null), v('C', 'reported', 'https://c.example')]);
    expect(list).toEqual([
      { source: 'B', url: null, countries: 2 },
      { source: 'A', url: null, countries: 1 },
      { source: 'C', url: 'https://c.example', countries: 1 },
    ]);
  });
});

describe('MapSources', () => {
  const show = (values: ReturnType<typeof v>[]) => render(<I18nProvider lang="en"><MapSources values={values} /></I18nProvider>);

  it('names every source of the drawn values, links only http(s)', () => {
    show([v('Kazinform', 'reported', 'https://kazinform.kz/x'), v('The Astana Times'), v('Kazinform')]);
    const group = screen.getByRole('group', { name: 'Sources of the figures on the map' });
    expect(group.textContent).toContain('Source: Kazinform');
    expect(group.textContent).toContain('Source: The Astana Times');
    expect(screen.getByRole('link', { name: 'Kazinform' }).getAttribute('href')).toBe('https://kazinform.kz/x');
    expect(screen.queryByText('Illustrative')).toBeNull();
  });

  it('shows the Illustrative badge when any drawn value is illustrative', () => {
    show([v('Kazinform'), v('Estimate', 'illustrative')]);
    expect(screen.getByText('Illustrative')).toBeTruthy();
  });

  it('draws nothing for a map without values', () => {
    show([]);
    expect(screen.queryByRole('group')).toBeNull();
  });
});
