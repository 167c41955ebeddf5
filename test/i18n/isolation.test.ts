// Text from data interpolated into a sentence of the other direction is isolated, so punctuation stays in place.
import { describe, expect, it } from 'vitest';
import { isolate, makeTranslate } from '../../src/i18n/translate';

const FSI = '\u2068';
const PDI = '\u2069';

describe('isolate', () => {
  const cases: { description: string; value: string; dir: 'ltr' | 'rtl'; isolated: boolean }[] = [
    { description: 'Latin name in Arabic text', value: 'Rally of CICA (2024)', dir: 'rtl', isolated: true },
    { description: 'Cyrillic name in Arabic text', value: 'Қазақстан', dir: 'rtl', isolated: true },
    { description: 'Arabic name in Arabic text', value: 'كازاخستان', dir: 'rtl', isolated: false },
    { description: 'digits only in Arabic text', value: '١٠–٤٩', dir: 'rtl', isolated: false },
    { description: 'Arabic source in English text', value: 'تقرير ٢٠٢٤', dir: 'ltr', isolated: true },
    { description: 'Latin in English text', value: 'Kazakhstan', dir: 'ltr', isolated: false },
  ];
  for (const c of cases) {
    it(c.description, () => {
      expect(isolate(c.value, c.dir)).toBe(c.isolated ? `${FSI}${c.value}${PDI}` : c.value);
    });
  }
});

describe('t() isolates interpolated text of the other direction', () => {
  it('an English event name inside an Arabic heading', () => {
    const text = makeTranslate('ar')('app.overview.eventDelegates', { event: 'Rally of CICA, 2024' });
    expect(text).toContain(`${FSI}Rally of CICA, 2024${PDI}`);
  });

  it('English text with English names is left as it was', () => {
    expect(makeTranslate('en')('app.overview.eventDelegates', { event: 'Rally of CICA' })).toBe('Delegates at Rally of CICA');
  });

  it('an Arabic name inside a Russian sentence', () => {
    expect(makeTranslate('ru')('app.overview.eventDelegates', { event: 'ملتقى' })).toContain(`${FSI}ملتقى${PDI}`);
  });
});
