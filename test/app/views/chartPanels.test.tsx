// @vitest-environment jsdom
// The Charts and SDG views: every chart in a panel with its summary, table toggle and sources.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import type { DataLoader } from '../../../src/app/DataContext';
import { fakeLoader, indicators, reference } from '../fakeLoader';

function openAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}
afterEach(cleanup);

const panels = () => [...document.querySelectorAll('section.chart-panel')] as HTMLElement[];
const panelTitled = (name: string | RegExp) => screen.getByRole('heading', { level: 3, name }).closest('section') as HTMLElement;

describe('Charts view panels', () => {
  it('gives every chart a summary, a table toggle and its source line', async () => {
    openAt('?view=charts&dataset=organizations');
    render(<App loader={fakeLoader()} />);
    await screen.findByText('more than 740');
    expect(panels().length).toBe(4);
    for (const panel of panels()) {
      if (!panel.querySelector('svg')) continue;
      expect(within(panel).getByRole('button', { name: 'Show as table' })).toBeTruthy();
      expect(panel.querySelector('.chart-summary')!.textContent!.length).toBeGreaterThan(10);
      expect(panel.querySelectorAll('.source-note').length).toBeGreaterThan(0);
    }
  });

  it('the stacked chart names its perspective and a missing part, and highlights the selected country', async () => {
    openAt('?view=charts&country=KAZ');
    render(<App loader={fakeLoader()} />);
    const panel = await screen.findByRole('heading', { level: 3, name: /National and international UN Volunteers in 2023, counted by where they serve/ });
    const section = panel.closest('section') as HTMLElement;
    expect(section.textContent).toContain('65 national; international not published');
    expect(section.textContent).not.toContain('more than 65');
    expect([...section.querySelectorAll('.source-note')].map((n) => n.textContent)).toEqual(['Source: UN Resident Coordinator']);
    expect(section.querySelector('rect.highlight')).not.toBeNull();
  });

  it('keeps showing the newest year with figures when the language changes (and back)', async () => {
    openAt('?view=charts');
    render(<App loader={fakeLoader()} />);
    await screen.findByRole('heading', { level: 3, name: /National and international UN Volunteers in 2023/ });
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'ru' } });
    await screen.findByRole('heading', { level: 3, name: /в 2023 году/ });
    fireEvent.change(screen.getByRole('combobox', { name: 'Язык' }), { target: { value: 'en' } });
    await screen.findByRole('heading', { level: 3, name: /National and international UN Volunteers in 2023/ });
  });

  it('does not highlight a country that is not selected', async () => {
    openAt('?view=charts&country=UZB');
    render(<App loader={fakeLoader()} />);
    const panel = await screen.findByRole('heading', { level: 3, name: /National and international UN Volunteers in 2023/ });
    expect(panel.closest('section')!.querySelector('rect.highlight')).toBeNull();
  });

  it('the table shows the numbers of the chart', async () => {
    openAt('?view=charts&dataset=organizations');
    render(<App loader={fakeLoader()} />);
    await screen.findByText('more than 740');
    const section = panelTitled(/^Ranking by country/);
    fireEvent.click(within(section).getByRole('button', { name: 'Show as table' }));
    const table = within(section).getByRole('table');
    expect(within(table).getByRole('rowheader', { name: /^Kazakhstan/ }).closest('tr')!.textContent).toContain('more than 740 (illustrative)');
    expect(section.querySelector('.chart-sources .badge-illustrative')).not.toBeNull();
  });
});

describe('Charts view ranking fallback', () => {
  it('ranks a measure that has per-country figures when the default has none, and says so', async () => {
    openAt('?view=charts&dataset=placements');
    render(<App loader={fakeLoader()} />);
    const heading = await screen.findByRole('heading', { level: 3, name: /^Ranking by country: National UN Volunteers/ });
    const section = heading.closest('section') as HTMLElement;
    // The panel's other live regions (its notes, the Download menu's status) may stand beside the fallback note.
    expect(within(section).getAllByRole('status').map((s) => s.textContent).join('\n')).toMatch(/All UN Volunteers.*has no figure per country, so the ranking shows National UN Volunteers/);
    expect(section.querySelector('svg')).not.toBeNull();
  });

  it('keeps a measure chosen in the URL even when it has no figure', async () => {
    openAt('?view=charts&dataset=placements&metric=total&perspective=nationality&year=2023');
    render(<App loader={fakeLoader()} />);
    const heading = await screen.findByRole('heading', { level: 3, name: /^Ranking by country: All UN Volunteers/ });
    expect(within(heading.closest('section') as HTMLElement).queryByText(/so the ranking shows/)).toBeNull();
  });
});

describe('SDG view panels', () => {
  it('draws the goals with names in the current language, their sources, and says goals are not summed', async () => {
    const ru: DataLoader = {
      ...fakeLoader(),
      init: async () => ({ ...reference, goals: reference.goals.map((g) => ({ ...g, names: { ...g.names, ru: `RU ${g.names.en}` } })) }),
    };
    openAt('?view=sdg&lang=ru');
    render(<App loader={ru} />);
    await screen.findAllByText(/RU Quality Education/);
    expect(panels()).toHaveLength(2);
    expect(panels()[0]!.querySelector('.chart-summary')!.textContent).toContain('RU Quality Education');
    for (const panel of panels()) {
      expect(panel.querySelectorAll('.source-note').length).toBeGreaterThan(0);
      expect(panel.querySelector('.badge-illustrative')).not.toBeNull();
    }
    // the overlap is said once for the view, in Russian
    expect(document.querySelector('.view-note')!.textContent).not.toBe('');
    expect(document.body.textContent).not.toMatch(/(?<!RU )Quality Education/);
  });
});

describe('Charts view on an indicator', () => {
  it('ranks and draws the chosen indicator by its own name and unit, never adding percentages up', async () => {
    openAt('?view=charts&dataset=indicators');
    render(<App loader={fakeLoader([indicators])} />);
    await screen.findByRole('heading', { level: 3, name: 'Ranking by country: Volunteer rate (%)' });
    const ranked = panelTitled('Ranking by country: Volunteer rate (%)');
    await waitFor(() => expect(ranked.querySelector('svg')).not.toBeNull());
    expect(ranked.textContent).toContain('13.25%');
    expect(ranked.textContent).not.toMatch(/Total/);
    const years = panelTitled('Over the years: Volunteer rate (%)');
    expect(years.textContent).toContain('10%');
    expect([...years.querySelectorAll('.series')].length).toBe(2);
    expect([...years.querySelectorAll('.source-note')].map((n) => n.textContent)).toEqual(['Source: Survey A', 'Source: Survey B']);
    // What a screen reader hears and the table under the chart carry the unit too, not bare numbers.
    for (const panel of [ranked, years]) {
      expect(panel.querySelector('.chart-summary')!.textContent).toMatch(/\d%/);
      expect([...panel.querySelectorAll('td')].map((td) => td.textContent).filter((text) => /\d/.test(text ?? '')).every((text) => text?.endsWith('%'))).toBe(true);
    }
  });

  it('shows a count indicator with its total', async () => {
    openAt('?view=charts&dataset=indicators&indicator=registered-volunteers');
    render(<App loader={fakeLoader([indicators])} />);
    const ranked = await screen.findByRole('heading', { level: 3, name: 'Ranking by country: Registered volunteers' });
    await waitFor(() => expect(ranked.closest('section')!.textContent).toMatch(/Total: 41,000/));
  });
});
