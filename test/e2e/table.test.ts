// Issue 3, the table view: sorting by a header, filtering and searching live in the URL, so a link or a
// reload shows the same rows; Back leaves the table as it was.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { params, seen, startSession, until, viewHeading, withPage, type Session } from '../fixtures/e2e/session.ts';

let session: Session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.close();
});

/** Rows of the bundled data/placements.csv, and those of Kazakhstan. */
const PLACEMENTS = 29;
const KAZ_PLACEMENTS = 6;

const main = (page: Page) => page.getByRole('main');

// Runs in the page (a string, so the test's compiler adds no helpers): the drawn cells of one column.
const COLUMN_TEXTS = `((header) => {
  const table = document.querySelector('main table');
  if (!table) return null;
  const heads = Array.from(table.querySelectorAll('thead tr:first-child th'));
  const index = heads.findIndex((th) => (th.textContent || '').replace(/[▲▼↕]/g, '').replace(/sort \\d+$/, '').trim() === header);
  if (index < 0) return null;
  return Array.from(table.querySelectorAll('tbody tr'))
    .map((tr) => tr.children[index])
    .filter((td) => td && td.tagName === 'TD')
    .map((td) => (td.textContent || '').trim());
})`;

async function columnTexts(page: Page, header: string): Promise<string[]> {
  const texts = (await page.evaluate(`${COLUMN_TEXTS}(${JSON.stringify(header)})`)) as string[] | null;
  assert.ok(texts, `a "${header}" column in the table`);
  return texts;
}

const numberOf = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

function isSorted(values: readonly number[], desc: boolean): boolean {
  return values.every((v, i) => i === 0 || (desc ? values[i - 1]! >= v : values[i - 1]! <= v));
}

async function rowCountIs(page: Page, expected: string): Promise<void> {
  await seen(main(page).getByText(expected, { exact: true }), `table row count "${expected}"`);
}

async function sortedCounts(page: Page, desc: boolean): Promise<number[]> {
  const counts = await until(async () => (await columnTexts(page, 'Count')).filter((t) => t !== '').map(numberOf), (c) => c.length > 3 && isSorted(c, desc));
  assert.ok(counts.length > 3 && isSorted(counts, desc), `Count ${desc ? 'descending' : 'ascending'}: ${counts.join(', ')}`);
  return counts;
}

test('sorting by a header is kept in the URL and survives a reload', async () => {
  await withPage(session, '?view=table&dataset=placements', 'table-sort', async (page) => {
    await rowCountIs(page, `${PLACEMENTS} of ${PLACEMENTS} rows`);
    const sortButton = main(page).getByRole('button', { name: 'Sort by Count', exact: true });
    const header = main(page).getByRole('columnheader').filter({ has: page.getByRole('button', { name: 'Sort by Count', exact: true }) });

    // Numbers may sort largest first on the first click; the URL and aria-sort must say which.
    await sortButton.click();
    const firstDesc = (await until(async () => params(page).get('sort'), (v) => v !== null)) === '-count';
    assert.equal(params(page).get('sort'), firstDesc ? '-count' : 'count');
    await sortedCounts(page, firstDesc);
    assert.equal(await header.getAttribute('aria-sort'), firstDesc ? 'descending' : 'ascending');

    await sortButton.click();
    const desc = await sortedCounts(page, !firstDesc);
    assert.equal(params(page).get('sort'), firstDesc ? 'count' : '-count', 'a second click reverses the order');
    assert.equal(await header.getAttribute('aria-sort'), firstDesc ? 'ascending' : 'descending');

    await page.reload();
    await viewHeading(page).waitFor();
    const again = await sortedCounts(page, !firstDesc);
    assert.deepEqual(again.slice(0, 5), desc.slice(0, 5), 'the same order after a reload');
    assert.equal(await header.getAttribute('aria-sort'), firstDesc ? 'ascending' : 'descending');
  });
});

test('a link with a country filter and a search shows only the matching rows', async () => {
  await withPage(session, '?view=table&dataset=placements&filter=country:KAZ', 'table-filter-link', async (page) => {
    await rowCountIs(page, `${KAZ_PLACEMENTS} of ${PLACEMENTS} rows`);
    const countries = await columnTexts(page, 'Country');
    assert.deepEqual([...new Set(countries)], ['Kazakhstan'], `only Kazakhstan's rows: ${countries.join(', ')}`);

    await main(page).getByRole('searchbox', { name: 'Search all columns' }).fill('Kazinform');
    await rowCountIs(page, `2 of ${PLACEMENTS} rows`); // one source and one note name Kazinform
    assert.equal(params(page).get('q'), 'Kazinform', 'the search is in the URL');
    assert.equal(params(page).get('filter'), 'country:KAZ', 'the filter stays in the URL');

    await main(page).getByRole('button', { name: 'Clear filters' }).click();
    await rowCountIs(page, `${PLACEMENTS} of ${PLACEMENTS} rows`);
    assert.equal(params(page).get('q'), null);
    assert.equal(params(page).get('filter'), null);
  });
});

test('Back from another view returns to the table as it was sorted and searched', async () => {
  await withPage(session, '?view=table&dataset=placements', 'table-back', async (page) => {
    await main(page).getByRole('searchbox', { name: 'Search all columns' }).fill('Annual Report');
    await main(page).getByRole('button', { name: 'Sort by Count', exact: true }).click();
    const desc = (await until(async () => params(page).get('sort'), (v) => v !== null)) === '-count';
    await sortedCounts(page, desc);
    const shown = await main(page).locator('output').first().innerText();

    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Map', exact: true }).click();
    await until(() => viewHeading(page).innerText(), (h) => h === 'Map');
    await page.goBack();
    await until(() => viewHeading(page).innerText(), (h) => h.startsWith('Table'));
    assert.equal(await viewHeading(page).innerText(), 'Table: UN Volunteer placements');
    await sortedCounts(page, desc);
    assert.equal(await main(page).getByRole('searchbox', { name: 'Search all columns' }).inputValue(), 'Annual Report');
    assert.equal(await main(page).locator('output').first().innerText(), shown, 'the same rows');
  });
});
