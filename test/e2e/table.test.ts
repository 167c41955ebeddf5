// Issue 3, the table view: sorting by a header, filtering and searching live in the URL, so a link or a
// reload shows the same rows; Back leaves the table as it was.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { isAggregate } from '../../src/data/aggregates.ts';
import { params, seen, startSession, until, viewHeading, withPage, type Session } from '../fixtures/e2e/session.ts';

let session: Session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.close();
});

/** Rows of the bundled files (read from them, so new data needs no edit here), and Kazakhstan's placements. */
const bundledRows = (kind: string) => Papa.parse<Record<string, string>>(readFileSync(new URL(`../../data/${kind}.csv`, import.meta.url), 'utf8'), { header: true, skipEmptyLines: true }).data;
const PLACEMENTS = bundledRows('placements').length;
const KAZ_PLACEMENTS = bundledRows('placements').filter((r) => r.country === 'KAZ').length;
const DELEGATES = bundledRows('delegates').length;
const RALLY = bundledRows('delegates').filter((r) => r.event_id === 'cica-rally-2024').length;

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
    // Kazakhstan's rows whose source or note names Kazinform.
    const kazinform = bundledRows('placements').filter((r) => r.country === 'KAZ' && Object.values(r).some((v) => /kazinform/i.test(v))).length;
    await rowCountIs(page, `${kazinform} of ${PLACEMENTS} rows`);
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

// Wave 3: grouped downloads, menus inside a narrow screen, counts that were not published, the table's height.

const NARROW = { width: 640, height: 800 };

/** Where a menu panel is drawn, and whether its corners are really visible (not clipped, not covered). */
const PANEL_GEOMETRY = `(() => {
  const panel = document.querySelector('main details[open] > fieldset[data-placed]');
  if (!panel) return null;
  const r = panel.getBoundingClientRect();
  const root = document.documentElement;
  const corners = [[r.left + 3, r.top + 3], [r.right - 3, r.top + 3], [r.left + 3, r.bottom - 3], [r.right - 3, r.bottom - 3]];
  return {
    left: r.left, top: r.top, right: r.right, bottom: r.bottom,
    width: root.clientWidth, height: root.clientHeight, pageWidth: root.scrollWidth,
    visibleCorners: corners.filter(([x, y]) => panel.contains(document.elementFromPoint(x, y))).length,
    name: (panel.querySelector('legend') || {}).textContent,
  };
})()`;

interface PanelGeometry {
  left: number; top: number; right: number; bottom: number; width: number; height: number; pageWidth: number;
  visibleCorners: number; name: string;
}

for (const lang of ['en', 'ar'] as const) {
  test(`at 640 px${lang === 'ar' ? ', in Arabic (right to left),' : ''} every table menu opens fully inside the viewport`, async () => {
    const query = `?view=table&dataset=placements${lang === 'ar' ? '&lang=ar' : ''}`;
    await withPage(session, query, `table-menus-640-${lang}`, async (page) => {
      if (lang === 'ar') await until(() => page.evaluate(() => document.documentElement.dir), (d) => d === 'rtl');
      const summaries = main(page).locator('details:is(.dt-menu, .dt-list) > summary');
      // Group by, Columns, and the value lists of Country, Region, Counted by, Type, SDG and Status.
      const count = await until(() => summaries.count(), (n) => n >= 8);
      assert.ok(count >= 8, `eight menus or more, found ${count}`);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), true, 'no page scroll to begin with');
      for (let k = 0; k < count; k++) {
        const summary = summaries.nth(k);
        // The hardest place: the button at the inline end of the screen (the table scrolled to bring it there).
        await summary.evaluate((el) => el.scrollIntoView({ block: 'nearest', inline: 'end' }));
        await summary.click();
        const box = await until(async () => (await page.evaluate(PANEL_GEOMETRY)) as PanelGeometry | null, (g) => g !== null);
        assert.ok(box, `menu ${k} opens`);
        const where = `${box.name}: ${JSON.stringify(box)}`;
        assert.ok(box.left >= 0 && box.right <= box.width, `inside the viewport horizontally, ${where}`);
        assert.ok(box.top >= 0 && box.bottom <= box.height, `inside the viewport vertically, ${where}`);
        assert.equal(box.visibleCorners, 4, `not clipped or covered, ${where}`);
        assert.ok(box.pageWidth <= box.width, `the page does not scroll sideways, ${where}`);
        await page.keyboard.press('Escape');
        await until(() => main(page).locator('details[open]').count(), (n) => n === 0);
        assert.equal(await main(page).locator('details[open]').count(), 0, `Escape closes ${box.name}`);
      }
    }, NARROW);
  });
}

