// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MapSources } from '../../../src/charts/map/MapSources';
import { I18nProvider } from '../../../src/i18n/I18nContext';

afterEach(cleanup);

const v = (source: string | null, status: 'reported' | 'illustrative' = 'reported', sourceUrl: string | null = null, sourceDate: string | null = null) =>
  ({ source, sourceUrl, sourceDate, status });

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

  it('names each source once with its date', () => {
    show([v('Kazinform', 'reported', null, '2025-05'), v('Kazinform', 'reported', null, '2025-05'), v('The Astana Times', 'reported', null, '2023-06')]);
    const notes = [...document.querySelectorAll('.source-note')].map((n) => n.textContent);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/Kazinform.*2025/);
    expect(notes[1]).toMatch(/The Astana Times.*2023/);
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
