// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/data/types';
import { DataTable } from '../../src/table/DataTable';
import { EMPTY_TABLE_STATE, type DataTableState } from '../../src/table/tableState';
import { delegates, makeDataset, nameOf, placements, PLACEMENT_TYPES, regionOf, searchTextOf, unvTable } from './makeDataset';

afterEach(cleanup);

function Harness({ dataset, onSelectionChange, initial = EMPTY_TABLE_STATE }: { dataset: Dataset; onSelectionChange?: (c: string[]) => void; initial?: DataTableState }) {
  const [state, setState] = useState(initial);
  return (
    <DataTable dataset={dataset} nameOf={nameOf} searchTextOf={searchTextOf} regionOf={regionOf} lang="en"
      state={state} onStateChange={setState} onSelectionChange={onSelectionChange} height={400} />
  );
}

const headerCell = (name: string) => screen.getByRole('button', { name: `Sort by ${name}` }).closest('th')!;
const dataRows = () => document.querySelectorAll('tbody tr.dt-row');

/** Files the table saves while `act` runs: name and text (BOM kept). */
async function downloads(action: () => void): Promise<{ name: string; text: string }[]> {
  const saved: { name: string; blob: Blob }[] = [];
  const create = vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: create.mock.lastCall![0] as Blob });
  });
  try {
    action();
  } finally {
    click.mockRestore();
    vi.restoreAllMocks();
  }
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return Promise.all(saved.map(async (f) => ({ name: f.name, text: decoder.decode(await f.blob.arrayBuffer()) })));
}
const firstColumnOf = (id: number) => [...dataRows()].map((tr) => tr.querySelectorAll('td')[id]?.textContent);

