// Issue 4, uploading a CSV: the load report names each bad line, confirming loads the valid rows into
// the table and the map, the upload survives a reload (IndexedDB), Remove takes it out again, and the
// table's Download CSV holds exactly the filtered rows, safely written. After a load the views show the
// uploaded dataset and a status says so; the dialog works by keyboard alone, at 640 px and in Arabic.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { params, seen, startSession, until, viewHeading, withPage, type Session } from '../fixtures/e2e/session.ts';
import { clickUpload, fixtureFile, pickFile, uploadAndConfirm, type UploadFile } from '../fixtures/e2e/upload.ts';
import { bundledRows } from '../fixtures/e2e/bundledRows.ts';

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
/** Rows of the bundled organizations.csv. */
const BUNDLED_ROWS = bundledRows('organizations');

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
    await seen(page.getByRole('status').filter({ hasText: `Loaded 4 rows from ${FILE} — now showing Volunteer organisations.` }), 'the status saying what was loaded');
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

/** The polite status that says what the last upload brought. */
const loadedStatus = (page: Page) => page.getByRole('status').filter({ hasText: /^Loaded / });

test('a placements file loaded on the Delegates map switches the map to UN Volunteer placements and says so', async () => {
  await withPage(session, '?view=map', 'upload-shows-loaded', async (page) => {
    assert.equal(params(page).get('dataset'), null, 'Delegates before the upload');
    await uploadAndConfirm(page, await fixtureFile('xss-placements.csv', 'unv-2025.csv'));
    await seen(loadedStatus(page).getByText('Loaded 2 rows from unv-2025.csv — now showing UN Volunteer placements.'), 'the status after the load');
    assert.equal(params(page).get('view'), 'map', 'the view stays');
    assert.equal(params(page).get('dataset'), 'placements', 'the dataset is the uploaded one');
    assert.ok(await page.getByRole('group', { name: 'Dataset' }).getByRole('radio', { name: 'UN Volunteer placements', exact: true }).isChecked(), 'the dataset switch shows it');
    await headingBecomes(page, 'Map');

    await page.getByRole('link', { name: 'Open in the table' }).click();
    await headingBecomes(page, 'Table: UN Volunteer placements');
    assert.equal(params(page).get('view'), 'table');
    await main(page).getByRole('searchbox', { name: 'Search all columns' }).fill('SDG report');
    await seen(main(page).getByRole('cell', { name: '999', exact: true }), 'the uploaded world row in the table');
  });
});

test('an events file selects its newest event on the Delegates dataset', async () => {
  await withPage(session, '?view=overview&dataset=organizations', 'upload-shows-event', async (page) => {
    await uploadAndConfirm(page, await fixtureFile('xss-events.csv', 'events-2025.csv'));
    await seen(loadedStatus(page).getByText(/^Loaded 3 events from events-2025\.csv — now showing the delegates of /), 'the status after the load');
    assert.equal(params(page).get('dataset'), null, 'Delegates (the default) is shown');
    assert.equal(params(page).get('event'), 'xss-link', 'the newest event of the file (2025-07-01) is selected');
  });
});

test('a cancelled upload leaves the address and the views as they were', async () => {
  await withPage(session, '?view=map&dataset=organizations', 'upload-cancel-unchanged', async (page) => {
    const before = page.url();
    const dialog = await pickFile(page, await fixtureFile('xss-placements.csv'));
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.equal(page.url(), before);
    assert.equal(await loadedStatus(page).count(), 0, 'nothing announced');
  });
});

/** Presses Enter on the focused Upload button and returns the file chooser it opens. */
async function enterForChooser(page: Page) {
  const chooser = page.waitForEvent('filechooser');
  await page.evaluate(() => 0); // a round trip, so the chooser is intercepted before the key goes down
  await page.keyboard.press('Enter');
  return chooser;
}

