// Issue 4, hostile CSV content: names, events, sources, notes and even a file name holding HTML, <script>
// and javascript: URLs are shown as plain text in every view; nothing runs and no javascript: link exists.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { screenshot } from './harness.ts';
import { seen, startSession, until, viewHeading, withPage, type Session } from '../fixtures/e2e/session.ts';
import { fixtureFile, pickFile, uploadAndConfirm, type UploadFile } from '../fixtures/e2e/upload.ts';

let session: Session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.close();
});

// Every payload sets window.__xss if it ever runs (see test/fixtures/e2e/xss-*.csv).
const IMG = '<img src=x onerror=window.__xss=1>';
const SCRIPT = '<script>window.__xss=1</script>';
const LINK = '<a href="javascript:window.__xss=1">click</a>';
const LINK_SOURCE = '<a href="javascript:window.__xss=1">source</a>';

/** An organisations file whose name is a payload and which has no source column, so its name is the source. */
const NAMED_FILE: UploadFile = {
  name: `${IMG}.csv`,
  mimeType: 'text/csv',
  buffer: Buffer.from('country,date,count\nTJK,2025-02,321\n'),
};

const main = (page: Page) => page.getByRole('main');

interface Inspection {
  readonly xss: unknown;
  readonly scripts: number;
  readonly jsLinks: string[];
  readonly jsAttrs: string[];
  readonly handlers: string[];
  readonly injected: number;
}

// Runs in the page; a string, so the test's compiler adds no helpers the page lacks.
const INSPECT = `(() => {
  const squash = (s) => (s || '').replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
  const all = Array.from(document.querySelectorAll('*'));
  const urlAttrs = ['src', 'href', 'action', 'formaction', 'xlink:href', 'data'];
  return {
    xss: window.__xss,
    scripts: Array.from(document.querySelectorAll('script')).filter((s) => (s.textContent || '').includes('__xss')).length,
    jsLinks: Array.from(document.querySelectorAll('a, area'))
      .map((a) => a.getAttribute('href') || a.getAttribute('xlink:href'))
      .filter((href) => squash(href).startsWith('javascript:')),
    jsAttrs: all.flatMap((el) => Array.from(el.attributes)
      .filter((a) => urlAttrs.includes(a.name) && squash(a.value).startsWith('javascript:'))
      .map((a) => el.tagName + '[' + a.name + ']')),
    handlers: all.flatMap((el) => Array.from(el.attributes).filter((a) => a.name.startsWith('on')).map((a) => el.tagName + '[' + a.name + ']')),
    injected: document.querySelectorAll('img[src="x"], main img, main iframe, main object, main embed').length,
  };
})()`;

/** Fails if any payload ran or left live markup behind. */
async function assertInert(page: Page, where: string): Promise<void> {
  const found = (await page.evaluate(INSPECT)) as Inspection;
  assert.equal(found.xss, undefined, `${where}: a payload ran (window.__xss is set)`);
  assert.equal(found.scripts, 0, `${where}: a <script> element holds payload text`);
  assert.deepEqual(found.jsLinks, [], `${where}: links with javascript: URLs`);
  assert.deepEqual(found.jsAttrs, [], `${where}: attributes with javascript: URLs`);
  assert.deepEqual(found.handlers, [], `${where}: inline event handler attributes`);
  assert.equal(found.injected, 0, `${where}: payload elements (img/iframe/object/embed) were created`);
}

/** The payload is on the page as text: a visible element shows it literally. */
async function shownAsText(page: Page, payload: string, where: string): Promise<void> {
  await seen(main(page).getByText(payload), `${where}: "${payload}" shown as text`);
}

/** The payload is in the page as text somewhere (e.g. an SVG <title> of a shortened chart label). */
async function presentAsText(page: Page, payload: string, where: string): Promise<void> {
  const n = await until(() => main(page).getByText(payload).count(), (c) => c > 0);
  assert.ok(n > 0, `${where}: "${payload}" is not in the page as text`);
}

