// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { DataProvider, useData, type DataLoader } from '../../../src/app/DataContext';
import { UploadButton } from '../../../src/app/upload/UploadButton';
import { UploadProvider } from '../../../src/app/upload/UploadContext';
import { LoaderError } from '../../../src/data/loaderClient';
import type { Dataset } from '../../../src/data/types';
import { makeDataset } from '../../transforms/makeDataset';
import { fakeLoader } from '../fakeLoader';
import { failed, fakeUploadLoader, issue, loaded, type FakeUploadLoader } from './fakeUploadLoader';

function Probe() {
  const { datasets, status } = useData();
  return <output data-testid="datasets" data-status={status}>{datasets.map((d) => `${d.id}=${d.rowCount}`).join(' ')}</output>;
}

/** The shared fake's datasets, marked as shipped with the app (as the real loadBundled does). */
function bundledLoader(): DataLoader {
  const base = fakeLoader();
  return {
    init: base.init,
    loadBundled: async () => (await base.loadBundled()).map((r) => ({ ...r, dataset: r.dataset && { ...r.dataset, origin: 'bundled' as const } })),
  };
}

const BUNDLED = 'test:events=2 test:delegates=2 test:placements=4 test:organizations=3';

async function setup(): Promise<{ uploader: FakeUploadLoader; datasets: () => string }> {
  const uploader = fakeUploadLoader();
  render(
    <DataProvider loader={bundledLoader()}>
      <UploadProvider loader={uploader}>
        <UploadButton />
        <Probe />
      </UploadProvider>
    </DataProvider>,
  );
  const probe = screen.getByTestId('datasets');
  await vi.waitFor(() => expect(probe.getAttribute('data-status')).toBe('ready'));
  return { uploader, datasets: () => probe.textContent ?? '' };
}

function pick(...files: File[]) {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  fireEvent.change(input, { target: { files } });
}

const csv = (name: string) => new File(['year,country\n'], name, { type: 'text/csv' });

function uploadedPlacements(name: string, rows = 3): Dataset {
  const data = Array.from({ length: rows }, (_, i) => ({ year: 2020 + i, country: 'KAZ', perspective: 'duty_station', type: 'total', count: i }));
  return { ...makeDataset('placements', data, { name }), id: `upload:placements:${name}` };
}

async function answer(uploader: FakeUploadLoader, index: number, result: Parameters<FakeUploadLoader['calls'][number]['resolve']>[0]) {
  await vi.waitFor(() => expect(uploader.calls.length).toBeGreaterThan(index));
  await act(async () => uploader.calls[index]!.resolve(result));
}

// The review dialog is lazy (lazyUploadDialog.ts); fetched here once so each test reads it as soon as it is due
// (as the Upload button's hover or focus prefetch does in the browser).
beforeAll(async () => {
  await import('../../../src/app/upload/UploadDialog');
});
beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);

describe('upload button', () => {
  it('is in the header and named exactly "Upload CSV"', async () => {
    render(<App loader={fakeLoader()} uploadLoader={fakeUploadLoader()} />);
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('button', { name: 'Upload CSV' })).toBeTruthy();
  });
});

describe('confirmation', () => {
  it('shows the detected kind, rows, separator and encoding, and how many rows are rejected, before adding', async () => {
    const { uploader, datasets } = await setup();
    pick(csv('unv.csv'));
    await answer(uploader, 0, loaded(uploadedPlacements('unv.csv', 95), { delimiter: ';', recordsRead: 100, loaded: 95, rejected: 5 }));
    // The dialog's code arrives with the first file (lazyUploadDialog.ts).
    const dialog = await screen.findByRole('dialog', { name: 'Load unv.csv' });
    expect(within(dialog).getByText('Detected: UN Volunteer placements, 100 rows, semicolon-separated, UTF-8')).toBeTruthy();
    expect(datasets()).toBe(BUNDLED); // nothing joins the views before the confirmation
    fireEvent.click(within(dialog).getByRole('button', { name: 'Load 95 valid rows (5 rejected)' }));
    expect(datasets()).toBe(`${BUNDLED} upload:placements:unv.csv=95`);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says "Add to the view" when no row is rejected', async () => {
    const { uploader } = await setup();
    pick(csv('ok.csv'));
    await answer(uploader, 0, loaded(uploadedPlacements('ok.csv')));
    expect(await screen.findByRole('button', { name: 'Add to the view' })).toBeTruthy();
  });

  it('passes the file and its name to the loader', async () => {
    const { uploader } = await setup();
    const file = csv('mine.csv');
    pick(file);
    await vi.waitFor(() => expect(uploader.calls).toHaveLength(1));
    expect(uploader.calls[0]!.source).toBe(file);
    expect(uploader.calls[0]!.options).toEqual({ fileName: 'mine.csv', origin: 'upload' });
  });
});