test('delegates: counts that were not published say so, with no qualifier, and the table is as tall as its rows', async () => {
  // One event's delegations (the rally's), few enough for the table to fit without scrolling.
  await withPage(session, '?view=table&dataset=delegates&filter=event_id:cica-rally-2024', 'table-delegates', async (page) => {
    await rowCountIs(page, `${RALLY} of ${DELEGATES} rows`);
    assert.deepEqual(await columnTexts(page, 'Delegates'), Array(RALLY).fill('not published'));
    assert.deepEqual(await columnTexts(page, 'Qualifier'), Array(RALLY).fill(''), 'no "exact" beside a missing count');
    // What a screen reader announces for those cells.
    assert.equal(await main(page).getByRole('cell', { name: 'not published', exact: true }).count(), RALLY);
    const totals = main(page).locator('tfoot tr');
    assert.match(await totals.innerText(), /Total of countries\s+no published counts/);

    const sizes = await page.evaluate(() => {
      const region = document.querySelector('main .dt-scroll');
      const table = region?.querySelector('table');
      return region && table ? { inside: region.clientHeight, table: table.getBoundingClientRect().height, scroll: region.scrollHeight } : null;
    });
    assert.ok(sizes, 'a table in a scrolling area');
    assert.ok(Math.abs(sizes.inside - sizes.table) <= 1, `no empty space under the rows: area ${sizes.inside}px, table ${sizes.table}px`);
    assert.ok(sizes.scroll <= sizes.inside + 1, 'nothing to scroll');
  });
});

test('many rows keep the scrolling area at its full height', async () => {
  await withPage(session, '?view=table&dataset=placements', 'table-height', async (page) => {
    await rowCountIs(page, `${PLACEMENTS} of ${PLACEMENTS} rows`);
    const sizes = await page.evaluate(() => {
      const region = document.querySelector('main .dt-scroll') as HTMLElement | null;
      return region ? { outer: region.offsetHeight, scroll: region.scrollHeight, inside: region.clientHeight } : null;
    });
    assert.ok(sizes && sizes.outer === 560, `560 px high: ${JSON.stringify(sizes)}`);
    assert.ok(sizes.scroll > sizes.inside, 'the rows scroll inside it');
  });
});

test('grouped, "Download groups" writes the groups on screen and "Download rows" the rows under them', async () => {
  await withPage(session, '?view=table&dataset=placements&group=country', 'table-download-groups', async (page) => {
    await rowCountIs(page, `${PLACEMENTS} of ${PLACEMENTS} rows`);
    const groupRows = main(page).locator('tbody tr.dt-group-row');
    const onScreen = await groupRows.evaluateAll((rows) => rows.map((tr) => ({
      name: (tr.querySelector('.dt-group-toggle')?.textContent ?? '').replace('▸', '').trim(),
    })));
    assert.ok(onScreen.length >= 5, `group rows: ${JSON.stringify(onScreen)}`);

    const save = async (name: string) => {
      const downloading = page.waitForEvent('download');
      await main(page).getByRole('button', { name, exact: true }).click();
      const download = await downloading;
      const text = (await readFile(await download.path())).toString('utf8');
      assert.ok(text.startsWith('\uFEFF'), 'UTF-8 byte order mark first');
      const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
      for (const row of parsed) for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `no cell starts like a formula: ${cell}`);
      return { name: download.suggestedFilename(), header: parsed[0]!, rows: parsed.slice(1) };
    };

    const groups = await save('Download groups (CSV)');
    assert.equal(groups.name, 'placements-groups.csv');
    assert.deepEqual(groups.header.slice(0, 5), ['Country', 'Rows', 'Count: sum', 'Count: qualifier of the sum', 'Count: counts not published']);
    assert.deepEqual(groups.rows.map((r) => r[0]), onScreen.map((g) => g.name), 'one line per group, in the order shown');
    // Kazakhstan's rows are of several years, types and ways of counting: no number, the reasons instead.
    const kazYears = new Set((await bundledPlacements()).filter((r) => r.country === 'KAZ').map((r) => r.year)).size;
    const kaz = groups.rows.find((r) => r[0] === 'Kazakhstan');
    assert.deepEqual(kaz?.slice(0, 3), ['Kazakhstan', String(KAZ_PLACEMENTS), ''], 'no sum for Kazakhstan');
    assert.match(kaz?.[3] ?? '', new RegExp(`^not added: ${kazYears} years, `), 'the reasons, as on screen');
    const world = groups.rows.find((r) => r[0] === 'World');
    assert.equal(world?.[2], '', 'no sum of World over the years');
    assert.match(world?.[3] ?? '', /^not added: \d+ years/);

    const rows = await save('Download rows (CSV)');
    assert.equal(rows.rows.length, PLACEMENTS, 'every filtered row, ungrouped');
    assert.ok(rows.header.includes('Count') && rows.header.includes('Country'), rows.header.join(' | '));
  });
});

