// Presentation mode (issue 9): the deck by keyboard at projector sizes, RTL, Esc, the reader's own deck,
// PowerPoint and print downloads, and axe on the deck and its editor in every language.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { openPage, screenshot } from './harness.ts';
import { startSession, until, type Session } from '../fixtures/e2e/session.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let session: Session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.close();
});

const current = (page: Page) => page.locator('.slide[aria-current="step"]');

/** Opens the deck and waits until every slide has drawn (no skeleton, the map's shapes loaded). */
async function openDeck(query: string, viewport: { width: number; height: number }) {
  const watched = await openPage(session.browser, `${session.url}?view=present${query}`, viewport);
  watched.page.setDefaultTimeout(15_000);
  await current(watched.page).waitFor();
  await watched.page.waitForLoadState('networkidle');
  await watched.page.waitForFunction(() => document.querySelectorAll('.slide .skeleton').length === 0
    && document.querySelector('.slide[data-slide="map"] svg.world-map') !== null);
  // A slide whose sources need more room redraws its chart smaller once (the map takes a moment): wait for it.
  await watched.page.waitForFunction(() => [...document.querySelectorAll('.slide__body')].every((body) => {
    const bottom = body.getBoundingClientRect().bottom;
    return [...body.querySelectorAll(':not(svg *)')].every((el) => el.getBoundingClientRect().bottom <= bottom + 1);
  }), undefined, { timeout: 5_000 }).catch(() => undefined);
  return watched;
}

/** What the reader sees of the current slide: counter, overflow, source line, headline size. */
async function inspectSlide(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector('.slide[aria-current="step"]') as HTMLElement;
    const body = slide.querySelector('.slide__body') as HTMLElement;
    const stage = slide.querySelector('.slide__stage') as HTMLElement;
    const rect = slide.getBoundingClientRect();
    const spill: string[] = [];
    const bodyRect = body.getBoundingClientRect();
    for (const el of body.querySelectorAll<HTMLElement>('h3, p, svg, li, .chart-sources, .card-grid')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || el.closest('.visually-hidden, [hidden], .chart-summary')) continue;
      if (r.bottom > bodyRect.bottom + 1 || r.right > bodyRect.right + 1 || r.left < bodyRect.left - 1) {
        spill.push(`${el.tagName}.${el.getAttribute('class') ?? ''} "${(el.textContent ?? '').slice(0, 30)}" [${Math.round(r.left)}..${Math.round(r.right)}, ${Math.round(r.bottom)}] in [${Math.round(bodyRect.left)}..${Math.round(bodyRect.right)}, ${Math.round(bodyRect.bottom)}]`);
      }
    }
    const source = [...slide.querySelectorAll<HTMLElement>('.source-note')].find((n) => n.getBoundingClientRect().height > 0);
    const value = slide.querySelector('.key-figure__value');
    return {
      item: slide.dataset.slide ?? '',
      counter: (document.querySelector('.deck__counter [aria-hidden]')?.textContent ?? '').trim(),
      inViewport: rect.left >= -1 && rect.top >= -1 && rect.right <= innerWidth + 1 && rect.bottom <= innerHeight + 1,
      fills: Math.max(rect.width / innerWidth, rect.height / innerHeight) > 0.99,
      bodyScrolls: body.scrollHeight > body.clientHeight + 1 || stage.scrollWidth > stage.clientWidth + 1,
      spill,
      source: source?.textContent ?? null,
      valueShare: value ? value.getBoundingClientRect().height / rect.height : null,
    };
  });
}

for (const viewport of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
  test(`the default deck by keyboard at ${viewport.width}x${viewport.height}: no overflow, a source on every slide`, async () => {
    const { page, context, problems } = await openDeck('', viewport);
    const count = await page.locator('.slide').count();
    assert.equal(count, 7, 'delegates: 2 key figures, map, ranking, national/international, years, SDG grid');
    const seen: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const s = await inspectSlide(page);
      seen.push(s.item);
      assert.equal(s.counter, `${i + 1} / ${count}`);
      assert.ok(s.inViewport && s.fills, `${s.item}: the slide fills the screen`);
      assert.ok(!s.bodyScrolls, `${s.item}: the slide's content is taller or wider than the slide`);
      assert.deepEqual(s.spill, [], `${s.item}: spills out of the slide`);
      assert.match(s.source ?? '', /^Source: .+/, `${s.item}: a source line`);
      if (s.item.startsWith('figure-')) assert.ok((s.valueShare ?? 0) >= 0.12, `${s.item}: headline ${s.valueShare} of the slide height`);
      await page.keyboard.press(['ArrowRight', 'PageDown', ' '][i % 3] as string);
    }
    assert.deepEqual(seen, ['figure-delegates', 'figure-countries', 'map', 'ranked', 'national-international', 'years', 'sdg-grid']);
    assert.equal((await inspectSlide(page)).counter, `${count} / ${count}`, 'next on the last slide stays there');
    await page.keyboard.press('Home');
    assert.equal((await inspectSlide(page)).counter, `1 / ${count}`);
    await page.keyboard.press('End');
    assert.equal((await inspectSlide(page)).counter, `${count} / ${count}`);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    assert.equal((await inspectSlide(page)).counter, `${count - 2} / ${count}`);
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
    assert.equal((await inspectSlide(page)).item, 'map', 'a number then Enter jumps');
    await page.keyboard.press('n');
    const notes = page.getByRole('complementary', { name: 'Speaker notes' });
    assert.match(await notes.innerText(), /Speaker notes\s+\S+/, 'N shows the slide\'s summary');
    await page.keyboard.press('n');
    assert.equal(await notes.count(), 0);
    await screenshot(page, `present-${viewport.width}x${viewport.height}`);
    await context.close();
    assert.deepEqual(problems, []);
  });
}

