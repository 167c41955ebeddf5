import { describe, expect, it } from 'vitest';
import { makeTranslate } from '../../src/i18n/translate';

// Digits come from Intl, so the expectation follows whatever numbering system the runtime uses for Arabic.
const arDigits = (n: number) => new Intl.NumberFormat('ar').format(n);

describe('makeTranslate plural forms', () => {
  it('picks the six Arabic forms', () => {
    const t = makeTranslate('ar');
    const rows = (count: number) => t('rows', { count });
    expect(rows(0)).toBe(`${arDigits(0)} صف`);
    expect(rows(1)).toBe('صف واحد');
    expect(rows(2)).toBe('صفان');
    expect(rows(3)).toBe(`${arDigits(3)} صفوف`);
    expect(rows(11)).toBe(`${arDigits(11)} صفًا`);
    expect(rows(100)).toBe(`${arDigits(100)} صف`);
  });

  it('picks the Russian one/few/many forms', () => {
    const t = makeTranslate('ru');
    expect(t('rows', { count: 1 })).toBe('1 строка');
    expect(t('rows', { count: 2 })).toBe('2 строки');
    expect(t('rows', { count: 5 })).toBe('5 строк');
    expect(t('rows', { count: 21 })).toBe('21 строка');
    expect(t('app.charts.tookPartOnly', { count: 12 })).toBe(
      'Участвовали 12 стран; данные о числе делегатов по странам не опубликованы.',
    );
  });

  it('uses the Kazakh catalogue and groups thousands with a no-break space', () => {
    const t = makeTranslate('kk');
    expect(t('rows', { count: 1 })).toBe('1 жол');
    expect(t('rows', { count: 1234567 })).toBe('1\u00a0234\u00a0567 жол');
    expect(t('table.rows.shown', { shown: 1500, total: 20000 })).toBe('Көрсетілген жолдар: 1\u00a0500, барлығы: 20\u00a0000');
  });

  it('formats a qualified value in each language', () => {
    expect(makeTranslate('ar')('qualifier.at_least', { value: 1000 })).toBe(`أكثر من ${arDigits(1000)}`);
    expect(makeTranslate('ru')('qualifier.approx', { value: 1500 })).toBe('около 1\u00a0500');
    expect(makeTranslate('kk')('qualifier.approx', { value: 2.5 })).toBe('шамамен 2,5');
  });

  it('no longer answers in English for the three translated languages', () => {
    for (const lang of ['ar', 'ru', 'kk'] as const) {
      expect(makeTranslate(lang)('app.view.map')).not.toBe('Map');
    }
  });
});
