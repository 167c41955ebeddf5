import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';

// The English each Arabic, Russian and Kazakh message was translated from. When an English message changes,
// its translations are stale even though every key is still there: this test fails and shows the English diff.
// After updating src/i18n/{ar,ru,kk}, accept the new English with `npx vitest run test/i18n -u`.
describe('translations', () => {
  it('were made from the current English catalogue', async () => {
    const sorted = Object.fromEntries(Object.entries(en).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await expect(`${JSON.stringify(sorted, null, 2)}\n`).toMatchFileSnapshot('./translatedFrom.json');
  });
});
