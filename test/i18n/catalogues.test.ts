import { describe, expect, it } from 'vitest';
import { en, type Catalogue, type Message, type MessageKey } from '../../src/i18n/en';
import { ar } from '../../src/i18n/ar';
import { ru } from '../../src/i18n/ru';
import { kk } from '../../src/i18n/kk';

const translations: ReadonlyArray<readonly [string, Catalogue, RegExp]> = [
  ['ar', ar, /\p{Script=Arabic}/u],
  ['ru', ru, /\p{Script=Cyrillic}/u],
  ['kk', kk, /\p{Script=Cyrillic}/u],
];
const keys = Object.keys(en) as MessageKey[];

function forms(message: Message): Record<string, string> {
  return typeof message === 'string' ? { text: message } : { ...message };
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

function englishPlaceholders(message: Message): string[] {
  return [...new Set(Object.values(forms(message)).flatMap(placeholders))].sort();
}

// Names that stay in Latin letters in every language (formats, encodings, products, codes in examples).
const LATIN_NAMES = /\b(CSV|CORS|UTF|Windows|Excel|https|MB|KAZ)\b/g;

/** Text left once placeholders and Latin names are removed: the words a translator had to translate. */
function words(text: string): string {
  return text.replace(/\{\w+\}/g, '').replace(LATIN_NAMES, '').replace(/[^\p{L}]+/gu, ' ').trim();
}

// Messages that are the same in every language: names of the languages themselves, written in their own script.
const SAME_IN_EVERY_LANGUAGE = new Set<MessageKey>(['app.lang.en', 'app.lang.ar', 'app.lang.ru', 'app.lang.kk']);

describe.each(translations)('%s catalogue', (lang, catalogue, script) => {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];

  it('has exactly the keys of the English catalogue', () => {
    expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
  });

  it('keeps every placeholder of the English message', () => {
    for (const key of keys) {
      const expected = englishPlaceholders(en[key]);
      for (const [form, text] of Object.entries(forms(catalogue[key]))) {
        // A language may spell out the number in its zero/one/two forms (Arabic "صف واحد", "صفان").
        const spelled = ['zero', 'one', 'two'].includes(form);
        const want = spelled && !placeholders(text).includes('count') ? expected.filter((p) => p !== 'count') : expected;
        expect({ key, form, placeholders: placeholders(text) }).toEqual({ key, form, placeholders: want });
      }
    }
  });

  it('is plural exactly where English is plural, with every category of the language', () => {
    for (const key of keys) {
      const message = catalogue[key];
      if (typeof en[key] === 'string') {
        expect({ key, type: typeof message }).toEqual({ key, type: 'string' });
      } else {
        expect({ key, categories: Object.keys(message).sort() }).toEqual({ key, categories: [...categories].sort() });
      }
    }
  });

  it('translates every message that has words, in the script of the language', () => {
    for (const key of keys) {
      if (SAME_IN_EVERY_LANGUAGE.has(key)) continue;
      for (const [form, text] of Object.entries(forms(catalogue[key]))) {
        expect(text.trim(), `${key}.${form} is empty`).not.toBe('');
        const english = Object.values(forms(en[key])).map(words).join(' ');
        if (english === '') continue;
        expect(script.test(words(text)), `${key}.${form} is not in ${lang}: ${text}`).toBe(true);
      }
    }
  });
});

describe('language names', () => {
  it('are written by each language in its own script, identically in every catalogue', () => {
    for (const [, catalogue] of translations) {
      for (const key of SAME_IN_EVERY_LANGUAGE) expect(catalogue[key]).toBe(en[key]);
    }
  });
});