// Wave 3: a sum adds only rows that differ in their country. Expected figures come from data/placements.csv.

interface PlacementRow { year: string; country: string; perspective: string; type: string; sdg: string; count: string }

async function bundledPlacements(): Promise<PlacementRow[]> {
  const text = await readFile(new URL('../../data/placements.csv', import.meta.url), 'utf8');
  return Papa.parse<PlacementRow>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
}

/** Per year|type|perspective: the sum of the countries' counts (world and regional rows never count). */
function countrySums(rows: readonly PlacementRow[]): Map<string, { sum: number; rows: number }> {
  const out = new Map<string, { sum: number; rows: number; sdg: Set<string> }>();
  for (const r of rows) {
    if (isAggregate(r.country) || r.count === '') continue;
    const key = `${r.year}|${r.type}|${r.perspective}`;
    const entry = out.get(key) ?? { sum: 0, rows: 0, sdg: new Set<string>() };
    entry.sum += Number(r.count);
    entry.rows += 1;
    entry.sdg.add(r.sdg);
    out.set(key, entry);
  }
  for (const [key, entry] of out) assert.equal(entry.sdg.size, 1, `${key}: one goal tag, so the countries add`);
  return out;
}

const TYPE_LABELS: Readonly<Record<string, string>> = { national: 'National', international: 'International', total: 'Total' };
const PERSPECTIVE_LABELS: Readonly<Record<string, string>> = { duty_station: 'Duty station', nationality: 'Nationality' };
const firstNumber = (text: string) => Number((/\d[\d,]*/.exec(text)?.[0] ?? 'NaN').replace(/,/g, ''));

/** Label and sum cell of every drawn group row, top to bottom. */
async function groupSums(page: Page): Promise<{ label: string; sum: string; title: string }[]> {
  return main(page).locator('tbody tr.dt-group-row').evaluateAll((rows) => rows.map((tr) => ({
    label: (tr.querySelector('.dt-group-toggle')?.textContent ?? '').replace(/[▸▾]/g, '').trim(),
    sum: (tr.querySelector('.dt-sum')?.textContent ?? '').trim(),
    title: tr.querySelector('.dt-sum')?.getAttribute('title') ?? '',
  })));
}