/** What has keyboard focus, described for an assertion message. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  return { text: el?.textContent?.trim().slice(0, 60) ?? '', tag: el?.tagName ?? '', inDialog: !!el?.closest('[role="dialog"]'), upload: el?.classList.contains('upload-button') ?? false };
});

test('the upload dialog works without a mouse: Enter opens it, Tab stays inside, Escape closes it back onto the button', async () => {
  await withPage(session, '?view=map', 'upload-keyboard', async (page) => {
    const button = page.getByRole('button', { name: 'Upload CSV' });
    await button.focus();
    await (await enterForChooser(page)).setFiles(await fixtureFile(FILE));
    const dialog = page.getByRole('dialog', { name: `Load ${FILE}` });
    await seen(dialog, 'the dialog opened from the keyboard');
    await seen(dialog.getByRole('button', { name: 'Load 4 valid rows (3 rejected)' }), 'the loaded file');

    const visited = new Set<string>();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      assert.ok(now.inDialog, `Tab ${i + 1} stays in the dialog (focus on ${now.tag} "${now.text}")`);
      visited.add(now.text);
    }
    for (const name of ['Download report (CSV)', 'Load 4 valid rows (3 rejected)', 'Cancel']) assert.ok(visited.has(name), `Tab reaches "${name}": ${[...visited].join(' | ')}`);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal((await focused(page)).upload, true, 'focus is back on the Upload button');
    assert.equal(params(page).get('dataset'), null, 'Escape loaded nothing');

    // Again, after a click on the backdrop left focus on the page: Escape still closes.
    await (await enterForChooser(page)).setFiles(await fixtureFile(FILE));
    await seen(dialog.getByRole('button', { name: 'Load 4 valid rows (3 rejected)' }), 'the dialog again');
    await page.mouse.click(3, 3);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal((await focused(page)).upload, true, 'focus is back on the Upload button after a click outside');

    // And confirming by keyboard: Tab to the Load button, Enter.
    await (await enterForChooser(page)).setFiles(await fixtureFile(FILE));
    await seen(dialog.getByRole('button', { name: 'Load 4 valid rows (3 rejected)' }), 'the dialog a third time');
    for (let i = 0; i < 6 && (await focused(page)).text !== 'Load 4 valid rows (3 rejected)'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await seen(loadedStatus(page), 'the status after a keyboard-only load');
    assert.equal(params(page).get('dataset'), 'organizations');
  });
});

/** Nothing in the dialog sticks out of it, and the page does not scroll sideways. */
async function fits(page: Page, what: string): Promise<void> {
  const boxes = await page.evaluate(() => {
    const dialog = document.querySelector('[role="dialog"]')!;
    const outer = dialog.getBoundingClientRect();
    const out = [...dialog.querySelectorAll('button, select, input, h2, p, li, dl')]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.left < outer.left - 0.5 || r.right > outer.right + 0.5))
      .map(({ el }) => `${el.tagName} "${el.textContent?.slice(0, 40)}"`);
    return { out, page: document.documentElement.scrollWidth, width: innerWidth, dialog: [outer.left, outer.right], scrolls: dialog.scrollWidth > dialog.clientWidth };
  });
  assert.deepEqual(boxes.out, [], `${what}: elements outside the dialog`);
  assert.ok(boxes.page <= boxes.width, `${what}: the page scrolls sideways (${boxes.page} > ${boxes.width})`);
  assert.ok(boxes.dialog[0]! >= 0 && boxes.dialog[1]! <= boxes.width, `${what}: the dialog is inside the window (${boxes.dialog.join('..')})`);
  assert.equal(boxes.scrolls, false, `${what}: the dialog scrolls sideways`);
}

const NARROW = { width: 640, height: 800 };

test('at 640 px in Arabic the dialog fits, reads right to left, and its buttons work', async () => {
  await withPage(session, '?lang=ar&view=map', 'upload-ar-640', async (page) => {
    const pick = async (file: UploadFile) => {
      const chooser = page.waitForEvent('filechooser');
      await clickUpload(page, 'رفع ملف CSV', 'الإعدادات');
      await (await chooser).setFiles(file);
      const dialog = page.getByRole('dialog', { name: new RegExp(`^تحميل .${file.name.replace('.', '\\.')}.$`) });
      await seen(dialog, `the dialog for ${file.name}`);
      return dialog;
    };

    const odd: UploadFile = { name: 'odd.csv', mimeType: 'text/csv', buffer: Buffer.from('foo;bar\n1;2\n') };
    let dialog = await pick(odd);
    await seen(dialog.getByRole('button', { name: 'إعادة المحاولة' }), 'the retry form of a file that could not be read');
    assert.equal(await dialog.evaluate((d) => getComputedStyle(d).direction), 'rtl');
    await fits(page, 'failed file');
    await dialog.getByRole('button', { name: 'إعادة المحاولة' }).click();
    await seen(dialog.getByRole('alert').filter({ hasText: 'جُرّبت هذه الإعدادات للتو' }), '"Try again" with unchanged settings says why nothing happens');
    // One kind control in the dialog (the mapping's); the retry form changes how the file is written.
    assert.equal(await dialog.getByLabel('نوع البيانات').count(), 1);
    await dialog.locator('form.upload-retry').getByLabel('الفاصل').selectOption(';');
    await dialog.getByRole('button', { name: 'إعادة المحاولة' }).click();
    await seen(dialog.getByText(/^السطر 1، /), 'the second attempt, its problem placed with the Arabic comma');
    await dialog.getByRole('button', { name: 'إغلاق' }).click();
    await dialog.waitFor({ state: 'detached' });

    dialog = await pick(await fixtureFile(FILE));
    await seen(dialog.getByText(/^السطر 5، العمود .country.، القيمة /), 'a problem placed with the Arabic comma');
    await fits(page, 'messy file');
    await dialog.getByRole('button', { name: /^تحميل 4 صفوف صالحة/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await seen(page.getByRole('status').filter({ hasText: /^حُمّلت 4 صفوف من / }), 'the Arabic status after the load');
    assert.equal(params(page).get('dataset'), 'organizations');
    const notice = page.locator('.upload-loaded');
    const box = await notice.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= NARROW.width, `the status fits the window: ${JSON.stringify(box)}`);
    await page.getByRole('link', { name: 'فتح في الجدول' }).click();
    await until(async () => params(page).get('view'), (v) => v === 'table');
    assert.equal(params(page).get('view'), 'table');
  }, NARROW);
});