test('an Arabic deck is right to left, with its sources in Arabic', async () => {
  const { page, context, problems } = await openDeck('&lang=ar&dataset=placements', { width: 1920, height: 1080 });
  assert.equal(await page.locator('.deck').getAttribute('dir'), 'rtl');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  const count = await page.locator('.slide').count();
  for (let i = 0; i < count; i += 1) {
    const s = await inspectSlide(page);
    assert.match(s.source ?? '', /^المصدر/, `${s.item}: an Arabic source line`);
    assert.deepEqual(s.spill, [], `${s.item}: spills out of the slide`);
    // The slide's text starts at the right.
    const align = await current(page).locator('h3').first().evaluate((h) => getComputedStyle(h).direction);
    assert.equal(align, 'rtl');
    await page.keyboard.press('ArrowRight');
  }
  await screenshot(page, 'present-ar');
  await context.close();
  assert.deepEqual(problems, []);
});

test('on a 4K projector the slide counter is large enough to read', async () => {
  const { page, context, problems } = await openPage(session.browser, `${session.url}?view=present&slides=figure-world~years`, { width: 3840, height: 2160 });
  await current(page).waitFor();
  const counter = page.locator('.deck__counter');
  const { size, height } = await counter.evaluate((c) => ({ size: parseFloat(getComputedStyle(c).fontSize), height: c.getBoundingClientRect().height }));
  assert.ok(size >= 28, `counter text ${size}px at 2160 px high`);
  assert.ok(height >= 2160 * 0.018, `counter box ${height}px high`);
  assert.equal((await counter.locator('[aria-hidden="true"]').innerText()).trim(), '1 / 2');
  await context.close();
  assert.deepEqual(problems, []);
});

