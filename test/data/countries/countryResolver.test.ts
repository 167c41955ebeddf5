import { describe, expect, it } from 'vitest';
import { AGGREGATES } from '../../../src/data/aggregates';
import { createCountryResolver } from '../../../src/data/countryResolver';
import { loadCountries } from './loadReference';

const resolver = createCountryResolver(loadCountries(), AGGREGATES);

const resolves: ReadonlyArray<{ description: string; input: string; expected: string }> = [
  { description: 'alpha-3', input: 'TUR', expected: 'TUR' },
  { description: 'alpha-3 lower case', input: 'kaz', expected: 'KAZ' },
  { description: 'alpha-2', input: 'TR', expected: 'TUR' },
  { description: 'numeric', input: '792', expected: 'TUR' },
  { description: 'numeric without leading zeros', input: '4', expected: 'AFG' },
  { description: 'numeric zero-padded', input: '004', expected: 'AFG' },
  { description: 'numeric Kazakhstan', input: '398', expected: 'KAZ' },
  { description: 'former English name', input: 'Turkey', expected: 'TUR' },
  { description: 'name with diacritics', input: 'Türkiye', expected: 'TUR' },
  { description: 'name with diacritics stripped', input: 'Turkiye', expected: 'TUR' },
  { description: 'upper case with Turkish dotted İ', input: 'TÜRKİYE', expected: 'TUR' },
  { description: 'decomposed diacritics (NFD)', input: 'Tu\u0308rkiye', expected: 'TUR' },
  { description: 'UN-style name', input: 'Kyrgyz Republic', expected: 'KGZ' },
  { description: 'UN-style name', input: 'Viet Nam', expected: 'VNM' },
  { description: 'parenthesised qualifier', input: 'Iran (Islamic Republic of)', expected: 'IRN' },
  { description: 'official long name', input: 'Russian Federation', expected: 'RUS' },
  { description: 'ISO comma form', input: 'Korea, Republic of', expected: 'KOR' },
  { description: 'state name', input: 'State of Palestine', expected: 'PSE' },
  { description: 'abbreviation', input: 'Lao PDR', expected: 'LAO' },
  { description: 'Russian', input: 'Казахстан', expected: 'KAZ' },
  { description: 'Kazakh', input: 'Қазақстан', expected: 'KAZ' },
  { description: 'common misspelling listed as an alias', input: 'Kazakstan', expected: 'KAZ' },
  { description: 'Kazakh typed without Kazakh letters', input: 'Казакстан', expected: 'KAZ' },
  { description: 'Arabic', input: 'كازاخستان', expected: 'KAZ' },
  { description: 'Arabic with tatweel and harakat', input: 'كـازَاخستان', expected: 'KAZ' },
  { description: 'Arabic with zero-width non-joiner', input: 'كازاخ\u200Cستان', expected: 'KAZ' },
  { description: 'surrounding spaces', input: ' kazakhstan ', expected: 'KAZ' },
  { description: 'upper case', input: 'KAZAKHSTAN', expected: 'KAZ' },
  { description: 'full-width letters (NFKC)', input: 'ＫＡＺＡＫＨＳＴＡＮ', expected: 'KAZ' },
  { description: 'extra inner spacing and punctuation', input: 'United   Arab-Emirates', expected: 'ARE' },
  { description: 'Russian name with й', input: 'Китай', expected: 'CHN' },
  { description: 'apostrophe variants', input: 'Cote d’Ivoire', expected: 'CIV' },
  { description: 'world aggregate', input: 'World', expected: 'WLD' },
  { description: 'world alias', input: 'Worldwide', expected: 'WLD' },
  { description: 'world alias', input: 'Global', expected: 'WLD' },
  { description: 'aggregate code', input: 'UNV-SSA', expected: 'UNV-SSA' },
  { description: 'region as reported by UNV', input: 'Sub-Saharan Africa', expected: 'UNV-SSA' },
  { description: 'region without "the"', input: 'Latin America and Caribbean', expected: 'UNV-LAC' },
  { description: 'region', input: 'Asia-Pacific', expected: 'UNV-AP' },
  { description: 'region', input: 'Asia and the Pacific', expected: 'UNV-AP' },
  { description: 'region', input: 'Arab States', expected: 'UNV-AS' },
  { description: 'region', input: 'Europe and CIS', expected: 'UNV-ECIS' },
  { description: 'region', input: 'Europe and Central Asia', expected: 'UNV-ECIS' },
  { description: 'region in Russian', input: 'Арабские государства', expected: 'UNV-AS' },
];

