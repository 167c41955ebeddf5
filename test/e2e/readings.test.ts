// Issue 12, files as they are published, through the Upload button: an OWID download, a World Bank-style
// wide file with metadata lines above its header, a Parquet file and an Excel workbook. The proposed
// reading is accepted with one click and the figures show in the table and on the map.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Page } from 'playwright-core';
import { seen, startSession, until, viewHeading, withPage, type Session } from '../fixtures/e2e/session.ts';
import { pickFile, type UploadFile } from '../fixtures/e2e/upload.ts';
import { xlsx } from '../fixtures/xlsx.ts';

let session: Session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.close();
});

const main = (page: Page) => page.getByRole('main');
const csvFile = (name: string, text: string): UploadFile => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

async function openView(page: Page, tab: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: tab, exact: true }).click();
  const shown = await until(() => viewHeading(page).innerText(), (h) => h === heading);
  assert.equal(shown, heading, 'view heading');
}

async function acceptAndCheck(page: Page, file: UploadFile, words: RegExp, tableHeading: string, cells: readonly string[], iso3s: readonly string[], sheet?: string, detected?: RegExp): Promise<void> {
  const dialog = await pickFile(page, file);
  if (sheet !== undefined) await seen(dialog.getByText(`Sheet: ${sheet}`, { exact: true }), `the sheet proposed in ${file.name}`);
  if (detected !== undefined) await seen(dialog.getByText(detected), `what ${file.name} was detected as`);
  await seen(dialog.getByText(words), `how ${file.name} is read, in words`);
  await dialog.getByRole('button', { name: /^(Add to the view|Load \d+ valid rows?)/ }).click();
  await dialog.waitFor({ state: 'detached' });
  await openView(page, 'Table', tableHeading);
  // The bundled rows are there too: find each uploaded value as a reader would, with the table's search.
  const search = main(page).getByLabel('Search all columns');
  for (const cell of cells) {
    await search.fill(cell);
    await seen(main(page).getByRole('cell', { name: cell, exact: true }).first(), `"${cell}" in the table`);
  }
  await search.fill('');
  await openView(page, 'Map', 'Map');
  for (const iso3 of iso3s) {
    const path = main(page).locator(`svg path[data-iso3="${iso3}"]`);
    await seen(path, `${iso3} on the map`);
    const fill = await until(() => path.getAttribute('fill'), (f) => f !== null && !f.startsWith('url('));
    assert.ok(fill !== null && !fill.startsWith('url('), `${iso3} is coloured by its value (fill ${fill})`);
  }
}

test('an Our World in Data download loads as an indicator, in the table and on the map', async () => {
  await withPage(session, '', 'readings-owid', async (page) => {
    const owid = csvFile('volunteering-owid.csv', 'Entity,Code,Year,Share who volunteered (%)\nUzbekistan,UZB,2021,12.5\nKyrgyzstan,KGZ,2021,8.25\n');
    await acceptAndCheck(page, owid, /Entity → country \(where the code is empty\); Code → country; Year → year; Share who volunteered \(%\) → value/,
      'Table: Indicators', ['Share who volunteered (%)', 'Uzbekistan'], ['UZB', 'KGZ']);
    await main(page).locator('svg path[data-iso3="UZB"]').hover();
    assert.match(await page.getByRole('tooltip').innerText(), /12\.5%/, 'the value with its unit');
  });
});

test('a wide file with metadata lines above the header loads one figure per country and year', async () => {
  await withPage(session, '', 'readings-wide', async (page) => {
    const wide = csvFile('wb-volunteers.csv', [
      '"Data Source","E2E Development Indicators",',
      '',
      '"Last Updated Date","2025-01-31",',
      '',
      '"Country Name","Country Code","Indicator Name","Indicator Code","2022","2023",',
      '"Tajikistan","TJK","Registered volunteers (per 1,000 people)","E2E.VOL","3.5","4",',
      '"Mongolia","MNG","Registered volunteers (per 1,000 people)","E2E.VOL","","6.75",',
    ].join('\n'));
    const dialog = await pickFile(page, wide);
    await seen(dialog.getByText(/Header row: line 5\./), 'the header found below the metadata lines');
    await seen(dialog.getByText(/Lines 1-3 above the header are titles or notes/), 'the skipped lines listed');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await acceptAndCheck(page, wide, /2022 → figures of 2022; 2023 → figures of 2023/, 'Table: Indicators', ['Tajikistan', 'Mongolia'], ['TJK', 'MNG']);
  });
});

test('a Parquet file loads like a CSV', async () => {
  await withPage(session, '', 'readings-parquet', async (page) => {
    const buffer = Buffer.from(parquetWriteBuffer({
      columnData: [
        { name: 'country', data: ['Armenia', 'Georgia'], type: 'STRING' },
        { name: 'year', data: [2024, 2024], type: 'INT32' },
        { name: 'organisations', data: [120, 95], type: 'INT32' },
      ],
    }));
    await acceptAndCheck(page, { name: 'registers.parquet', mimeType: 'application/octet-stream', buffer },
      /country → country; year → date; organisations → count/, 'Table: Organisations', ['Armenia', 'Georgia'], ['ARM', 'GEO'],
      undefined, /^Detected: .*, 2 rows, Parquet file$/);
  });
});

test('an .xlsx with a title row and two sheets loads its table sheet', async () => {
  await withPage(session, '', 'readings-xlsx', async (page) => {
    const buffer = Buffer.from(xlsx([
      { name: 'About', rows: [['Volunteer organisations in two registers, compiled for the dashboard']] },
      {
        name: 'Registers 2024',
        rows: [
          ['Registered volunteer organisations'],
          ['country', 'date', 'organisations'],
          ['Azerbaijan', { date: '2024-01-01' }, 140],
          ['Mongolia', { date: '2023-12-31' }, { formula: '80+8', cached: 88 }],
        ],
      },
    ]));
    const workbook = { name: 'registers.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer };
    await acceptAndCheck(page, workbook, /country → country; date → date; organisations → count/, 'Table: Organisations',
      ['Azerbaijan', 'Mongolia', '88'], ['AZE', 'MNG'], 'Registers 2024', /^Detected: .*, 2 rows, Excel workbook, sheet “Registers 2024”$/);
  });
});
