// Non-English catalogues load on demand; a translator made before its catalogue arrived switches when it does.
import { describe, expect, it, vi } from 'vitest';

describe('catalogues on demand', () => {
  it('starts with English only and loads a language once asked', async () => {
    vi.resetModules();
    const fresh = await import('../../src/i18n/translate');
    expect(fresh.hasCatalogue('en')).toBe(true);
    expect(fresh.hasCatalogue('ru')).toBe(false);
    const t = fresh.makeTranslate('ru');
    expect(t('noData')).toBe('No data');
    await fresh.loadCatalogue('ru');
    expect(fresh.hasCatalogue('ru')).toBe(true);
    expect(fresh.hasCatalogue('ar')).toBe(false);
    expect(t('noData')).toBe('Нет данных');
  });
});