describe('cancel', () => {
  it('during loading shows progress, aborts the load and changes nothing', async () => {
    const { uploader, datasets } = await setup();
    pick(csv('big.csv'));
    await vi.waitFor(() => expect(uploader.calls).toHaveLength(1));
    act(() => uploader.calls[0]!.call.onProgress?.({ phase: 'parsing', fraction: 0.42, rows: 50_000 }));
    expect(screen.getByRole('progressbar', { name: 'Loading big.csv' }).getAttribute('aria-valuenow')).toBe('42');
    expect(screen.getByText('50,000 rows read')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(uploader.calls[0]!.call.signal?.aborted).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(datasets()).toBe(BUNDLED);
  });

  it('after loading, Cancel and Escape drop the file', async () => {
    const { uploader, datasets } = await setup();
    pick(csv('a.csv'), csv('b.csv'));
    await answer(uploader, 0, loaded(uploadedPlacements('a.csv')));
    expect(screen.getByText('File 1 of 2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await answer(uploader, 1, loaded(uploadedPlacements('b.csv')));
    const dialog = screen.getByRole('dialog', { name: 'Load b.csv' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(datasets()).toBe(BUNDLED);
  });
});

describe('a merge prepared during the review', () => {
  /** bundledLoader's datasets, with a worker merge that records what it is asked (merged here, as the worker would). */
  function mergingLoader() {
    const asked: { prepared: (string[] | null)[]; merged: string[][] } = { prepared: [], merged: [] };
    const ids = (list: readonly Dataset[]) => list.map((d) => d.id);
    const loader: DataLoader = {
      ...bundledLoader(),
      merge: async (list) => {
        asked.merged.push(ids(list));
        const { mergeDatasets } = await import('../../../src/data/mergeDatasets');
        return mergeDatasets(list, { supersede: true });
      },
      prepareMerge: (list) => void asked.prepared.push(list && ids(list)),
    };
    return { loader, asked };
  }

  async function review(loader: DataLoader, rows: number) {
    const uploader = fakeUploadLoader();
    render(<DataProvider loader={loader} storage={null}><UploadProvider loader={uploader}><UploadButton /><Probe /></UploadProvider></DataProvider>);
    await vi.waitFor(() => expect(screen.getByTestId('datasets').getAttribute('data-status')).toBe('ready'));
    pick(csv('big.csv'));
    await answer(uploader, 0, loaded(uploadedPlacements('big.csv', rows)));
    return screen.findByRole('dialog', { name: 'Load big.csv' });
  }

  it('starts with the datasets Add would merge, and Add merges those same datasets', async () => {
    const { loader, asked } = mergingLoader();
    const dialog = await review(loader, 50_001);
    await vi.waitFor(() => expect(asked.prepared).toEqual([['test:placements', 'upload:placements:big.csv']]));
    expect(asked.merged).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add to the view' }));
    await vi.waitFor(() => expect(asked.merged).toEqual([['test:placements', 'upload:placements:big.csv']]));
    expect(screen.getByTestId('datasets').textContent).toBe(`${BUNDLED} upload:placements:big.csv=50001`);
  });

  it('is dropped when the review is cancelled; a small file is merged on this thread and prepares nothing', async () => {
    const { loader, asked } = mergingLoader();
    const dialog = await review(loader, 50_001);
    await vi.waitFor(() => expect(asked.prepared).toHaveLength(1));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(asked.prepared.at(-1)).toBeNull();
    expect(asked.merged).toEqual([]);
    cleanup();
    const small = mergingLoader();
    await review(small.loader, 3);
    await vi.waitFor(() => expect(small.asked.prepared).toEqual([null]));
  });
});

describe('dialog', () => {
  it('takes focus, keeps Tab inside, and gives focus back to the Upload button on Escape', async () => {
    const { uploader } = await setup();
    const button = screen.getByRole('button', { name: 'Upload CSV' });
    button.focus();
    pick(csv('f.csv'));
    await answer(uploader, 0, loaded(uploadedPlacements('f.csv')));
    const dialog = screen.getByRole('dialog', { name: 'Load f.csv' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { name: 'Load f.csv' }));
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    cancel.focus();
    fireEvent.keyDown(cancel, { key: 'Tab' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).not.toBe(cancel);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('closes on Escape even when a click outside left focus on the page', async () => {
    const { uploader, datasets } = await setup();
    pick(csv('f.csv'));
    await answer(uploader, 0, loaded(uploadedPlacements('f.csv')));
    (document.activeElement as HTMLElement).blur();
    expect(document.activeElement).toBe(document.body);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Upload CSV' }));
    expect(datasets()).toBe(BUNDLED);
  });

  it('keeps focus inside: focus that lands behind it returns to the dialog, and Tab from outside enters it', async () => {
    const { uploader } = await setup();
    pick(csv('f.csv'));
    await answer(uploader, 0, loaded(uploadedPlacements('f.csv')));
    const dialog = screen.getByRole('dialog', { name: 'Load f.csv' });
    act(() => screen.getByRole('button', { name: 'Upload CSV' }).focus());
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { name: 'Load f.csv' }));
    (document.activeElement as HTMLElement).blur();
    fireEvent.keyDown(document.body, { key: 'Tab' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(document.activeElement?.tagName).toBe('BUTTON');
  });
});

describe('workbooks', () => {
  it('name the sheet read; another sheet is read on request, and a retry reads that same sheet', async () => {
    const { uploader } = await setup();
    pick(new File(['PK'], 'survey.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const names = ['About', 'Survey', '2022'];
    await answer(uploader, 0, loaded(uploadedPlacements('survey.xlsx'), { sheet: { name: 'Survey', names } }));
    expect(screen.getByText('Sheet: Survey')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Read another sheet'), { target: { value: '2022' } });
    fireEvent.click(screen.getByRole('button', { name: 'Read this sheet' }));
    await vi.waitFor(() => expect(uploader.calls).toHaveLength(2));
    expect(uploader.calls[1]!.options).toEqual({ fileName: 'survey.xlsx', origin: 'upload', sheet: '2022' });
    await answer(uploader, 1, failed([issue('unknown_kind', 1, null, 'a,b', 'The headers do not match any kind of data.')], { sheet: { name: '2022', names } }));
    expect(screen.getByText('Sheet: 2022')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Kind of data'), { target: { value: 'organizations' } });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(uploader.calls).toHaveLength(3));
    expect(uploader.calls[2]!.options).toEqual({ fileName: 'survey.xlsx', origin: 'upload', kind: 'organizations', sheet: '2022' });
  });

  it('are offered by the file picker', async () => {
    await setup();
    expect(document.querySelector('input[type=file]')?.getAttribute('accept')?.split(',')).toContain('.xlsx');
  });
});

describe('failed detection', () => {
  it('offers kind, separator and encoding, and retries with them', async () => {
    const { uploader, datasets } = await setup();
    pick(csv('odd.csv'));
    await answer(uploader, 0, failed([issue('unknown_kind', 1, null, 'a;b', 'The headers do not match any kind of data.')]));
    expect(screen.getByRole('alert').textContent).toBe('This file could not be loaded.The headers do not match any kind of data.');
    expect(within(screen.getByRole('list', { name: '1 problem' })).getByText('The headers do not match any kind of data.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Add to the view|valid rows/ })).toBeNull();
    fireEvent.change(screen.getByLabelText('Kind of data'), { target: { value: 'organizations' } });
    fireEvent.change(screen.getByLabelText('Separator'), { target: { value: ';' } });
    fireEvent.change(screen.getByLabelText('Text encoding'), { target: { value: 'windows-1252' } });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(uploader.calls).toHaveLength(2));
    expect(uploader.calls[1]!.options).toEqual({ fileName: 'odd.csv', origin: 'upload', kind: 'organizations', delimiter: ';', encoding: 'windows-1252' });
    const orgs = { ...makeDataset('organizations', [{ country: 'KAZ', date: '2024', count: 5 }], { name: 'odd.csv' }), id: 'upload:organizations:odd.csv' };
    await answer(uploader, 1, loaded(orgs, { delimiter: ';', encoding: 'windows-1252' }));
    expect(screen.getByText('Detected: Volunteer organisations, 1 row, semicolon-separated, Windows-1252')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add to the view' }));
    expect(datasets()).toBe(`${BUNDLED} upload:organizations:odd.csv=1`);
  });

  it('"Try again" with the settings just tried says to change one instead of failing the same way', async () => {
    const { uploader } = await setup();
    pick(csv('odd.csv'));
    await answer(uploader, 0, failed([issue('unknown_kind', 1, null, 'a;b', 'The headers do not match any kind of data.')]));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('These settings were just tried. Choose another kind of data, separator or encoding.').getAttribute('role')).toBe('alert');
    expect(uploader.calls).toHaveLength(1);
    fireEvent.change(screen.getByLabelText('Separator'), { target: { value: ';' } });
    expect(screen.queryByText(/These settings were just tried/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(uploader.calls).toHaveLength(2));
    expect(uploader.calls[1]!.options).toEqual({ fileName: 'odd.csv', origin: 'upload', delimiter: ';' });
  });

  it('a network or CORS failure is announced and changes nothing', async () => {
    const { uploader, datasets } = await setup();
    pick(csv('x.csv'));
    await vi.waitFor(() => expect(uploader.calls).toHaveLength(1));
    await act(async () => uploader.calls[0]!.reject(new LoaderError('network', { host: 'example.org' })));
    expect(screen.getByRole('alert').textContent).toContain('Could not read example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(datasets()).toBe(BUNDLED);
  });
});

describe('add or replace', () => {
  async function uploadTwo(mode: 'Add alongside it' | RegExp) {
    const ctx = await setup();
    pick(csv('first.csv'));
    await answer(ctx.uploader, 0, loaded(uploadedPlacements('first.csv', 3)));
    expect(screen.queryByRole('group', { name: 'Data of this kind is already uploaded' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add to the view' }));
    pick(csv('second.csv'));
    await answer(ctx.uploader, 1, loaded(uploadedPlacements('second.csv', 2)));
    const group = screen.getByRole('group', { name: 'Data of this kind is already uploaded' });
    fireEvent.click(within(group).getByRole('radio', { name: mode }));
    fireEvent.click(screen.getByRole('button', { name: 'Add to the view' }));
    return ctx;
  }

  it('adds alongside the earlier upload', async () => {
    const { datasets } = await uploadTwo('Add alongside it');
    expect(datasets()).toBe(`${BUNDLED} upload:placements:first.csv=3 upload:placements:second.csv=2`);
  });

  it('replaces the earlier upload and keeps the bundled data', async () => {
    const { datasets } = await uploadTwo(/Replace the uploaded file of this kind/);
    expect(datasets()).toBe(`${BUNDLED} upload:placements:second.csv=2`);
  });

  it('the same file added twice gets a second id', async () => {
    const { uploader, datasets } = await setup();
    for (const i of [0, 1]) {
      pick(csv('same.csv'));
      await answer(uploader, i, loaded(uploadedPlacements('same.csv', 1)));
      fireEvent.click(screen.getByRole('button', { name: 'Add to the view' }));
    }
    expect(datasets()).toBe(`${BUNDLED} upload:placements:same.csv=1 upload:placements:same.csv#2=1`);
  });
});

describe('load report', () => {
  const issues = Array.from({ length: 60 }, (_, i) =>
    issue('negative_count', i + 2, 'count', `-${i}`, `'-${i}' is negative; a count cannot be below zero.`));

  it('lists the first 50 problems with line, column and value, and shows all on request', async () => {
    const { uploader } = await setup();
    pick(csv('bad.csv'));
    await answer(uploader, 0, loaded(uploadedPlacements('bad.csv', 40), { recordsRead: 101, loaded: 40, rejected: 60, blank: 1, merged: 0, issues }));
    const list = screen.getByRole('list', { name: '60 problems' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    expect(within(list).getAllByRole('listitem')[0]!.textContent).toBe("Error Line 2, column count, value “-0”'-0' is negative; a count cannot be below zero.");
    const counts = screen.getByText('Records read').parentElement!;
    expect(counts.textContent).toBe('Records read101');
    fireEvent.click(screen.getByRole('button', { name: 'Show all 60' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(60);
  });

  it('downloads the problems as CSV', async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => { blobs.push(blob as Blob); return 'blob:x'; });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('bad-report.csv');
    });
    try {
      const { uploader } = await setup();
      pick(csv('bad.csv'));
      await answer(uploader, 0, loaded(uploadedPlacements('bad.csv', 1), {
        recordsRead: 3, loaded: 1, rejected: 2,
        issues: [issue('unknown_country', 3, 'country', 'Kazakstan', 'Unknown country.'), issue('invalid_year', 4, 'year', '=1+1', 'Not a year.')],
      }));
      fireEvent.click(screen.getByRole('button', { name: 'Download report (CSV)' }));
      expect(click).toHaveBeenCalledOnce();
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0]!.arrayBuffer())).toBe(
        '\uFEFF"severity","code","line","column","value","message"\r\n'
        + '"error","unknown_country","3","country","Kazakstan","Unknown country."\r\n'
        + '"error","invalid_year","4","year","\'=1+1","Not a year."\r\n',
      );
    } finally {
      create.mockRestore();
      revoke.mockRestore();
      click.mockRestore();
    }
  });
});

describe('?data= link', () => {
  it('loads the linked file with the given kind and reports a network failure', async () => {
    window.history.replaceState(null, '', '/?data=https%3A%2F%2Fexample.org%2Fa.csv&kind=placements');
    const uploader = fakeUploadLoader();
    render(<App loader={fakeLoader()} uploadLoader={uploader} />);
    await vi.waitFor(() => expect(uploader.calls).toHaveLength(1));
    expect(uploader.calls[0]!.source).toBe('https://example.org/a.csv');
    expect(uploader.calls[0]!.options).toEqual({ fileName: 'https://example.org/a.csv', origin: 'url', kind: 'placements' });
    await act(async () => uploader.calls[0]!.reject(new LoaderError('too_large', { maxMB: 300 })));
    expect(screen.getByRole('alert').textContent).toContain('larger than 300 MB');
  });

  it('once the linked file is added, the link leaves the address (the data is kept from then on) and its dataset is shown', async () => {
    window.history.replaceState(null, '', '/?view=table&data=https%3A%2F%2Fexample.org%2Fp.csv');
    const uploader = fakeUploadLoader();
    render(<App loader={fakeLoader()} uploadLoader={uploader} />);
    const dataset = { ...uploadedPlacements('https://example.org/p.csv'), id: 'url:placements:https://example.org/p.csv', origin: 'url' as const };
    await answer(uploader, 0, loaded(dataset));
    expect(window.location.search).toBe('?view=table&data=https%3A%2F%2Fexample.org%2Fp.csv');
    fireEvent.click(await screen.findByRole('button', { name: 'Add to the view' }));
    expect(window.location.search).toBe('?view=table&dataset=placements');
  });

  it('an http link is ignored with a notice and nothing is fetched', async () => {
    window.history.replaceState(null, '', '/?data=http%3A%2F%2Fexample.org%2Fa.csv');
    const uploader = fakeUploadLoader();
    render(<App loader={fakeLoader()} uploadLoader={uploader} />);
    expect(await screen.findByText(/expected a full https:\/\/ address/)).toBeTruthy();
    expect(uploader.calls).toHaveLength(0);
  });
});
