// Why a sum is not added, in words, and what to do: rates are read one country at a time.
import { describe, expect, it } from 'vitest';
import { tEn } from '../../src/i18n/translate';
import { notAddableCell, notAddableHelp } from '../../src/table/notAddableWords';

describe('not-added words', () => {
  it('say that percentages and rates are never added, and give no grouping that would add them', () => {
    const rates = [{ columnId: 'unit', values: 1, totalWithParts: false, rates: true }];
    expect(notAddableCell(tEn, rates)).toBe('not added: percentages or rates, which are never added up');
    expect(notAddableHelp(tEn, rates)).toBe("Not added: percentages or rates, which are never added up. Read each country's value on its own; a count indicator adds up.");
  });

  it('name every mixed column and how to add', () => {
    const mixes = [{ columnId: 'year', values: 3, totalWithParts: false }, { columnId: 'type', values: 2, totalWithParts: true }];
    expect(notAddableHelp(tEn, mixes)).toBe('Not added: 3 years and totals with their parts. Group by “Year” and “Type”, or filter one value of each, to add.');
  });
});
