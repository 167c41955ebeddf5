// Issue 4, the Sources page: every dataset with its origin, rows, cited sources and last load; a CSV copy
// of each that loads again unchanged; Remove only for uploads.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { seen, startSession, until, viewHeading, withPage, type Session } from '../fixtures/e2e/session.ts';
import { fixtureFile, pickFile, uploadAndConfirm } from '../fixtures/e2e/upload.ts';
import { bundledRows } from '../fixtures/e2e/bundledRows.ts';

let session: Session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.close();
});

const FILE = 'organizations-messy.csv';
/** Rows of a bundled file, read from it so new data needs no edit here. */
const BUNDLED = [
  { name: 'events.csv', rows: bundledRows('events'), source: /Kazinform/ },
  { name: 'delegates.csv', rows: bundledRows('delegates'), source: /Kazpravda/ },
  { name: 'placements.csv', rows: bundledRows('placements'), source: /UNV Annual Report 2019/ },
  { name: 'organizations.csv', rows: bundledRows('organizations'), source: /The Astana Times, 2022-12/ },
] as const;

const main = (page: Page) => page.getByRole('main');

function card(page: Page, name: string): Locator {
  return main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

/** The number after a label in one of the card's <dl> lists. */
async function countIn(where: Locator, label: string): Promise<string> {
  return where.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }).first().locator('xpath=following-sibling::dd[1]').innerText();
}

async function openSources(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Sources', exact: true }).click();
  const h = await until(() => viewHeading(page).innerText(), (t) => t === 'Sources');
  assert.equal(h, 'Sources');
}

test('every bundled dataset is listed with its origin, rows and sources, and cannot be removed', async () => {
  await withPage(session, '?view=sources', 'sources-bundled', async (page) => {
    for (const ds of BUNDLED) {
      const c = card(page, ds.name);
      await seen(c, `the card of ${ds.name}`);
      assert.match(await c.innerText(), /Bundled with the dashboard/, `${ds.name} origin`);
      assert.equal(await countIn(c, 'Rows'), String(ds.rows), `${ds.name} rows`);
      await seen(c.getByText(ds.source), `a source cited by ${ds.name}`);
      await seen(c.getByRole('button', { name: /^Download CSV/ }), `Download CSV for ${ds.name}`);
      assert.equal(await c.getByRole('button', { name: /^Remove/ }).count(), 0, `${ds.name} has no Remove`);
    }
  });
});

test('an upload\'s card shows its last load, with each problem\'s line', async () => {
  await withPage(session, '', 'sources-upload-report', async (page) => {
    await uploadAndConfirm(page, await fixtureFile(FILE));
    await openSources(page);
    const c = card(page, FILE);
    await seen(c, 'the uploaded file');
    assert.match(await c.innerText(), /Uploaded/);
    assert.equal(await countIn(c, 'Records read'), '7');
    assert.equal(await countIn(c, 'Loaded'), '4');
    assert.equal(await countIn(c, 'Rejected'), '3');
    assert.equal(await countIn(c, 'Rows'), '4');
    await c.getByText(/^Show 3 issues?$/).click();
    const lines = await until(
      async () => (await c.getByRole('row').allInnerTexts()).slice(1).map((r) => r.split('\t')[0]?.trim()),
      (l) => l.length >= 3,
    );
    assert.deepEqual(lines, ['5', '6', '7'], 'the problems of lines 5, 6 and 7');
  });
});

test('Download CSV on the Sources page gives a file that loads again with the same rows', async () => {
  await withPage(session, '', 'sources-download-roundtrip', async (page) => {
    await uploadAndConfirm(page, await fixtureFile(FILE));
    await openSources(page);
    const c = card(page, FILE);
    const downloading = page.waitForEvent('download');
    await c.getByRole('button', { name: /^Download CSV/ }).click();
    const download = await downloading;
    assert.equal(download.suggestedFilename(), FILE);
    const bytes = await readFile(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark first');
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n').filter((l) => l !== '');
    assert.equal(lines[0], '"country","date","count","qualifier","source","source_url","source_date","status","note"', 'canonical header, every field quoted');
    assert.equal(lines.length, 1 + 4, `the 4 loaded rows:\n${text}`);
    assert.ok(lines.some((l) => l.startsWith('"UZB","2023-12","310","at_least"')), `Uzbekistan's row with codes and qualifier:\n${text}`);
    assert.ok(text.includes(`"'=HYPERLINK(""http://evil.example"",""x"")"`), 'the formula source is neutralised');
    assert.ok(text.includes(`"'@SUM(1+1) E2E formula row"`), 'the formula note is neutralised');

    const dialog = await pickFile(page, { name: 'roundtrip.csv', mimeType: 'text/csv', buffer: bytes });
    await seen(dialog.getByText(/^Detected: Volunteer organisations, 4 rows, comma-separated, UTF-8$/), 'the downloaded file read back');
    const report = dialog.getByRole('region', { name: 'Load report' });
    assert.equal(await countIn(report, 'Loaded'), '4');
    assert.equal(await countIn(report, 'Rejected'), '0');
  });
});