for (const [lang, forward, back] of [['en', -300, 300], ['ar', 300, -300]] as const) {
  test(`a swipe on a tablet turns the slide, forward towards the reading start (${lang})`, async () => {
    const context = await session.browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${session.url}?view=present&lang=${lang}&slides=figure-world~years~ranked`);
    await current(page).waitFor();
    const cdp = await context.newCDPSession(page);
    const swipe = async (dx: number) => {
      const [x, y] = [512 - dx / 2, 380];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let i = 1; i <= 5; i += 1) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 5, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(forward);
    assert.equal(await until(() => current(page).getAttribute('data-slide'), (v) => v === 'years'), 'years', 'a swipe forward shows the next slide');
    await swipe(forward);
    assert.equal(await until(() => current(page).getAttribute('data-slide'), (v) => v === 'ranked'), 'ranked');
    await swipe(back);
    assert.equal(await until(() => current(page).getAttribute('data-slide'), (v) => v === 'years'), 'years', 'a swipe back shows the previous one');
    await swipe(forward / 10);
    await page.waitForTimeout(300);
    assert.equal(await current(page).getAttribute('data-slide'), 'years', 'a short slide of the finger is not a swipe');
    await context.close();
  });
}

test('Esc returns to the view the deck was opened from; a deck link leaves to the overview', async () => {
  const { page, context, problems } = await openPage(session.browser, `${session.url}?view=map&dataset=placements`);
  await page.getByRole('button', { name: /^Presentation/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Present', exact: true }).click();
  await current(page).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('view'), 'present');
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await until(async () => new URL(page.url()).searchParams.get('view'), (v) => v === 'map');
  assert.equal(new URL(page.url()).searchParams.get('view'), 'map');
  assert.equal(new URL(page.url()).searchParams.get('dataset'), 'placements');
  await page.goto(`${session.url}?view=present`);
  await current(page).waitFor();
  await page.keyboard.press('Escape');
  await until(async () => new URL(page.url()).searchParams.get('view'), (v) => v === null);
  assert.equal(new URL(page.url()).searchParams.get('view'), null, 'the overview has no view= parameter');
  await context.close();
  assert.deepEqual(problems, []);
});

test('Add to presentation on four panels builds a deck in the link and this browser; the editor reorders and removes', async () => {
  const { page, context, problems } = await openPage(session.browser, `${session.url}?view=charts&dataset=placements`);
  const add = page.getByRole('button', { name: 'Add to presentation' });
  await add.first().waitFor();
  const panels = await add.count();
  assert.ok(panels >= 3, `an Add button on every chart panel (${panels})`);
  for (let i = 0; i < 3; i += 1) await add.nth(i).click();
  await page.getByRole('link', { name: 'Overview' }).click();
  await page.locator('.key-figure').first().waitFor();
  const cards = page.locator('.key-figure');
  assert.equal(await cards.getByRole('button', { name: 'Add to presentation' }).count(), await cards.count(), 'every key-figure card');
  await page.locator('.key-figure[data-figure-key="world"]').getByRole('button', { name: 'Add to presentation' }).click();
  const slides = await until(async () => new URL(page.url()).searchParams.get('slides'), (v) => (v ?? '').split('~').length === 4);
  assert.match(slides ?? '', /^[a-z-]+~[a-z-]+~[a-z-]+~figure-world$/);
  assert.equal(await page.evaluate(() => localStorage.getItem('volunteer-dashboard.slides')), slides);

  // The editor: move the last slide to the top by keyboard, remove the second.
  await page.getByRole('button', { name: 'Presentation (4 slides)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presentation slides' });
  const items = (slides ?? '').split('~');
  for (let i = 0; i < 3; i += 1) {
    const up = dialog.getByRole('button', { name: /^Move up: Key figure: UN Volunteers worldwide/ });
    await up.focus();
    await page.keyboard.press('Enter');
  }
  await until(async () => new URL(page.url()).searchParams.get('slides'), (v) => (v ?? '').startsWith('figure-world'));
  await dialog.getByRole('button', { name: /^Remove: / }).nth(1).click();
  const edited = ['figure-world', items[1], items[2]].join('~');
  assert.equal(await until(async () => new URL(page.url()).searchParams.get('slides'), (v) => v === edited), edited);
  // Drag the last slide onto the first.
  const rows = dialog.locator('.deck-editor__item');
  await rows.nth(2).dragTo(rows.nth(0));
  const dragged = [items[2], 'figure-world', items[1]].join('~');
  assert.equal(await until(async () => new URL(page.url()).searchParams.get('slides'), (v) => v === dragged), dragged);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // A later visit without slides= gets the stored deck; a shared link opens its own deck.
  await page.goto(`${session.url}?view=present`);
  await current(page).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('slides'), dragged);
  assert.equal(await page.locator('.slide').count(), 3);
  const other = await session.browser.newContext();
  const shared = await other.newPage();
  await shared.goto(page.url());
  await current(shared).waitFor();
  assert.deepEqual(await shared.locator('.slide').evaluateAll((s) => s.map((e) => (e as HTMLElement).dataset.slide)), dragged.split('~'));
  await other.close();

  // Reset to default.
  await page.goto(`${session.url}?view=overview`);
  await page.getByRole('button', { name: /^Presentation/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset to default' }).click();
  await until(async () => new URL(page.url()).searchParams.get('slides'), (v) => v === null);
  assert.equal(await page.evaluate(() => localStorage.getItem('volunteer-dashboard.slides')), null);
  await context.close();
  assert.deepEqual(problems, []);
});

test('an unknown slide in a link is dropped with a notice', async () => {
  const { page, context } = await openPage(session.browser, `${session.url}?view=present&slides=map~pie~years`);
  await current(page).waitFor();
  assert.equal(await page.locator('.slide').count(), 2);
  assert.match(await page.locator('.ignored-notice-region').innerText(), /slides=pie/);
  await context.close();
});

function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

for (const [where, lang, source] of [['presentation mode', 'en', 'Source'], ['the deck editor', 'ar', 'المصدر']] as const) {
  test(`Download slides (.pptx) from ${where}: one slide per deck item, with its title and source (${lang})${where === 'presentation mode' ? ', the map with its legend' : ', even when the editor is closed meanwhile'}`, async () => {
    const deck = 'figure-world~map~ranked~years';
    const presenting = where === 'presentation mode';
    const { page, context, problems } = presenting
      ? await openDeck(`&lang=${lang}&dataset=placements&slides=${deck}`, { width: 1280, height: 720 })
      : await openPage(session.browser, `${session.url}?lang=${lang}&dataset=placements&slides=${deck}`);
    page.setDefaultTimeout(20_000);
    let titles: string[] = [];
    let mapShape = 0;
    if (presenting) {
      titles = await page.locator('.slide').evaluateAll((slides) => slides.map((s) => (s.querySelector('h3')?.textContent ?? '').trim()));
      const map = page.locator('.slide[data-slide="map"] svg.world-map');
      await map.waitFor({ state: 'attached' });
      mapShape = await map.evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.height / (svg as SVGSVGElement).viewBox.baseVal.width);
      await page.locator('.deck__toolbar').hover();
    } else {
      await page.getByRole('button', { name: /^العرض التقديمي/ }).click();
    }
    const downloading = page.waitForEvent('download', { timeout: 30_000 });
    await page.getByRole('button', { name: presenting ? 'Download slides (.pptx)' : 'تنزيل الشرائح (.pptx)' }).click();
    // Closing the editor while the file is being built does not cancel it.
    if (!presenting) await page.getByRole('dialog').getByRole('button', { name: 'إغلاق' }).click();
    const download = await downloading;
    assert.match(download.suggestedFilename(), /\.pptx$/);
    const files = unzipSync(new Uint8Array(await readFile(await download.path())));
    const slideXml = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
      .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0])).map((f) => strFromU8(files[f] as Uint8Array));
    assert.equal(slideXml.length, deck.split('~').length);
    slideXml.forEach((xml, i) => {
      assert.ok(xml.includes(source), `slide ${i + 1} names its source`);
      if (titles[i]) assert.ok(xml.includes(xmlText(titles[i] as string)), `slide ${i + 1} holds its title "${titles[i]}"`);
      if (lang === 'ar') assert.match(xml, /rtl="1"/, `slide ${i + 1} has right-to-left paragraphs`);
    });
    assert.ok(slideXml.slice(1).every((xml) => xml.includes('<p:pic>')), 'each chart slide holds its chart as an image');
    if (presenting) {
      // The map's picture carries its legend under the map: taller for its width than the map alone.
      const rels = strFromU8(files['ppt/slides/_rels/slide2.xml.rels'] as Uint8Array);
      const media = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)?.[1];
      const png = files[`ppt/media/${media}`] as Uint8Array;
      const view = new DataView(png.buffer, png.byteOffset);
      const shape = view.getUint32(20) / view.getUint32(16);
      assert.ok(shape > mapShape * 1.08, `the map slide's picture (height/width ${shape.toFixed(3)}) has room for a legend under the map (${mapShape.toFixed(3)})`);
    }
    const notes = Object.keys(files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
    assert.equal(notes.length, slideXml.length, 'speaker notes on every slide');
    await context.close();
    assert.deepEqual(problems, []);
  });
}

