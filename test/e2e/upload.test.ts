// Issue 4, uploading a CSV: the load report names each bad line, confirming loads the valid rows into
// the table and the map, the upload survives a reload (IndexedDB), Remove takes it out again, and the
// table's Download CSV holds exactly the filtered rows, safely written.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { seen, startSession, until, viewHeading, withPage, type Session } from '../fixtures/e2e/session.ts';
import { fixtureFile, pickFile, uploadAndConfirm } from '../fixtures/e2e/upload.ts';

let session: Session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.close();
});

const FILE = 'organizations-messy.csv';
/** Rows of organizations-messy.csv that load (line 8 is Azerbaijan's formula row). */
const LOADED = ['Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Azerbaijan'];
/** Rows of the bundled organizations.csv: Kazakhstan only. */
const BUNDLED_ROWS = 5;

const main = (page: Page) => page.getByRole('main');

async function headingBecomes(page: Page, expected: string): Promise<void> {
  const shown = await until(() => viewHeading(page).innerText(), (h) => h === expected);
  assert.equal(shown, expected, 'view heading');
}

async function openView(page: Page, tab: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: tab, exact: true }).click();
  await headingBecomes(page, heading);
}

async function chooseDataset(page: Page, label: string): Promise<void> {
  const group = page.getByRole('group', { name: 'Dataset' });
  // The native radio lies over its label (a segmented control), so the radio itself is what a pointer hits.
  await group.getByRole('radio', { name: label, exact: true }).check();
}

async function organisationsTable(page: Page): Promise<void> {
  await chooseDataset(page, 'Organisations');
  await openView(page, 'Table', 'Table: Organisations');
}

