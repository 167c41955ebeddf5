// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import type { DataLoader } from '../../src/app/DataContext';
import type { DatasetStore } from '../../src/data/persist';
import type { Dataset, LoadReport } from '../../src/data/types';
import { makeDataset } from '../transforms/makeDataset';
import { reference } from './fakeLoader';

const bundled: Dataset = {
  ...makeDataset('placements', [
    { year: 2023, country: 'WLD', perspective: 'duty_station', type: 'total', count: 12840, source: 'UNV Annual Report 2023', source_url: 'https://www.unv.org/annual-report', source_date: '2024-05', status: 'reported' },
    { year: 2022, country: 'WLD', perspective: 'duty_station', type: 'total', count: 11000, source: 'UNV Annual Report 2023', source_url: 'https://www.unv.org/annual-report', source_date: '2024-05', status: 'derived' },
    { year: 2023, country: 'WLD', perspective: 'duty_station', type: 'total', sdg: '4', count: 1200, source: 'Sketch', source_url: 'javascript:alert(1)', status: 'illustrative' },
    { year: 2023, country: 'KAZ', perspective: 'duty_station', type: 'national', count: 65, source: 'Old site', source_url: 'http://example.kz/unv', status: 'illustrative' },
    { year: 2024, country: 'KAZ', perspective: 'duty_station', type: 'national', count: 70, source: 'FTP mirror', source_url: 'ftp://example.org/x.csv', status: 'reported' },
  ], { name: 'placements.csv' }),
  id: 'bundled:placements', origin: 'bundled',
};

const upload: Dataset = {
  ...makeDataset('organizations', [
    { country: 'KAZ', date: '2024-10', count: 740, qualifier: 'at_least', source: 'mine.csv', status: 'reported' },
    { country: 'UZB', date: '2024-01', count: 120, source: 'mine.csv', status: 'reported' },
  ], { name: 'mine.csv' }),
  id: 'upload:organizations:mine.csv',
};

const uploadReport: LoadReport = {
  fileName: 'mine.csv', kind: 'organizations', encoding: 'utf-8', delimiter: ';', bytes: 90, recordsRead: 5, loaded: 3, rejected: 1, blank: 1, merged: 1,
  missingCells: {}, failed: false,
  issues: [
    { severity: 'error', code: 'bad_count', line: 4, column: 'Anzahl', value: 'viele', message: "'viele' is not a number." },
    { severity: 'warning', code: 'duplicate_row', line: 6, column: null, value: null, message: 'Line 6 repeats line 2 exactly.' },
  ],
};

const loader: DataLoader = {
  init: async () => reference,
  loadBundled: async () => [{
    dataset: bundled,
    report: { ...uploadReport, fileName: 'placements.csv', kind: 'placements', delimiter: ',', recordsRead: 5, loaded: 5, rejected: 0, blank: 0, merged: 0, issues: [] },
  }],
};

function storage(): DatasetStore & { remove: ReturnType<typeof vi.fn> } {
  return {
    save: vi.fn(async () => {}),
    loadAll: async () => ({ saved: [{ dataset: upload, report: uploadReport }], discarded: 0 }),
    remove: vi.fn(async () => {}),
  };
}

async function openSources(store = storage()) {
  window.history.replaceState(null, '', '/?view=sources');
  render(<App loader={loader} storage={store} />);
  const card = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li')!;
  await screen.findByRole('heading', { level: 3, name: 'mine.csv' });
  return { card, store };
}

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);

