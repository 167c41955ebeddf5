// Issue 3: every view opens from a link and shows its figures; bad parameters are reported; history works;
// the page fits a 360 px phone and a 1920 px screen. Runs against a production build (E2E_DIST or dist/).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { screenshot } from './harness.ts';
import { params, seen, startSession, until, viewHeading, withPage, type Session } from '../fixtures/e2e/session.ts';
import { bundledRows } from '../fixtures/e2e/bundledRows.ts';

/** Rows of a bundled file, so the table's count is checked against the data rather than a number kept here. */
const DELEGATES = bundledRows('delegates');
const PLACEMENTS = bundledRows('placements');
const ORGANIZATIONS = bundledRows('organizations');

let session: Session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.close();
});

interface ViewCase {
  readonly name: string;
  readonly query: string;
  readonly heading: string | RegExp;
  /** What a reader must see, checked after the heading is shown. */
  readonly check: (page: Page) => Promise<void>;
}

const main = (page: Page) => page.getByRole('main');
const text = (page: Page, value: string | RegExp) => main(page).getByText(value, typeof value === 'string' ? { exact: true } : {});

/** A map country path that is drawn with a value (a solid colour, not the no-data hatching). */
async function mapShowsValueFor(page: Page, iso3: string): Promise<void> {
  const path = main(page).locator(`svg path[data-iso3="${iso3}"]`);
  await seen(path, `map path of ${iso3}`);
  const fill = await until(() => path.getAttribute('fill'), (f) => f !== null && !f.startsWith('url('));
  assert.ok(fill !== null && !fill.startsWith('url('), `${iso3} should be coloured by its value, fill is ${fill}`);
}

const VIEWS: readonly ViewCase[] = [
  {
    name: 'overview',
    query: '?view=overview',
    heading: 'Overview',
    check: async (page) => {
      await seen(text(page, 'more than 450'), 'CICA rally delegates: more than 450');
      await seen(text(page, '21'), 'CICA rally countries: 21');
    },
  },
  {
    name: 'map',
    query: '?view=map',
    heading: 'Map',
    check: async (page) => {
      await seen(main(page).locator('svg path[data-iso3="KAZ"]'), 'Kazakhstan on the map');
      await seen(text(page, 'Took part, count not published'), 'legend entry for delegations without a count');
    },
  },
  {
    name: 'charts',
    query: '?view=charts',
    heading: 'Charts',
    check: async (page) => {
      await seen(text(page, 'more than 450'), 'the CICA rally among the events compared');
      await seen(text(page, 'about 400'), 'the International Volunteer Forum among the events compared');
    },
  },
  {
    name: 'sdg',
    query: '?view=sdg',
    heading: /Sustainable Development Goals/,
    check: async (page) => {
      await seen(text(page, /Peace, Justice/), 'goal 16 by name');
      await seen(text(page, '1,400'), 'goal 16 figure 1,400');
      await seen(text(page, 'Illustrative'), 'the illustrative flag on made-up SDG values');
    },
  },
  {
    name: 'country',
    query: '?view=country&country=KAZ',
    heading: 'Country profile: Kazakhstan',
    check: async (page) => {
      await seen(text(page, 'more than 740'), 'Kazakhstan: more than 740 organisations');
      await seen(text(page, '65'), 'Kazakhstan: 65 national UN Volunteers');
    },
  },
  {
    name: 'table',
    query: '?view=table',
    heading: 'Table: Delegates',
    check: async (page) => {
      await seen(text(page, `${DELEGATES} of ${DELEGATES} rows`), `row count ${DELEGATES} of ${DELEGATES}`);
      await seen(main(page).getByRole('cell', { name: 'Azerbaijan' }), 'a delegation row (Azerbaijan)');
    },
  },
  {
    name: 'sources',
    query: '?view=sources',
    heading: 'Sources',
    check: async (page) => {
      const card = main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'delegates.csv', exact: true }) });
      await seen(card, 'the bundled delegates file');
      assert.match(await card.innerText(), new RegExp(`Rows\\s*:?\\s*${DELEGATES}\\b`), 'its row count');
      await seen(text(page, /UNV Annual Report 2019/), 'a cited source');
    },
  },
  {
    name: 'placements-map',
    query: '?view=map&dataset=placements&metric=national',
    heading: 'Map',
    check: async (page) => {
      await mapShowsValueFor(page, 'KAZ');
    },
  },
  {
    name: 'placements-charts',
    query: '?view=charts&dataset=placements',
    heading: 'Charts',
    check: async (page) => {
      await seen(main(page).getByRole('heading', { name: /National and international UN Volunteers/ }), 'the national/international chart');
    },
  },
  {
    name: 'placements-table',
    query: '?view=table&dataset=placements',
    heading: 'Table: UN Volunteer placements',
    check: async (page) => {
      await seen(text(page, `${PLACEMENTS} of ${PLACEMENTS} rows`), `row count ${PLACEMENTS} of ${PLACEMENTS}`);
    },
  },
  {
    name: 'organizations-map',
    query: '?view=map&dataset=organizations',
    heading: 'Map',
    check: async (page) => {
      await mapShowsValueFor(page, 'KAZ');
      await main(page).locator('svg path[data-iso3="KAZ"]').hover();
      await seen(page.getByRole('tooltip').getByText('more than 740', { exact: true }), 'Kazakhstan\'s latest figure in the tooltip');
    },
  },
  {
    name: 'organizations-charts',
    query: '?view=charts&dataset=organizations',
    heading: 'Charts',
    check: async (page) => {
      await seen(text(page, 'more than 740'), 'Kazakhstan: more than 740 organisations');
    },
  },
  {
    name: 'organizations-table',
    query: '?view=table&dataset=organizations',
    heading: 'Table: Organisations',
    check: async (page) => {
      await seen(text(page, `${ORGANIZATIONS} of ${ORGANIZATIONS} rows`), `row count ${ORGANIZATIONS} of ${ORGANIZATIONS}`);
    },
  },
];

