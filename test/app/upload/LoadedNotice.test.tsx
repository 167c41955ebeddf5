// @vitest-environment jsdom
// After a confirmed upload the views show what was loaded (same view, the file's dataset) and a polite status
// says so, with a link into the table. A cancelled or failed load changes nothing.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import type { Dataset } from '../../../src/data/types';
import { makeDataset } from '../../transforms/makeDataset';
import { fakeLoader } from '../fakeLoader';
import { failed, fakeUploadLoader, issue, loaded, type FakeUploadLoader } from './fakeUploadLoader';

// The review dialog is lazy (lazyUploadDialog.ts): fetched once here, as UploadFlow.test.tsx does, so a test that
// looks for it right after a load does not race its import (on a busy machine the first tests lost that race).
beforeAll(async () => {
  await import('../../../src/app/upload/UploadDialog');
});
beforeEach(() => window.history.replaceState(null, '', '/?view=sources'));
afterEach(cleanup);

const csv = (name: string) => new File(['x\n'], name, { type: 'text/csv' });

function placements(name: string, rows: number): Dataset {
  const data = Array.from({ length: rows }, (_, i) => ({ year: 2000 + i, country: 'KAZ', perspective: 'duty_station', type: 'total', count: i }));
  return { ...makeDataset('placements', data, { name }), id: `upload:placements:${name}` };
}

async function start(): Promise<FakeUploadLoader> {
  const uploader = fakeUploadLoader();
  render(<App loader={fakeLoader()} uploadLoader={uploader} storage={null} />);
  await screen.findByRole('heading', { level: 2, name: 'Sources' });
  return uploader;
}

async function upload(uploader: FakeUploadLoader, name: string, result: Parameters<FakeUploadLoader['calls'][number]['resolve']>[0]) {
  const before = uploader.calls.length;
  fireEvent.change(document.querySelector<HTMLInputElement>('input[type=file]')!, { target: { files: [csv(name)] } });
  await vi.waitFor(() => expect(uploader.calls.length).toBe(before + 1));
  await act(async () => uploader.calls[before]!.resolve(result));
  return screen.getByRole('dialog', { name: `Load ${name}` });
}

const params = () => new URLSearchParams(window.location.search);
/** The polite status that tells what was loaded (the notices region also holds an empty one for ignored parameters). */
const loadedStatus = () => screen.getAllByRole('status').find((s) => s.closest('.upload-loaded') || s.textContent?.startsWith('Loaded')) ?? null;

describe('after a confirmed upload', () => {
  it('switches to the uploaded dataset in the same view and says what was loaded', async () => {
    const uploader = await start();
    expect(params().get('dataset')).toBeNull(); // Delegates, the default
    const dialog = await upload(uploader, 'unv.csv', loaded(placements('unv.csv', 1234)));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add to the view' }));
    expect(params().get('view')).toBe('sources');
    expect(params().get('dataset')).toBe('placements');
    expect(screen.getByRole('radio', { name: 'UN Volunteer placements' })).toHaveProperty('checked', true);
    expect(loadedStatus()?.textContent).toBe('Loaded 1,234 rows from unv.csv — now showing UN Volunteer placements.');
    expect(loadedStatus()?.getAttribute('aria-live') ?? 'polite').toBe('polite');
  });

  it('"Open in the table" opens the Table view of that dataset', async () => {
    const uploader = await start();
    fireEvent.click(within(await upload(uploader, 'unv.csv', loaded(placements('unv.csv', 2)))).getByRole('button', { name: 'Add to the view' }));
    const link = screen.getByRole('link', { name: 'Open in the table' });
    expect(link.getAttribute('href')).toBe('?view=table&dataset=placements');
    fireEvent.click(link);
    expect(params().get('view')).toBe('table');
    expect(params().get('dataset')).toBe('placements');
    expect(screen.queryByRole('link', { name: 'Open in the table' })).toBeNull(); // already there
    expect(loadedStatus()?.textContent).toContain('now showing UN Volunteer placements');
  });

  it('an events file shows the delegates of its newest event', async () => {
    window.history.replaceState(null, '', '/?view=sources&dataset=organizations');
    const uploader = await start();
    const events = {
      ...makeDataset('events', [
        { event_id: 'forum-2025', name: 'Volunteer Forum 2025', start_date: '2025-05-01' },
        { event_id: 'forum-2019', name: 'Volunteer Forum 2019', start_date: '2019-05-01' },
      ], { name: 'ev.csv' }),
      id: 'upload:events:ev.csv',
    };
    fireEvent.click(within(await upload(uploader, 'ev.csv', loaded(events))).getByRole('button', { name: 'Add to the view' }));
    expect(params().get('dataset')).toBeNull(); // back to Delegates
    expect(params().get('event')).toBe('forum-2025');
    expect(loadedStatus()?.textContent).toBe('Loaded 2 events from ev.csv — now showing the delegates of Volunteer Forum 2025.');
  });

  it('the notice goes when dismissed, or when the reader picks another dataset', async () => {
    const uploader = await start();
    fireEvent.click(within(await upload(uploader, 'a.csv', loaded(placements('a.csv', 1)))).getByRole('button', { name: 'Add to the view' }));
    expect(loadedStatus()?.textContent).toBe('Loaded 1 row from a.csv — now showing UN Volunteer placements.');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/now showing/)).toBeNull();

    fireEvent.click(within(await upload(uploader, 'b.csv', loaded(placements('b.csv', 3)))).getByRole('radio', { name: 'Add alongside it' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add to the view' }));
    expect(screen.getByText(/Loaded 3 rows from b\.csv/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Organisations' }));
    expect(screen.queryByText(/now showing/)).toBeNull();
  });

  it('replacing an earlier upload also switches to it', async () => {
    window.history.replaceState(null, '', '/?view=sources&dataset=organizations');
    const uploader = await start();
    fireEvent.click(within(await upload(uploader, 'a.csv', loaded(placements('a.csv', 1)))).getByRole('button', { name: 'Add to the view' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Organisations' }));
    const dialog = await upload(uploader, 'b.csv', loaded(placements('b.csv', 5)));
    fireEvent.click(within(dialog).getByRole('radio', { name: /^Replace the/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add to the view' }));
    expect(params().get('dataset')).toBe('placements');
    expect(loadedStatus()?.textContent).toBe('Loaded 5 rows from b.csv — now showing UN Volunteer placements.');
  });
});

describe('a load that does not finish', () => {
  it('cancelled: the address and the views stay as they were, nothing is announced', async () => {
    const uploader = await start();
    const before = window.location.search;
    fireEvent.click(within(await upload(uploader, 'c.csv', loaded(placements('c.csv', 2)))).getByRole('button', { name: 'Cancel' }));
    expect(window.location.search).toBe(before);
    expect(screen.queryByText(/now showing/)).toBeNull();
  });

  it('failed: the address and the views stay as they were, nothing is announced', async () => {
    const uploader = await start();
    const before = window.location.search;
    const dialog = await upload(uploader, 'bad.csv', failed([issue('unknown_kind', 1, null, 'a', 'The headers do not match any kind of data.')]));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(window.location.search).toBe(before);
    expect(screen.queryByText(/now showing/)).toBeNull();
  });
});