describe('Sources page', () => {
  it('links a source only when its address is http or https', async () => {
    const { card } = await openSources();
    const placements = within(card('placements.csv'));
    expect(placements.getByRole('link', { name: 'UNV Annual Report 2023' }).getAttribute('href')).toBe('https://www.unv.org/annual-report');
    const http = placements.getByRole('link', { name: 'Old site' });
    expect(http.getAttribute('href')).toBe('http://example.kz/unv');
    expect(http.getAttribute('rel')).toBe('noopener noreferrer');
    expect(placements.getByText('Sketch', { exact: false })).toBeTruthy();
    expect(placements.queryByRole('link', { name: 'Sketch' })).toBeNull();
    expect(placements.queryByRole('link', { name: 'FTP mirror' })).toBeNull();
    expect(card('placements.csv').querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
  });

  it('lists each distinct source once with its date and how many rows cite it', async () => {
    const { card } = await openSources();
    const items = within(card('placements.csv')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(4);
    expect(items[0]).toMatch(/UNV Annual Report 2023.*2024-05.*2 rows/);
  });

  it('counts rows, illustrative and derived rows, and shows the Illustrative badge', async () => {
    const { card } = await openSources();
    const placements = card('placements.csv');
    const value = (label: string) => within(placements).getByText(label).nextElementSibling?.textContent;
    expect(value('Rows')).toBe('5');
    expect(value('Illustrative rows')).toBe('2');
    expect(value('Derived rows')).toBe('1');
    expect(within(placements).getByText('Illustrative', { selector: '.badge' })).toBeTruthy();
    expect(within(card('mine.csv')).queryByText('Illustrative', { selector: '.badge' })).toBeNull();
  });

  it('summarises the last load and lists its issues with line, column, value and message', async () => {
    const { card } = await openSources();
    const mine = card('mine.csv');
    const value = (label: string) => within(mine).getByText(label).nextElementSibling?.textContent;
    expect([value('Records read'), value('Loaded'), value('Rejected'), value('Blank'), value('Merged duplicates'), value('Warnings'), value('Errors')])
      .toEqual(['5', '3', '1', '1', '1', '1', '1']);
    const summary = within(mine).getByText('Show 2 issues');
    const details = summary.closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const rows = within(await within(mine).findByRole('table')).getAllByRole('row').map((r) => [...(r as HTMLTableRowElement).cells].map((c) => c.textContent));
    expect(rows[1]).toEqual(['4', 'Anzahl', 'viele', "Error: 'viele' is not a number."]);
    expect(rows[2]).toEqual(['6', '', '', 'Warning: Line 6 repeats line 2 exactly.']);
  });

  it('offers Remove only for uploads, asks first, then removes from the page and storage', async () => {
    const { card, store } = await openSources();
    expect(within(card('placements.csv')).queryByRole('button', { name: /Remove/ })).toBeNull();
    fireEvent.click(within(card('mine.csv')).getByRole('button', { name: 'Remove mine.csv' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('heading', { level: 3, name: 'mine.csv' })).toBeTruthy();
    fireEvent.click(within(card('mine.csv')).getByRole('button', { name: 'Remove mine.csv' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('Remove "mine.csv"?');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: 'mine.csv' })).toBeNull());
    expect(store.remove).toHaveBeenCalledWith('upload:organizations:mine.csv');
  });

  it('says how many rows a later dataset replaces in the views', async () => {
    const repeat: Dataset = {
      ...makeDataset('placements', [{ year: 2023, country: 'WLD', perspective: 'duty_station', type: 'total', count: 12850, source: 'fix.csv' }], { name: 'fix.csv' }),
      id: 'upload:placements:fix.csv',
    };
    const store = { ...storage(), loadAll: async () => ({ saved: [{ dataset: repeat, report: null }], discarded: 0 }) };
    window.history.replaceState(null, '', '/?view=sources');
    render(<App loader={loader} storage={store} />);
    const fix = (await screen.findByRole('heading', { level: 3, name: 'fix.csv' })).closest('li')!;
    const placements = screen.getByRole('heading', { level: 3, name: 'placements.csv' }).closest('li')!;
    expect(within(placements).getByText('1 row is replaced in the views by a later dataset with the same key.')).toBeTruthy();
    expect(within(fix).queryByText(/replaced in the views/)).toBeNull();
    expect(within(fix).getByText('No load report for this dataset.')).toBeTruthy();
  });

  it('downloads a dataset as a canonical CSV with alpha-3 countries', async () => {
    const { card } = await openSources();
    let saved: Blob | null = null;
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => ((saved = blob as Blob), 'blob:x'));
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('mine.csv');
    });
    fireEvent.click(within(card('mine.csv')).getByRole('button', { name: 'Download CSV mine.csv' }));
    expect(click).toHaveBeenCalledTimes(1);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(saved!);
    });
    expect(text.split('\r\n').slice(0, 3)).toEqual([
      '"country","date","count","qualifier","source","source_url","source_date","status","note"',
      '"KAZ","2024-10","740","at_least","mine.csv","","","reported",""',
      '"UZB","2024-01","120","","mine.csv","","","reported",""',
    ]);
    create.mockRestore();
    revoke.mockRestore();
    click.mockRestore();
  });
});
