// The "Embed" button on a chart panel: a modal dialog with choices, a live preview and two snippets to copy;
// by keyboard alone, in Arabic too.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, withPage, type Session } from '../fixtures/e2e/session.ts';

let session: Session;
before(async () => { session = await startSession(); });
after(async () => { await session?.close(); });

test('Embed on a chart: choices change the snippets, the preview draws, copy works, Escape closes and gives focus back', async () => {
  await withPage(session, '?view=charts&dataset=placements', 'embed-dialog', async (page) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const button = page.locator('[data-chart-id="years"]').getByRole('button', { name: /^Embed/ });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Embed this chart/ });
    await dialog.waitFor();
    assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus moves into the dialog');

    const plain = dialog.getByRole('textbox', { name: 'Responsive iframe' });
    const resizing = dialog.getByRole('textbox', { name: 'Iframe that fits its chart' });
    assert.match(await plain.inputValue(), /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?chart=years&amp;dataset=placements" title="UN Volunteers over the years: volunteering statistics" width="100%" height="\d+" frameborder="0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"><\/iframe>$/);
    assert.match(await resizing.inputValue(), /data-volunteer-dashboard><\/iframe>\n<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/);

    await dialog.getByLabel('Language').selectOption('ar');
    await dialog.getByLabel('Theme').selectOption('dark');
    await dialog.getByLabel('Show the title').uncheck();
    await page.waitForFunction(() => /متطوعو الأمم المتحدة عبر السنين/.test((document.querySelector('.embed-dialog textarea') as HTMLTextAreaElement).value));
    const arabic = await plain.inputValue();
    assert.match(arabic, /chart=years&amp;theme=dark&amp;title=0&amp;dataset=placements&amp;lang=ar"/);

    // The preview is the embed itself, at the chosen width, grown to its chart's height.
    await dialog.getByLabel('Preview width').selectOption('400');
    const frame = dialog.locator('iframe');
    assert.equal(await frame.getAttribute('width'), '400');
    await page.frameLocator('.embed-dialog iframe').locator('[data-chart-id="years"] svg').first().waitFor();
    await page.waitForFunction(() => (document.querySelector('.embed-dialog iframe') as HTMLIFrameElement).getBoundingClientRect().height > 320);

    await dialog.getByRole('button', { name: 'Copy' }).first().click();
    await dialog.getByText('Copied to the clipboard.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), arabic);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.ok(await button.evaluate((b) => b === document.activeElement), 'focus returns to the Embed button');
  });
});

test('the Embed dialog in Arabic is right to left and traps Tab', async () => {
  await withPage(session, '?view=map&lang=ar', 'embed-dialog-ar', async (page) => {
    await page.getByRole('button', { name: /تضمين/ }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    assert.equal(await dialog.evaluate((d) => getComputedStyle(d).direction), 'rtl');
    for (let i = 0; i < 20; i++) await page.keyboard.press('Tab');
    assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'Tab stays inside the dialog');
    await dialog.getByRole('button', { name: 'إغلاق' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});