describe('DataTable', () => {
  it('sorts from the keyboard; Shift+Enter adds a second sort column', () => {
    render(<Harness dataset={placements()} />);
    const count = screen.getByRole('button', { name: 'Sort by Count' });
    expect(headerCell('Count').getAttribute('aria-sort')).toBe('none');
    count.focus();
    expect(document.activeElement).toBe(count);
    fireEvent.keyDown(count, { key: 'Enter' });
    expect(headerCell('Count').getAttribute('aria-sort')).toBe('descending');
    // Columns: select, year, country, region, ...; the largest count is the World row.
    expect(firstColumnOf(2)[0]).toBe('World');
    const year = screen.getByRole('button', { name: 'Sort by Year' });
    fireEvent.keyDown(year, { key: 'Enter', shiftKey: true });
    expect(headerCell('Year').getAttribute('aria-sort')).toBe('descending');
    expect(headerCell('Count').getAttribute('aria-sort')).toBe('descending');
    expect(within(headerCell('Year')).getByText('sort 2')).toBeTruthy();
    // Space toggles the primary sort direction without adding columns.
    fireEvent.keyDown(count, { key: ' ' });
    fireEvent.keyUp(count, { key: ' ' });
    expect(headerCell('Count').getAttribute('aria-sort')).toBe('ascending');
    expect(headerCell('Year').getAttribute('aria-sort')).toBe('none');
  });

  it('renders only a window of rows for 10,000 rows', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      year: 2000 + (i % 25), country: i % 2 ? 'KAZ' : 'UZB', perspective: 'duty_station', type: 'total', sdg: null,
      count: i, qualifier: 'exact', source: 'Synthetic', status: 'illustrative',
    }));
    render(<Harness dataset={makeDataset('placements', PLACEMENT_TYPES, rows)} />);
    const drawn = dataRows().length;
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(60);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe(String(10_000 + 3));
    expect(screen.getByText('10,000 of 10,000 rows')).toBeTruthy();
  });

  it('marks illustrative rows with a badge, filters by a value list and totals the filtered countries only when they add', async () => {
    render(<Harness dataset={placements()} />);
    expect(screen.getAllByText(/Illustrative/).length).toBeGreaterThan(0);
    expect(screen.getByText(/2 rows of the world or regions are not added/)).toBeTruthy();
    const list = screen.getByText('Choose Country:', { exact: false }).closest('details')!;
    fireEvent.click(list.querySelector('summary')!); // the list's options are drawn once it is open
    fireEvent.click(await vi.waitFor(() => within(list).getByLabelText('Kazakhstan')));
    expect(screen.getByText('2 of 8 rows')).toBeTruthy();
    // Kazakhstan's 65 (duty station, national) and 9 (nationality, international) are not one population.
    const totals = document.querySelector('tfoot tr') as HTMLElement;
    expect(totals.textContent).not.toContain('74');
    expect(within(totals).getByRole('cell', { name: 'not added: 2 ways of counting (+2 more)' })).toBeTruthy();
    expect(totals.textContent).toContain('Not added: 2 ways of counting, 2 types and 2 goal tags. Group by “Counted by” and “Type”, or filter one value of each, to add.');
  });

  it('totals one year and one type of countries, and says when a part is illustrative', async () => {
    render(<Harness dataset={unvTable()} initial={{ ...EMPTY_TABLE_STATE, columnFilters: [{ id: 'year', value: { min: 2023, max: 2023 } }] }} />);
    const totals = () => document.querySelector('tfoot tr') as HTMLElement;
    expect(within(totals()).getByRole('cell', { name: 'not added: totals with their parts' })).toBeTruthy();
    expect(totals().textContent).toContain('Group by type or filter one type to add.');
    const list = screen.getByText('Choose Type:', { exact: false }).closest('details')!;
    fireEvent.click(list.querySelector('summary')!);
    fireEvent.click(await vi.waitFor(() => within(list).getByLabelText('International')));
    expect(within(totals()).getByRole('cell', { name: /^more than 18/ })).toBeTruthy();
    expect(within(totals()).getByText('partly illustrative', { exact: false }).getAttribute('title')).toBe('1 of the added figures is illustrative: not published anywhere.');
    expect(totals().textContent).not.toContain('Group by');
  });

  it('searches across languages from the search box', () => {
    render(<Harness dataset={placements()} />);
    fireEvent.change(screen.getByLabelText('Search all columns'), { target: { value: 'турция' } });
    expect(screen.getByText('1 of 8 rows')).toBeTruthy();
    expect(firstColumnOf(2)).toEqual(['Türkiye']);
  });

  it('groups by country, with expandable groups', () => {
    render(<Harness dataset={placements()} initial={{ ...EMPTY_TABLE_STATE, grouping: ['country'] }} />);
    expect(document.querySelectorAll('tbody tr.dt-group-row').length).toBe(7);
    const kaz = screen.getByRole('button', { name: 'Show rows of Kazakhstan' });
    expect(kaz.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(kaz);
    expect(screen.getByRole('button', { name: 'Hide rows of Kazakhstan' }).getAttribute('aria-expanded')).toBe('true');
    expect(document.querySelectorAll('tbody tr.dt-row:not(.dt-group-row)').length).toBe(2);
  });

  it('reports the countries of selected rows', () => {
    const onSelectionChange = vi.fn();
    render(<Harness dataset={placements()} onSelectionChange={onSelectionChange} />);
    const boxes = screen.getAllByRole('checkbox', { name: 'Select this row' });
    act(() => { fireEvent.click(boxes[0]!); });
    expect(onSelectionChange).toHaveBeenLastCalledWith(['KAZ']);
    act(() => { fireEvent.click(boxes[2]!); });
    expect(onSelectionChange).toHaveBeenLastCalledWith(['KAZ', 'UZB']);
  });

  it('keeps headers and cells aligned when a grouped column moves first', () => {
    render(<Harness dataset={placements()} initial={{ ...EMPTY_TABLE_STATE, grouping: ['country'], expanded: { 'country:KAZ': true } }} />);
    const headers = [...document.querySelectorAll('thead tr:first-child th')].map((th) => th.textContent ?? '');
    expect(headers[1]).toMatch(/^Country/);
    const countAt = headers.findIndex((h) => /^Count[^a-z]/.test(h));
    const leaf = document.querySelector('tbody tr.dt-row:not(.dt-group-row)')!;
    expect(leaf.querySelectorAll('td')[1]!.textContent).toBe('Kazakhstan');
    expect(leaf.querySelectorAll('td')[countAt]!.textContent).toBe('65');
  });

  it('downloads the shown rows and columns as CSV', async () => {
    const hidden = { ...EMPTY_TABLE_STATE.columnVisibility, region: false, perspective: false, type: false, sdg: false, qualifier: false, source: false };
    render(<Harness dataset={placements()} initial={{ ...EMPTY_TABLE_STATE, columnVisibility: hidden, sorting: [{ id: 'count', desc: false }], columnFilters: [{ id: 'country', value: ['KAZ', 'UZB'] }] }} />);
    const [file] = await downloads(() => fireEvent.click(screen.getByRole('button', { name: 'Download CSV' })));
    expect(file!.name).toBe('placements-table.csv');
    expect(file!.text).toBe('\uFEFF"Year","Country","Count","Status"\r\n"2023","Kazakhstan","9","Reported"\r\n"2022","Uzbekistan","30","Illustrative"\r\n"2023","Kazakhstan","65","Reported"\r\n');
  });

  it('grouped, offers the groups as shown or the rows under them', async () => {
    const hidden = { ...EMPTY_TABLE_STATE.columnVisibility, region: false, perspective: false, type: false, sdg: false, source: false };
    render(<Harness dataset={unvTable()} initial={{ ...EMPTY_TABLE_STATE, columnVisibility: hidden, grouping: ['year'], sorting: [{ id: 'year', desc: true }] }} />);
    expect(screen.queryByRole('button', { name: 'Download CSV' })).toBeNull();
    const [groups] = await downloads(() => fireEvent.click(screen.getByRole('button', { name: 'Download groups (CSV)' })));
    expect(groups!.name).toBe('placements-groups.csv');
    expect(groups!.text.split('\r\n')).toEqual([
      '\uFEFF"Year","Rows","Count: sum","Count: qualifier of the sum","Count: counts not published","World or regional rows not added"',
      '"2023","7","","not added: totals with their parts","","1"',
      '"2022","2","80","exact","0","0"',
      '',
    ]);
    // The same groups and sums as the group rows on screen.
    const onScreen = [...document.querySelectorAll('tbody tr.dt-group-row')].map((tr) => tr.textContent);
    expect(onScreen).toEqual(['▸ 2023 7 rowsnot added: totals with their parts', '▸ 2022 2 rows80']);
    const [rows] = await downloads(() => fireEvent.click(screen.getByRole('button', { name: 'Download rows (CSV)' })));
    expect(rows!.name).toBe('placements-table.csv');
    expect(rows!.text.split('\r\n').length).toBe(1 + 9 + 1);
  });

  it('groups by year, type and way of counting into sums of countries; a group that mixes them says how to add it', () => {
    render(<Harness dataset={unvTable()} initial={{ ...EMPTY_TABLE_STATE, grouping: ['year', 'type', 'perspective'], expanded: true }} />);
    const groupRow = (name: string) => screen.getAllByRole('button', { name: `Hide rows of ${name}` })[0]!.closest('tr')!;
    const blocked = within(groupRow('2023')).getByRole('cell', { name: 'not added: totals with their parts' });
    expect(blocked.getAttribute('title')).toBe('Not added: totals with their parts. Group by type or filter one type to add.');
    const sums = [...document.querySelectorAll('tbody tr.dt-group-row')]
      .filter((tr) => tr.textContent!.includes('Duty station'))
      .map((tr) => tr.querySelector('.dt-sum')!.textContent);
    // Years ascending, then types by name: 2022 national; 2023 international, national, total (World left out, and the cell says so).
    expect(sums).toEqual(['80', 'more than 18 ⚠ partly illustrative', 'about 105', 'more than 123 (countries only)']);
  });

  it('says "not published" where a reported row has no count, with no qualifier, and totals say so too', () => {
    render(<Harness dataset={delegates()} />);
    const rows = [...dataRows()];
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(within(row as HTMLElement).getByRole('cell', { name: 'not published' })).toBeTruthy();
      expect(within(row as HTMLElement).queryByText('exact')).toBeNull();
    }
    const totals = document.querySelector('tfoot tr') as HTMLElement;
    expect(within(totals).getByRole('cell', { name: 'no published counts' })).toBeTruthy();
  });

  it('a total with some counts missing says how many', () => {
    render(<Harness dataset={delegates([null, 12, 40])} />);
    expect(document.querySelector('tfoot tr')!.textContent).toContain('about 52 (1 count not published)');
  });

  it('closes a menu with Escape, back on its button, and with a click elsewhere', async () => {
    render(<Harness dataset={placements()} />);
    const menu = screen.getByText('Columns', { selector: 'summary' }).closest('details')!;
    const summary = menu.querySelector('summary')!;
    // Open and shown: the panel is visible once placed.
    const opened = () => vi.waitFor(() => expect(menu.open && menu.querySelector('fieldset[data-placed]')).toBeTruthy());
    fireEvent.click(summary);
    await opened();
    fireEvent.keyDown(within(menu).getByRole('checkbox', { name: 'Source' }), { key: 'Escape' });
    expect(menu.open).toBe(false);
    expect(document.activeElement).toBe(summary);
    fireEvent.click(summary);
    await opened();
    fireEvent.pointerDown(document.body);
    expect(menu.open).toBe(false);
  });

  it('has no axe violations, grouped and expanded', async () => {
    const { container } = render(<Harness dataset={placements()} initial={{ ...EMPTY_TABLE_STATE, grouping: ['country'], expanded: { 'country:KAZ': true } }} />);
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
  });

  it('groups and hides columns from the toolbar menus', () => {
    render(<Harness dataset={placements()} />);
    const groupMenu = screen.getByText('Group by', { selector: 'summary' }).closest('details')!;
    fireEvent.click(within(groupMenu).getByRole('checkbox', { name: 'Year' }));
    expect(screen.getByRole('button', { name: 'Show rows of 2023' })).toBeTruthy();
    expect(document.querySelectorAll('tbody tr.dt-group-row').length).toBe(3);
    const columnMenu = screen.getByText('Columns', { selector: 'summary' }).closest('details')!;
    fireEvent.click(within(columnMenu).getByRole('checkbox', { name: 'Source' }));
    expect(screen.queryByRole('button', { name: 'Sort by Source' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Sort by Status' })).toBeTruthy();
  });
});