/** The dataset's card on the Sources page. */
function sourceCard(page: Page, name: string): Locator {
  return main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

async function rowCountIs(page: Page, expected: string): Promise<void> {
  await seen(main(page).getByText(expected, { exact: true }), `table row count "${expected}"`);
}

test('a messy file lists its errors with line numbers, then loads its valid rows on confirmation', async () => {
  await withPage(session, '', 'upload-report', async (page) => {
    const dialog = await pickFile(page, await fixtureFile(FILE));
    await seen(dialog.getByText(/^Detected: Volunteer organisations, 7 rows, comma-separated, UTF-8$/), 'what was detected');

    const counts = dialog.getByRole('region', { name: 'Load report' });
    const count = async (label: string) => counts.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd[1]').innerText();
    await seen(counts, 'the load report');
    assert.equal(await count('Records read'), '7');
    assert.equal(await count('Loaded'), '4');
    assert.equal(await count('Rejected'), '3');

    const issues = dialog.getByRole('list', { name: /problems?$/ }).getByRole('listitem');
    await seen(issues, 'the list of problems');
    const texts = await issues.allInnerTexts();
    const errorFor = (line: number, column: string, value: string) =>
      texts.some((t) => t.startsWith('Error') && t.includes(`Line ${line}, column ${column}, value “${value}”`));
    assert.ok(errorFor(5, 'country', 'Tadjikistan'), `line 5, the misspelt country, in:\n${texts.join('\n')}`);
    assert.ok(errorFor(6, 'count', '-4'), `line 6, the negative count, in:\n${texts.join('\n')}`);
    assert.ok(errorFor(7, 'date', '20x3'), `line 7, the bad date, in:\n${texts.join('\n')}`);
    const errorLines = texts.filter((t) => t.startsWith('Error')).map((t) => /Line (\d+)/.exec(t)?.[1]);
    assert.deepEqual([...new Set(errorLines)].sort(), ['5', '6', '7'], 'only the three bad lines are errors');

    await dialog.getByRole('button', { name: 'Load 4 valid rows (3 rejected)' }).click();
    await dialog.waitFor({ state: 'detached' });
    await seen(page.getByText(`${FILE} was added to the views.`), 'the confirmation that the file was added');
  });
});

test('the uploaded rows appear in the table and their countries on the map', async () => {
  await withPage(session, '', 'upload-table-map', async (page) => {
    await uploadAndConfirm(page, await fixtureFile(FILE));
    await organisationsTable(page);
    await rowCountIs(page, `${BUNDLED_ROWS + LOADED.length} of ${BUNDLED_ROWS + LOADED.length} rows`);
    for (const country of LOADED) await seen(main(page).getByRole('cell', { name: country, exact: true }), `${country}'s uploaded row in the table`);

    await openView(page, 'Map', 'Map');
    for (const iso3 of ['UZB', 'KGZ', 'TJK', 'AZE']) {
      const path = main(page).locator(`svg path[data-iso3="${iso3}"]`);
      await seen(path, `${iso3} on the map`);
      const fill = await until(() => path.getAttribute('fill'), (f) => f !== null && !f.startsWith('url('));
      assert.ok(fill !== null && !fill.startsWith('url('), `${iso3} is coloured by its uploaded value (fill ${fill})`);
    }
    await main(page).locator('svg path[data-iso3="UZB"]').hover();
    const tooltip = await page.getByRole('tooltip').innerText();
    assert.match(tooltip, /Uzbekistan/);
    assert.match(tooltip, /more than 310/);
    assert.match(tooltip, /Source: E2E Ministry of Justice register/);
  });
});

test('an upload is still there after a reload (kept in IndexedDB)', async () => {
  await withPage(session, '', 'upload-reload', async (page) => {
    await uploadAndConfirm(page, await fixtureFile(FILE));
    await openView(page, 'Sources', 'Sources');
    await seen(sourceCard(page, FILE), 'the upload on the Sources page before the reload');

    await page.reload();
    await headingBecomes(page, 'Sources');
    const card = sourceCard(page, FILE);
    await seen(card, 'the upload on the Sources page after the reload');
    await seen(card.getByText(/Uploaded/), 'marked as uploaded');
    await seen(card.getByText(/E2E Ministry of Justice register/), 'with the sources its rows cite');

    await organisationsTable(page);
    await rowCountIs(page, `${BUNDLED_ROWS + LOADED.length} of ${BUNDLED_ROWS + LOADED.length} rows`);
    await seen(main(page).getByRole('cell', { name: 'Uzbekistan', exact: true }), 'an uploaded row in the table after the reload');
  });
});

test('Remove on the Sources page takes the upload out of the views, also after a reload', async () => {
  await withPage(session, '', 'upload-remove', async (page) => {
    await uploadAndConfirm(page, await fixtureFile(FILE));
    await openView(page, 'Sources', 'Sources');
    const card = sourceCard(page, FILE);
    await seen(card, 'the upload on the Sources page');
    assert.equal(await sourceCard(page, 'organizations.csv').getByRole('button', { name: /^Remove/ }).count(), 0, 'bundled data has no Remove');

    await card.getByRole('button', { name: `Remove ${FILE}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Yes, remove' }).click();
    await card.waitFor({ state: 'detached' });

    await organisationsTable(page);
    await rowCountIs(page, `${BUNDLED_ROWS} of ${BUNDLED_ROWS} rows`);
    assert.equal(await main(page).getByRole('cell', { name: 'Uzbekistan', exact: true }).count(), 0, 'no uploaded row left');

    await page.reload();
    await headingBecomes(page, 'Table: Organisations');
    await rowCountIs(page, `${BUNDLED_ROWS} of ${BUNDLED_ROWS} rows`);
    await openView(page, 'Sources', 'Sources');
    await seen(sourceCard(page, 'organizations.csv'), 'the bundled file');
    assert.equal(await sourceCard(page, FILE).count(), 0, 'the removed upload does not come back');
  });
});

/** RFC 4180 records of a CSV text (fields may hold quotes, commas and line breaks). */
function parseCsv(text: string): { records: string[][]; allQuoted: boolean } {
  const records: string[][] = [];
  let allQuoted = true;
  let i = 0;
  while (i < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) throw new Error('unterminated quoted field');
          field += text.slice(i, q);
          i = q + 1;
          if (text[i] === '"') { field += '"'; i++; } else break;
        }
      } else {
        allQuoted = false;
        while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') field += text[i++];
      }
      record.push(field);
      if (text[i] === ',') { i++; continue; }
      break;
    }
    if (text.startsWith('\r\n', i)) i += 2;
    else if (i < text.length) throw new Error(`expected CRLF at ${i}, found ${JSON.stringify(text.slice(i, i + 10))}`);
    records.push(record);
  }
  return { records, allQuoted };
}

test('Download CSV of the filtered table: BOM, quoted fields, only the filtered rows, formulas neutralised', async () => {
  await withPage(session, '', 'upload-download', async (page) => {
    await uploadAndConfirm(page, await fixtureFile(FILE));
    await organisationsTable(page);
    await rowCountIs(page, `${BUNDLED_ROWS + LOADED.length} of ${BUNDLED_ROWS + LOADED.length} rows`);
    await main(page).getByRole('searchbox', { name: 'Search all columns' }).fill('E2E');
    await rowCountIs(page, `${LOADED.length} of ${BUNDLED_ROWS + LOADED.length} rows`);

    // Show the Note column too: it holds the @SUM(...) cell.
    await main(page).locator('summary').filter({ hasText: /^Columns$/ }).click();
    await main(page).getByRole('group', { name: 'Columns' }).getByRole('checkbox', { name: 'Note' }).check();

    const downloading = page.waitForEvent('download');
    await main(page).getByRole('button', { name: 'Download CSV' }).click();
    const download = await downloading;
    assert.match(download.suggestedFilename(), /\.csv$/);
    const path = await download.path();
    const bytes = await readFile(path);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark first');
    const text = bytes.toString('utf8').slice(1);
    const { records, allQuoted } = parseCsv(text);
    assert.ok(allQuoted, 'every field is quoted');
    const [header, ...rows] = records;
    assert.ok(header, 'a header line');
    const col = (name: string) => {
      const i = header.indexOf(name);
      assert.ok(i >= 0, `column ${name} in ${header.join(' | ')}`);
      return i;
    };
    assert.equal(rows.length, LOADED.length, `only the ${LOADED.length} filtered rows:\n${text}`);
    const countries = rows.map((r) => r[col('Country')]);
    assert.deepEqual([...countries].sort(), [...LOADED].sort(), 'the uploaded rows, no bundled Kazakhstan row');
    const sources = rows.map((r) => r[col('Source')]);
    assert.ok(sources.includes('E2E Kabar, Bishkek "weekly"'), `a source with a comma and quotes survives quoting: ${sources.join(' | ')}`);
    assert.ok(sources.includes(`'=HYPERLINK("http://evil.example","x")`), `the =HYPERLINK source is neutralised with a leading ': ${sources.join(' | ')}`);
    const notes = rows.map((r) => r[col('Note')]);
    assert.ok(notes.includes("'@SUM(1+1) E2E formula row"), `the @SUM note is neutralised with a leading ': ${notes.join(' | ')}`);
    for (const r of rows) {
      for (const cell of r) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `no cell starts like a formula: ${JSON.stringify(cell)}`);
    }
  });
});

test('a file dropped anywhere on the page opens the same confirmation', async () => {
  await withPage(session, '?view=map', 'upload-drop', async (page) => {
    const csv = (await fixtureFile(FILE)).buffer.toString('utf8');
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      return data;
    }, csv);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await seen(page.getByText('Drop CSV files to load them'), 'the drop overlay while dragging');
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    const dialog = page.getByRole('dialog', { name: 'Load dropped.csv' });
    await seen(dialog, 'the upload dialog for the dropped file');
    assert.equal(await page.getByText('Drop CSV files to load them').count(), 0, 'the overlay is gone after the drop');
    await dialog.getByRole('button', { name: 'Load 4 valid rows (3 rejected)' }).click();
    await dialog.waitFor({ state: 'detached' });
    await chooseDataset(page, 'Organisations');
    await seen(main(page).locator('svg path[data-iso3="UZB"]'), 'the map after the drop');
    const fill = await until(() => main(page).locator('svg path[data-iso3="UZB"]').getAttribute('fill'), (f) => f !== null && !f.startsWith('url('));
    assert.ok(fill !== null && !fill.startsWith('url('), `Uzbekistan coloured by the dropped file (fill ${fill})`);
  });
});

test('several files picked at once are confirmed one after another', async () => {
  await withPage(session, '', 'upload-two-files', async (page) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Upload CSV' }).click();
    await (await chooser).setFiles([await fixtureFile(FILE), await fixtureFile('xss-placements.csv', 'second.csv')]);
    const first = page.getByRole('dialog', { name: `Load ${FILE}` });
    await seen(first.getByText('File 1 of 2'), 'the first of two files');
    await first.getByRole('button', { name: 'Load 4 valid rows (3 rejected)' }).click();
    const second = page.getByRole('dialog', { name: 'Load second.csv' });
    await seen(second.getByText(/^Detected: UN Volunteer placements, 2 rows/), 'the second file after the first');
    await second.getByRole('button', { name: 'Add to the view' }).click();
    await second.waitFor({ state: 'detached' });
    await openView(page, 'Sources', 'Sources');
    await seen(sourceCard(page, FILE), 'the first file on the Sources page');
    await seen(sourceCard(page, 'second.csv'), 'the second file on the Sources page');
  });
});
