// Issue 13, a big upload never freezes the page: a 200,000-row file loads and joins the table while a
// requestAnimationFrame loop keeps running (no gap over 100 ms); Cancel halfway leaves the table and the saved
// uploads as they were; after a reload the saved upload is back (restored and merged in the worker).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seen, startSession, until, withPage, type Session } from '../fixtures/e2e/session.ts';
import { makePlacementsCsv } from '../bench/loaderFixture.ts';
import { gates } from '../bench/notGating.ts';

const ROWS = 200_000;
/** Each step may wait this long: a 200,000-row file takes a few seconds on a busy machine. */
const BIG_STEP = 60_000;
let session: Session;
let file: string;

before(async () => {
  session = await startSession();
  file = join(mkdtempSync(join(tmpdir(), 'big-upload-')), 'placements-200k.csv');
  writeFileSync(file, makePlacementsCsv(ROWS, 7));
});
after(async () => {
  await session?.close();
});

/** The table's total row count ("12 of 29 rows" -> 29), or -1. */
async function tableTotal(page: Page): Promise<number> {
  const text = (await page.locator('.dt-count').textContent().catch(() => null)) ?? '';
  const m = /([\d,]+) of ([\d,]+) rows/.exec(text);
  return m ? Number(m[2]!.replaceAll(',', '')) : -1;
}

/** Uploads saved whole: their own records (persist.ts writes each column's record first, the dataset's last). */
async function savedUploads(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((ok, fail) => {
    const open = indexedDB.open('volunteer-stats');
    open.onerror = () => fail(new Error('indexedDB open failed'));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('datasets')) return ok(0);
      const count = db.transaction('datasets').objectStore('datasets').count(IDBKeyRange.bound('dataset:', 'dataset:\uffff'));
      count.onsuccess = () => ok(count.result);
      count.onerror = () => fail(new Error('count failed'));
    };
  }));
}

async function openPlacementsTable(page: Page): Promise<number> {
  await page.locator('table.dt-table').waitFor({ timeout: BIG_STEP });
  const total = await until(() => tableTotal(page), (n) => n > 0);
  assert.ok(total > 0 && total < 1000, `the bundled placements are shown first (${total} rows)`);
  return total;
}

test('a 200,000-row upload loads and joins the table while animation frames keep coming, and is back after a reload', async () => {
  await withPage(session, '?view=table&dataset=placements', 'big-upload-frames', async (page) => {
    const before = await openPlacementsTable(page);
    // A string: tsx would wrap a named function of this file in a helper the page does not have.
    await page.evaluate(`(() => {
      const f = (window.__frames = { last: performance.now(), maxGap: 0, running: true });
      const tick = (now) => {
        f.maxGap = Math.max(f.maxGap, now - f.last);
        f.last = now;
        if (f.running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    await page.locator('input[type=file][data-upload-input]').setInputFiles(file);
    const dialog = page.getByRole('dialog');
    const add = dialog.getByRole('button', { name: /^(Add to the view|Load \d+ valid rows?)/ });
    await add.waitFor({ timeout: BIG_STEP });
    await add.click();
    const total = await until(() => tableTotal(page), (n) => n >= ROWS, BIG_STEP);
    assert.ok(total >= ROWS && total <= ROWS + before, `the table shows the file's rows with the bundled ones (${total})`);
    // A frame after the rows are shown, so the last render is inside the measured span.
    const maxGap = await page.evaluate(() => new Promise<number>((ok) => requestAnimationFrame(() => {
      const f = (window as unknown as { __frames: { maxGap: number; running: boolean } }).__frames;
      f.running = false;
      ok(f.maxGap);
    })));

    // Saved by the worker: after a reload the upload is back, merged with the bundled rows again.
    await until(() => savedUploads(page), (n) => n === 1, BIG_STEP);
    await page.reload();
    const restored = await until(() => tableTotal(page), (n) => n >= ROWS, BIG_STEP);
    assert.equal(restored, total, 'after a reload the table has the same rows');
    const gap = `the longest gap between animation frames was ${Math.round(maxGap)} ms (at most 100 ms)`;
    // Issue 13's floor, not met yet: CI names it in FLOORS_NOT_GATING and prints the gap instead.
    if (gates('e2e:frameGap')) assert.ok(maxGap <= 100, gap);
    else console.log(`not gating (FLOORS_NOT_GATING, an open issue): e2e:frameGap: ${gap}`);
  });
});

test('Cancel halfway through a big file leaves the table and the saved uploads as they were', async () => {
  await withPage(session, '?view=table&dataset=placements', 'big-upload-cancel', async (page) => {
    const before = await openPlacementsTable(page);
    const savedBefore = await savedUploads(page);
    // Cancel from inside the page the moment the bar passes 30%: no round trip to miss the middle of the load.
    await page.evaluate(() => {
      const w = window as unknown as { __cancelledAt: number | null };
      w.__cancelledAt = null;
      const obs = new MutationObserver(() => {
        const bar = document.querySelector('[role=dialog] [role=progressbar]');
        const now = Number(bar?.getAttribute('aria-valuenow') ?? 0);
        if (now < 30) return;
        const cancel = [...document.querySelectorAll<HTMLButtonElement>('[role=dialog] button')].find((b) => b.textContent === 'Cancel');
        if (!cancel) return;
        obs.disconnect();
        w.__cancelledAt = now;
        cancel.click();
      });
      obs.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.locator('input[type=file][data-upload-input]').setInputFiles(file);
    const cancelledAt = await until(() => page.evaluate(() => (window as unknown as { __cancelledAt: number | null }).__cancelledAt), (n) => n !== null, BIG_STEP);
    assert.ok(cancelledAt !== null && cancelledAt < 100, `cancelled at ${cancelledAt}%, while loading`);
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForTimeout(1000); // anything the cancelled load could still do would show by now
    assert.equal(await tableTotal(page), before, 'the table has its rows from before');
    assert.equal(await page.getByRole('dialog').count(), 0, 'no dialog comes back');
    assert.equal(await savedUploads(page), savedBefore, 'nothing was saved');

    // The loader works again after a cancel.
    await page.locator('input[type=file][data-upload-input]').setInputFiles({
      name: 'two.csv', mimeType: 'text/csv',
      buffer: Buffer.from('year,country,perspective,type,count,source\n2024,KAZ,duty_station,national,5,two.csv\n2024,UZB,duty_station,national,6,two.csv\n'),
    });
    const add = page.getByRole('dialog').getByRole('button', { name: /^Add to the view/ });
    await seen(add, 'the review of a file loaded after the cancel');
    await add.click();
    const after = await until(() => tableTotal(page), (n) => n === before + 2, BIG_STEP);
    assert.equal(after, before + 2, 'the next file loads and joins the table');
  });
});
