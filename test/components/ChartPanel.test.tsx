// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from '../../src/charts/bar/BarChart';
import { barSummary } from '../../src/charts/bar/summary';
import { barTable } from '../../src/charts/bar/table';
import { ChartPanel } from '../../src/components/ChartPanel';
import { distinctSources, type SourceRef } from '../../src/components/ChartSources';
import { BAR_ROWS } from '../charts/bar/rows';
import { EN } from '../charts/textContext';

afterEach(cleanup);

const REFS: SourceRef[] = [
  { source: 'Kazinform', sourceUrl: 'https://kazinform.kz/x', sourceDate: '2024-10-05', status: 'reported' },
  { source: 'Kazinform', sourceDate: '2024-10-05', status: 'reported' },
  { source: 'Kazinform', sourceDate: '2023-06', status: 'reported' },
  { source: 'Made for this dashboard', status: 'illustrative' },
  { source: null, status: 'reported' },
];

function Panel({ refs = REFS }: { refs?: SourceRef[] }) {
  const table = barTable(BAR_ROWS, EN, { caption: 'Delegates by country', label: 'Country', value: 'Delegates' });
  return (
    <ChartPanel title="Delegates by country" summary={barSummary(BAR_ROWS, EN, { summable: true })} table={table} sources={refs} height={300}>
      {(w, h) => <BarChart rows={BAR_ROWS} width={w} height={h} title="Delegates by country" options={{ topN: Infinity, direction: 'ltr' }} />}
    </ChartPanel>
  );
}

describe('ChartPanel', () => {
  it('gives the chart the title as its accessible name and the summary as its description', () => {
    render(<Panel />);
    const heading = screen.getByRole('heading', { level: 3, name: 'Delegates by country' });
    const chart = screen.getAllByRole('img', { name: 'Delegates by country' })[0]!;
    expect(chart.getAttribute('aria-labelledby')).toBe(heading.id);
    const summary = document.getElementById(chart.getAttribute('aria-describedby') ?? '')!;
    expect(summary.textContent).toMatch(/^Kazakhstan has the highest figure: more than 450\./);
  });

  it('"Show as table" is a toggle button that reveals the same numbers the bars show', () => {
    const { container } = render(<Panel />);
    const button = screen.getByRole('button', { name: 'Show as table' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    const table = screen.getByRole('table', { name: 'Delegates by country' });
    expect(within(table).getAllByRole('columnheader').map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([['Country', 'col'], ['Delegates', 'col']]);
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.every((th) => th.getAttribute('scope') === 'row')).toBe(true);
    // every value label drawn at a bar end is in the table, beside the same country
    const drawn = [...container.querySelectorAll('g.bar')].map((g) => {
      const texts = g.querySelectorAll('text');
      return [texts[0]!.textContent, texts[1]!.textContent];
    });
    const tabled = within(table).getAllByRole('row').slice(1).map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent!.replace(' (illustrative)', '')]);
    expect(tabled).toEqual(drawn);
    fireEvent.click(button);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists each distinct source and date once, and the Illustrative badge when a shown figure is illustrative', () => {
    const { container } = render(<Panel />);
    const notes = [...container.querySelectorAll('.source-note')].map((p) => p.textContent);
    expect(notes).toEqual(['Source: Kazinform, 2024-10-05', 'Source: Kazinform, 2023-06', 'Source: Made for this dashboard']);
    expect(container.querySelector('.source-note a')?.getAttribute('href')).toBe('https://kazinform.kz/x');
    expect(container.querySelector('.chart-sources .badge-illustrative')?.textContent).toBe('Illustrative');
  });

  it('says a source\'s date once when the source\'s name already holds it', () => {
    const { container } = render(<Panel refs={[{ source: 'The Astana Times, 2023-06', sourceDate: '2023-06', status: 'reported' }]} />);
    expect(container.querySelector('.source-note')?.textContent).toBe('Source: The Astana Times, 2023-06');
  });

  it('has no Illustrative badge when nothing shown is illustrative', () => {
    const { container } = render(<Panel refs={REFS.slice(0, 3)} />);
    expect(container.querySelector('.chart-sources .badge-illustrative')).toBeNull();
  });

  it('shows the empty message, and no toggle, when there is nothing to chart', () => {
    render(<ChartPanel title="T" summary="" table={{ caption: 'T', columns: [], rows: [] }} sources={[]} height={100} empty="No data for this selection.">{null}</ChartPanel>);
    expect(screen.getByText('No data for this selection.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('distinctSources', () => {
  it('keeps the first URL given for a source and date', () => {
    expect(distinctSources([{ source: 'A', sourceDate: '2024' }, { source: 'A', sourceDate: '2024', sourceUrl: 'https://a.example' }])).toEqual([{ source: 'A', url: 'https://a.example', date: '2024' }]);
  });
});