test('grouped by country, Kazakhstan\'s years, types and ways of counting are not added: the cell says why and how to add', async () => {
  const kazRows = (await bundledPlacements()).filter((r) => r.country === 'KAZ');
  const years = new Set(kazRows.map((r) => r.year)).size;
  const naive = kazRows.reduce((sum, r) => sum + Number(r.count || 0), 0);
  await withPage(session, '?view=table&dataset=placements&group=country', 'table-sum-not-added', async (page) => {
    await rowCountIs(page, `${PLACEMENTS} of ${PLACEMENTS} rows`);
    const kaz = (await until(() => groupSums(page), (g) => g.some((x) => x.label === 'Kazakhstan'))).find((g) => g.label === 'Kazakhstan');
    assert.ok(kaz, 'a Kazakhstan group');
    assert.match(kaz.sum, new RegExp(`^not added: ${years} years \\(\\+\\d more\\)$`), `the reason in the cell: "${kaz.sum}"`);
    assert.ok(!kaz.sum.includes(String(naive)), `not the sum of every row (${naive})`);
    assert.match(kaz.title, /2 ways of counting/);
    assert.match(kaz.title, /totals with their parts/);
    assert.match(kaz.title, /Group by “Year”, “Counted by” and “Type”, or filter one value of each, to add\./);
    const footer = await main(page).locator('tfoot tr').innerText();
    assert.match(footer, /not added: \d+ years/, 'no total of every row either');
    assert.match(footer, /Group by “Year”/, 'the totals row says what to do');
  });
});

test('grouped by year, type and way of counting, each group is the sum of its countries\' rows; one of each filtered gives a total', async () => {
  const sums = countrySums(await bundledPlacements());
  // The year with the most country rows, so the groups under it add several rows where the data allows.
  const byYear = new Map<string, number>();
  for (const [key, { rows }] of sums) byYear.set(key.split('|')[0]!, (byYear.get(key.split('|')[0]!) ?? 0) + rows);
  const year = [...byYear].sort((a, b) => b[1] - a[1])[0]![0];
  const expected = [...sums].filter(([key]) => key.startsWith(`${year}|`));
  const types = new Set(expected.map(([key]) => key.split('|')[1]!));
  assert.ok(expected.length >= 2, `${year}: several groups of countries`);

  await withPage(session, '?view=table&dataset=placements&group=year~type~perspective', 'table-sum-year-type-perspective', async (page) => {
    await rowCountIs(page, `${PLACEMENTS} of ${PLACEMENTS} rows`);
    await main(page).getByRole('button', { name: `Show rows of ${year}`, exact: true }).click();
    const yearRow = (await groupSums(page)).find((g) => g.label === year);
    if (types.size > 1) assert.match(yearRow?.sum ?? '', /^not added: /, `${year} mixes types: ${yearRow?.sum}`);
    for (const type of types) await main(page).getByRole('button', { name: `Show rows of ${TYPE_LABELS[type]}`, exact: true }).click();
    const drawn = await until(() => groupSums(page), (g) => g.filter((x) => Object.values(PERSPECTIVE_LABELS).includes(x.label)).length >= expected.length);
    let type = '';
    const shown = new Map<string, string>();
    for (const g of drawn) {
      const typeId = Object.keys(TYPE_LABELS).find((id) => TYPE_LABELS[id] === g.label);
      if (typeId) type = typeId;
      const perspective = Object.keys(PERSPECTIVE_LABELS).find((id) => PERSPECTIVE_LABELS[id] === g.label);
      if (perspective && type) shown.set(`${year}|${type}|${perspective}`, g.sum);
    }
    for (const [key, { sum }] of expected) {
      const text = shown.get(key);
      assert.ok(text !== undefined, `a group row for ${key}: ${JSON.stringify(drawn)}`);
      assert.doesNotMatch(text, /not added/, `${key} adds`);
      assert.equal(firstNumber(text), sum, `${key}: "${text}" is the sum of the countries' rows`);
    }
  });

  // Filtering one year, one type and one way of counting gives a total in the footer.
  const [key, { sum }] = expected.sort((a, b) => b[1].rows - a[1].rows)[0]!;
  const [y, type, perspective] = key.split('|');
  await withPage(session, `?view=table&dataset=placements&filter=year:${y}..${y}~type:${type}~perspective:${perspective}`, 'table-sum-filtered-total', async (page) => {
    const footer = main(page).locator('tfoot tr');
    const text = await until(() => footer.locator('.dt-sum').first().innerText(), (t) => t !== '');
    assert.doesNotMatch(await footer.innerText(), /not added/);
    assert.equal(firstNumber(text), sum, `${key}: the total "${text}"`);
  });
});