test('printing the deck gives one landscape page per slide; printing a view keeps sources and drops controls', async () => {
  const { page, context, problems } = await openDeck('&dataset=placements', { width: 1280, height: 720 });
  const count = await page.locator('.slide').count();
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  assert.equal(pages, count);
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  assert.ok(box && Number(box[1]) > Number(box[2]), 'landscape pages');
  assert.equal(await page.locator('.deck__toolbar').isVisible(), false);

  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${session.url}?view=charts&dataset=placements`);
  await page.locator('.chart-panel svg').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() => ({
    controls: [...document.querySelectorAll('button, select, nav')].filter((b) => (b as HTMLElement).offsetParent !== null).length,
    sources: [...document.querySelectorAll('.source-note')].filter((s) => (s as HTMLElement).offsetParent !== null).length,
  }));
  assert.equal(hidden.controls, 0, 'no control or navigation on paper');
  assert.ok(hidden.sources > 0, 'sources are printed');
  await context.close();
  assert.deepEqual(problems, []);
});

interface AxeViolation { id: string; help: string; nodes: { target: unknown[] }[] }
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: AxeViolation[] }> } }).axe.run;
    return (await run(document)).violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
  return found;
}

for (const lang of ['en', 'ar', 'ru', 'kk'] as const) {
  test(`axe finds nothing on the presentation and the deck editor, ${lang}`, async () => {
    const { page, context } = await openDeck(`&lang=${lang}`, { width: 1280, height: 720 });
    const report = (await axe(page)).map((v) => `present: ${v}`);
    await page.keyboard.press('n');
    report.push(...(await axe(page)).map((v) => `notes: ${v}`));
    await page.goto(`${session.url}?lang=${lang}`);
    await page.locator('.deck-controls button').first().click();
    await page.getByRole('dialog').waitFor();
    report.push(...(await axe(page)).map((v) => `editor: ${v}`));
    await context.close();
    if (report.length > 0) assert.fail(`axe violations (${lang}):\n${report.join('\n')}`);
  });
}