describe('createCountryResolver: recognised spellings', () => {
  it.each(resolves)('$description: "$input" -> $expected', ({ input, expected }) => {
    expect(resolver.resolveCountry(input)).toEqual({ ok: true, code: expected });
  });
});

const unknown: ReadonlyArray<{ description: string; input: string; suggestion: string | null }> = [
  { description: 'misspelt English name', input: 'Kazahkstan', suggestion: 'Kazakhstan' },
  { description: 'misspelt English name', input: 'Uzbekstan', suggestion: 'Uzbekistan' },
  { description: 'misspelt Russian name answers in Russian', input: 'Казахстанн', suggestion: 'Казахстан' },
  { description: 'misspelt Kazakh name answers in Kazakh', input: 'Өзбекстанн', suggestion: 'Өзбекстан' },
  { description: 'misspelt Arabic name answers in Arabic', input: 'كازخستان', suggestion: 'كازاخستان' },
  { description: 'nothing close', input: 'Atlantis', suggestion: null },
  { description: 'a totals row is not silently the world', input: 'Total', suggestion: null },
  { description: 'unassigned numeric code', input: '999', suggestion: null },
  { description: 'empty cell', input: '', suggestion: null },
];

describe('createCountryResolver: unknown spellings', () => {
  it.each(unknown)('$description: "$input"', ({ input, suggestion }) => {
    expect(resolver.resolveCountry(input)).toEqual({ ok: false, suggestion });
  });
});

describe('createCountryResolver: cache', () => {
  it('answers a repeated raw string from its cache, with the same result', () => {
    const r = createCountryResolver(loadCountries(), AGGREGATES);
    const first = r.resolveCountry('Kazakhstan');
    for (let i = 0; i < 1000; i++) r.resolveCountry(i % 2 ? 'Kazakhstan' : 'KAZ');
    expect(r.resolveCountry('Kazakhstan')).toBe(first);
    expect(r.cacheSize()).toBe(2);
  });

  it('resolves 1,000,000 cells of few distinct values quickly', () => {
    const values = ['KAZ', 'Kazakhstan', 'Турция', 'World', 'Atlantis', '398'];
    const r = createCountryResolver(loadCountries(), AGGREGATES);
    const start = performance.now();
    let ok = 0;
    for (let i = 0; i < 1_000_000; i++) if (r.resolveCountry(values[i % values.length] ?? '').ok) ok++;
    expect(ok).toBe(833_334);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('createCountryResolver: the reference table agrees with itself', () => {
  it('every code, name and alias of every country and aggregate resolves to its own code', () => {
    const countries = loadCountries();
    const wrong: string[] = [];
    const expectCode = (spelling: string, code: string): void => {
      const r = resolver.resolveCountry(spelling);
      if (!r.ok || r.code !== code) wrong.push(`${spelling} -> ${JSON.stringify(r)} (expected ${code})`);
    };
    for (const c of countries) {
      for (const s of [c.iso3, c.iso2, c.numeric, ...Object.values(c.names), ...c.aliases]) if (s) expectCode(s, c.iso3);
    }
    for (const a of AGGREGATES) for (const s of [a.code, ...Object.values(a.names), ...a.aliases]) expectCode(s, a.code);
    expect(wrong).toEqual([]);
  });
});