async function headingIs(page: Page, heading: string | RegExp): Promise<void> {
  const shown = await until(() => viewHeading(page).innerText(), (h) => (typeof heading === 'string' ? h === heading : heading.test(h)));
  assert.ok(typeof heading === 'string' ? shown === heading : heading.test(shown), `view heading: expected ${heading}, got "${shown}"`);
}

describe('every view opens from its URL', () => {
  for (const v of VIEWS) {
    test(`${v.name} (${v.query})`, async () => {
      await withPage(session, v.query, `views-${v.name}`, async (page) => {
        await headingIs(page, v.heading);
        await v.check(page);
      });
    });
  }
});

test('the overview shows the CICA rally figures, each card with a visible source', async () => {
  await withPage(session, '', 'views-overview-cards', async (page) => {
    const cards = main(page).getByRole('article');
    const card = (label: RegExp) => cards.filter({ has: page.getByRole('heading', { name: label }) });
    await seen(card(/^Delegates at Rally of CICA volunteer movement leaders/).getByText('more than 450', { exact: true }), 'delegates card: more than 450');
    await seen(card(/^Countries at Rally of CICA volunteer movement leaders/).getByText('21', { exact: true }), 'countries card: 21');
    const count = await cards.count();
    assert.ok(count >= 6, `expected the six key figure cards, found ${count}`);
    for (let i = 0; i < count; i++) {
      const label = await cards.nth(i).getByRole('heading').innerText();
      await seen(cards.nth(i).getByText(/^Source: \S/), `a source under the card "${label}"`);
    }
  });
});

test('an invalid parameter shows a dismissible notice naming it, and the view still works', async () => {
  await withPage(session, '?year=abc', 'views-invalid-param', async (page) => {
    const notice = page.getByRole('status').filter({ hasText: 'year=abc' });
    await seen(notice, 'a notice naming year=abc');
    await seen(notice.getByText(/year/), 'the notice explains what a year looks like');
    await seen(text(page, 'more than 450'), 'the overview figures below the notice');
    assert.equal(params(page).get('year'), null, 'the ignored parameter is dropped from the address');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await until(() => page.getByText('year=abc').count(), (n) => n === 0);
    assert.equal(await page.getByText('year=abc').count(), 0, 'the notice is gone after Dismiss');
  });
});

test('an unknown country code is reported and the profile falls back to the default country', async () => {
  await withPage(session, '?view=country&country=XYZ&colour=red', 'views-unknown-country', async (page) => {
    const notice = page.getByRole('status').filter({ hasText: 'Some link parameters were ignored' });
    await seen(notice.getByText(/country=XYZ/), 'the notice names country=XYZ');
    await seen(notice.getByText(/colour=red/), 'the notice names the unknown parameter colour');
    await headingIs(page, 'Country profile: Kazakhstan');
    assert.equal(params(page).get('colour'), null, 'the unknown parameter leaves the address');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await until(() => page.getByText('country=XYZ').count(), (n) => n === 0);
    assert.equal(await page.getByText('country=XYZ').count(), 0, 'the notice is gone after Dismiss');
  });
});

test('Back and Forward move between views', async () => {
  await withPage(session, '', 'views-history', async (page) => {
    const nav = page.getByRole('navigation', { name: 'Views' });
    await headingIs(page, 'Overview');
    await nav.getByRole('link', { name: 'Map' }).click();
    await headingIs(page, 'Map');
    assert.equal(params(page).get('view'), 'map');
    await nav.getByRole('link', { name: 'Country' }).click();
    await headingIs(page, 'Country profile: Kazakhstan');
    assert.equal(params(page).get('view'), 'country');

    await page.goBack();
    await headingIs(page, 'Map');
    assert.equal(params(page).get('view'), 'map');
    assert.equal(await nav.getByRole('link', { name: 'Map' }).getAttribute('aria-current'), 'page', 'the tab follows Back');
    await page.goBack();
    await headingIs(page, 'Overview');
    await seen(text(page, 'more than 450'), 'overview figures after Back');
    await page.goForward();
    await headingIs(page, 'Map');
    await page.goForward();
    await headingIs(page, 'Country profile: Kazakhstan');
  });
});

/** Width of the page's content beyond the viewport, and which elements stick out (for the message). */
async function overflow(page: Page, width: number): Promise<{ scrollWidth: number; wide: string[] }> {
  return page.evaluate((w) => {
    const wide: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.right > w + 0.5 && r.width > 0) {
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : '';
        wide.push(`${el.tagName.toLowerCase()}${id}${cls} right=${Math.round(r.right)}`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 8) };
  }, width);
}

async function everyViewFits(width: number, height: number): Promise<void> {
  await withPage(session, '', `views-${width}`, async (page) => {
    const failures: string[] = [];
    for (const v of VIEWS) {
      await page.goto(session.url + v.query);
      await headingIs(page, v.heading);
      await v.check(page);
      await page.waitForLoadState('networkidle');
      const { scrollWidth, wide } = await overflow(page, width);
      if (scrollWidth > width) failures.push(`${v.name}: scrollWidth ${scrollWidth} > ${width} (${wide.join(', ')})`);
      await screenshot(page, `views-${width}-${v.name}`);
    }
    assert.deepEqual(failures, [], `horizontal scroll at ${width} px`);
  }, { width, height });
}

test('every view works at 360 px wide without horizontal scrolling', async () => {
  await everyViewFits(360, 740);
});

test('every view works at 1920 px wide', async () => {
  await everyViewFits(1920, 1080);
});