async function openView(page: Page, tab: string, heading: string | RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: tab, exact: true }).click();
  const shown = await until(() => viewHeading(page).innerText(), (h) => (typeof heading === 'string' ? h === heading : heading.test(h)));
  assert.ok(typeof heading === 'string' ? shown === heading : heading.test(shown), `heading of ${tab}: ${shown}`);
}

async function chooseDataset(page: Page, label: string): Promise<void> {
  await page.getByRole('group', { name: 'Dataset' }).getByRole('radio', { name: label, exact: true }).check();
}

test('hostile names, events, sources and file names are plain text in every view', async () => {
  await withPage(session, '', 'xss-upload', async (page) => {
    const failures: string[] = [];
    /** Runs one check, remembering its failure so every view is still visited. */
    const check = async (name: string, body: () => Promise<void>) => {
      try {
        await body();
      } catch (e) {
        failures.push(`${name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        await screenshot(page, `xss-failed-${failures.length}`);
      }
    };

    for (const f of ['xss-events.csv', 'xss-delegates.csv', 'xss-placements.csv']) await uploadAndConfirm(page, await fixtureFile(f));
    const dialog = await pickFile(page, NAMED_FILE);
    await seen(dialog.getByRole('heading', { name: `Load ${IMG}.csv` }), 'the payload file name as the dialog title');
    await assertInert(page, 'upload dialog');
    await dialog.getByRole('button', { name: 'Add to the view' }).click();
    await dialog.waitFor({ state: 'detached' });
    await assertInert(page, 'after uploading');
    // Each upload switched the views to its own dataset; the checks below start from Delegates.
    await chooseDataset(page, 'Delegates');

    // Overview: the latest event is now the uploaded one named like a javascript: link.
    await openView(page, 'Overview', 'Overview');
    await check('overview', async () => {
      await shownAsText(page, LINK, 'overview card of the latest event');
      await shownAsText(page, LINK_SOURCE, 'overview card source');
    });
    await assertInert(page, 'overview');
    await screenshot(page, 'xss-overview');

    await openView(page, 'Map', 'Map');
    await check('map', async () => {
      const picker = main(page).getByRole('combobox', { name: 'Event' });
      await seen(picker, 'the event picker');
      const options = await picker.locator('option').allInnerTexts();
      assert.ok(options.some((o) => o.startsWith(IMG)), `the event named ${IMG} among the options: ${options.join(' | ')}`);
      await picker.selectOption('xss-img');
      await main(page).locator('svg path[data-iso3="UZB"]').hover();
      const tooltip = page.getByRole('tooltip');
      await seen(tooltip.getByText(`${SCRIPT} press`), 'the delegation source in the tooltip');
      await assertInert(page, 'map tooltip');
    });
    await assertInert(page, 'map');
    await screenshot(page, 'xss-map');

    await openView(page, 'Overview', 'Overview');
    await check('overview with the chosen event', async () => {
      await shownAsText(page, IMG, 'overview card of the event chosen on the map');
      await shownAsText(page, `${IMG} report`, 'its source');
    });
    await assertInert(page, 'overview, chosen event');

    await openView(page, 'Charts', 'Charts');
    await check('charts', async () => {
      await presentAsText(page, SCRIPT, 'events compared');
      await presentAsText(page, LINK, 'events compared');
    });
    await assertInert(page, 'charts');
    await screenshot(page, 'xss-charts');

    await openView(page, 'SDGs', /^Sustainable Development Goals/);
    await check('sdg', async () => {
      await seen(main(page).getByText('999', { exact: true }), 'the uploaded SDG 4 figure');
      await presentAsText(page, `${SCRIPT} SDG report`, 'the source of the SDG figures');
    });
    await assertInert(page, 'sdg');
    await screenshot(page, 'xss-sdg');

    await openView(page, 'Country', 'Country profile: Kazakhstan');
    await check('country', async () => {
      await shownAsText(page, IMG, 'the delegation to the uploaded event');
      await shownAsText(page, `${IMG} delegation list`, 'its source');
      await shownAsText(page, `${IMG} national`, 'the uploaded placement source');
    });
    await assertInert(page, 'country');
    await screenshot(page, 'xss-country');

    await openView(page, 'Table', 'Table: Delegates');
    await check('table (delegates)', async () => {
      // The bundled delegations come first and the table draws only the rows in view: search for the uploaded ones.
      const search = main(page).getByRole('searchbox', { name: 'Search all columns' });
      await search.fill('delegation list');
      await shownAsText(page, `${IMG} delegation list`, 'delegates table source cell');
      await search.fill('press');
      await shownAsText(page, `${SCRIPT} press`, 'delegates table source cell');
      await search.fill('');
    });
    await assertInert(page, 'table (delegates)');
    await chooseDataset(page, 'UN Volunteer placements');
    await check('table (placements)', async () => {
      // The bundled rows come first and the table draws only the rows in view: search for the uploaded ones.
      await main(page).getByRole('searchbox', { name: 'Search all columns' }).fill('SDG report');
      await shownAsText(page, `${SCRIPT} SDG report`, 'placements table source cell');
    });
    await assertInert(page, 'table (placements)');
    await chooseDataset(page, 'Organisations');
    await check('table (organisations)', async () => {
      await shownAsText(page, `${IMG}.csv`, 'the file name as the source of a file without one');
    });
    await assertInert(page, 'table (organisations)');
    await screenshot(page, 'xss-table');

    await openView(page, 'Sources', 'Sources');
    await check('sources', async () => {
      await seen(main(page).getByRole('heading', { name: `${IMG}.csv` }), 'the payload file name as a dataset heading');
      await shownAsText(page, `${SCRIPT} news`, 'a cited source');
      await shownAsText(page, LINK_SOURCE, 'a cited source');
    });
    await assertInert(page, 'sources');
    await screenshot(page, 'xss-sources');

    assert.deepEqual(failures, [], 'payloads not shown as text');
  });
});

/** Elements of `selector` whose content is wider than their box (text running out of a card). */
const OVERFLOWING = `((selector) => Array.from(document.querySelectorAll(selector))
  .filter((el) => el.scrollWidth > el.clientWidth + 1)
  .map((el) => (el.querySelector('h3, h2')?.textContent || el.className) + ' (' + el.scrollWidth + ' > ' + el.clientWidth + ')'))`;

/** The innermost elements reaching past `width` (what makes the page scroll sideways). */
const STICKING_OUT = `((width) => Array.from(document.querySelectorAll('main *'))
  .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !Array.from(el.children).some((c) => c.getBoundingClientRect().right > width + 0.5))
  .slice(0, 5)
  .map((el) => '<' + el.tagName.toLowerCase() + (el.className ? ' class=' + el.className : '') + '> "' + (el.textContent || '').slice(0, 60) + '" right=' + Math.round(el.getBoundingClientRect().right)))`;

test('long unbroken uploaded text stays inside its card and the page at 360 px', async () => {
  await withPage(session, '', 'xss-long-text-360', async (page) => {
    await uploadAndConfirm(page, await fixtureFile('xss-events.csv'));
    await uploadAndConfirm(page, await fixtureFile('xss-placements.csv'));
    await shownAsText(page, LINK, 'overview card of the latest event');
    const failures: string[] = [];
    for (const [tab, heading] of [['Overview', 'Overview'], ['Country', 'Country profile: Kazakhstan'], ['Sources', 'Sources']] as const) {
      await openView(page, tab, heading);
      await page.waitForLoadState('networkidle');
      const cards = (await page.evaluate(`${OVERFLOWING}('main .card')`)) as string[];
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (cards.length > 0) failures.push(`${tab}: text overflows cards: ${cards.join('; ')}`);
      if (scrollWidth > 360) {
        const wide = (await page.evaluate(`${STICKING_OUT}(360)`)) as string[];
        failures.push(`${tab}: page scrolls sideways (scrollWidth ${scrollWidth} > 360): ${wide.join('; ')}`);
      }
      await screenshot(page, `xss-long-text-360-${tab.toLowerCase()}`);
    }
    assert.deepEqual(failures, []);
  }, { width: 360, height: 740 });
});
