// Every column a loaded file can have is headed by a word in the reader's language, never its raw name.
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/data/types';
import { SCHEMAS } from '../../src/data/schemas';
import { loadCatalogue, makeTranslate } from '../../src/i18n/translate';
import { headerLabel, valueLabel } from '../../src/table/labels';

beforeAll(async () => {
  for (const lang of LANGS) await loadCatalogue(lang);
});

describe('table labels', () => {
  it.each(LANGS)('every column of every kind has a translated header (%s)', (lang) => {
    const t = makeTranslate(lang);
    const raw = Object.values(SCHEMAS).flatMap((schema) => schema.columns.map((c) => c.name)).filter((name) => headerLabel(t, name) === name);
    expect(raw).toEqual([]);
  });

  it('names an indicator\'s unit in words', () => {
    expect(valueLabel(makeTranslate('en'), 'unit', 'per_1000')).toBe('per 1,000 people');
    expect(valueLabel(makeTranslate('ru'), 'unit', 'percent')).toBe('процент');
  });
});
