// @vitest-environment jsdom
// What a sum cell and the totals row show for each kind of sum: a qualified figure, what it lacks, or why
// there is no figure and how to get one.
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/data/types';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { loadCatalogue } from '../../src/i18n/translate';
import type { TableColumn } from '../../src/table/columns';
import type { KeyMix } from '../../src/table/engine/keyMixes';
import type { ColumnSums } from '../../src/table/engine/sumRows';
import { SumCell } from '../../src/table/SumCell';
import type { SumState } from '../../src/table/sumState';
import { TotalsRow } from '../../src/table/TotalsRow';

afterEach(cleanup);

function inRow(children: ReactNode, lang: Lang = 'en') {
  return render(<I18nProvider lang={lang}><table><tbody><tr>{children}</tr></tbody></table></I18nProvider>);
}
const cell = () => document.querySelector('td')!;
const mix = (columnId: string, values: number, totalWithParts = false): KeyMix => ({ columnId, values, totalWithParts });
const sum = (value: number, patch: Partial<Extract<SumState, { kind: 'sum' }>> = {}): SumState =>
  ({ kind: 'sum', value, qualifier: 'exact', missing: 0, added: 2, illustrative: 0, aggregatesExcluded: 0, ...patch });

describe('SumCell', () => {
  const cases: ReadonlyArray<{ description: string; state: SumState; text: string; title?: string | null; badge?: boolean }> = [
    { description: 'an exact sum', state: sum(1234), text: '1,234', title: null },
    { description: 'the weakest qualifier of its parts', state: sum(227, { qualifier: 'at_least' }), text: 'more than 227' },
    { description: 'counts not published', state: sum(52, { qualifier: 'approx', missing: 1 }), text: 'about 52 (1 count not published)' },
    { description: 'an illustrative part, with the app\'s illustrative badge', state: sum(18, { added: 3, illustrative: 2 }), text: '18 ⚠ partly illustrative', badge: true },
    { description: 'every part illustrative: the badge the rows wear', state: sum(1800, { added: 1, illustrative: 1 }), text: '1,800 ⚠ Illustrative', badge: true },
    { description: 'nothing published', state: { kind: 'notPublished' }, text: 'no published counts' },
    { description: 'world and regional rows', state: { kind: 'notAdded' }, text: 'not added' },
    { description: 'several years', state: { kind: 'notAddable', mixes: [mix('year', 3)] }, text: 'not added: 3 years',
      title: 'Not added: 3 years. Group by year or filter one year to add.' },
    { description: 'a total beside its parts', state: { kind: 'notAddable', mixes: [mix('type', 3, true)] }, text: 'not added: totals with their parts',
      title: 'Not added: totals with their parts. Group by type or filter one type to add.' },
    { description: 'national beside international', state: { kind: 'notAddable', mixes: [mix('type', 2)] }, text: 'not added: 2 types' },
    { description: 'two ways of counting', state: { kind: 'notAddable', mixes: [mix('perspective', 2)] }, text: 'not added: 2 ways of counting',
      title: 'Not added: 2 ways of counting. Group by “Counted by” or filter one way of counting to add.' },
    { description: 'dates of organizations', state: { kind: 'notAddable', mixes: [mix('date', 4)] }, text: 'not added: 4 dates',
      title: 'Not added: 4 dates. Group by date or filter one date to add.' },
    { description: 'events of delegates', state: { kind: 'notAddable', mixes: [mix('event_id', 2)] }, text: 'not added: 2 events',
      title: 'Not added: 2 events. Group by event or filter one event to add.' },
    { description: 'goal tags, which grouping cannot separate', state: { kind: 'notAddable', mixes: [mix('sdg', 3)] }, text: 'not added: 3 goal tags',
      title: 'Not added: 3 goal tags. Rows tagged with different goals may count the same volunteers: filter SDG “No goal” to add the rows not split by goal.' },
    { description: 'several reasons: the first, how many more, and every one in the title',
      state: { kind: 'notAddable', mixes: [mix('year', 3), mix('perspective', 2), mix('type', 3, true)] }, text: 'not added: 3 years (+2 more)',
      title: 'Not added: 3 years, 2 ways of counting and totals with their parts. Group by “Year”, “Counted by” and “Type”, or filter one value of each, to add.' },
  ];
  it.each(cases)('$description', ({ state, text, title, badge }) => {
    inRow(<SumCell state={state} />);
    expect(cell().textContent).toBe(text);
    if (title !== undefined) expect(cell().getAttribute('title')).toBe(title);
    expect(cell().querySelector('.dt-badge-illustrative') !== null).toBe(badge === true);
  });

  it('in a group row, says when world or regional rows were left out of the sum; the totals row says it in its label', () => {
    inRow(<SumCell state={sum(123, { qualifier: 'at_least', aggregatesExcluded: 1 })} groupRow />);
    expect(cell().textContent).toBe('more than 123 (countries only)');
    expect(cell().querySelector('[title]')?.getAttribute('title')).toBe('1 row of the world or a region is not added: it already includes the countries.');
    cleanup();
    inRow(<SumCell state={sum(123, { qualifier: 'at_least', aggregatesExcluded: 1 })} />);
    expect(cell().textContent).toBe('more than 123');
    cleanup();
    inRow(<SumCell state={sum(123, { qualifier: 'at_least' })} groupRow />);
    expect(cell().textContent).toBe('more than 123');
  });

  it('is a muted reason, never a number, when the rows may not be added', () => {
    inRow(<SumCell state={{ kind: 'notAddable', mixes: [mix('year', 2)] }} />);
    expect(cell().querySelector('.dt-muted')?.textContent).toBe('not added: 2 years');
    expect(cell().textContent).not.toMatch(/\d{3}/);
  });

  it('speaks Arabic, Russian and Kazakh', async () => {
    const state: SumState = { kind: 'notAddable', mixes: [mix('year', 3), mix('type', 3, true)] };
    const expected: ReadonlyArray<[Lang, RegExp, RegExp]> = [
      ['ar', /^غير مضاف: /, /جمّع حسب «السنة» و«النوع»/],
      ['ru', /^не суммируется: 3 года \(и ещё 1\)$/, /сгруппируйте по столбцам «Год» и «Категория»/],
      ['kk', /^қосылмаған: 3 түрлі жыл/, /«Жыл» және «Түрі» бойынша топтаңыз/],
    ];
    for (const [lang, text, title] of expected) {
      await loadCatalogue(lang);
      inRow(<SumCell state={state} />, lang);
      expect(cell().textContent).toMatch(text);
      expect(cell().getAttribute('title')).toMatch(title);
      cleanup();
    }
  });
});

describe('TotalsRow', () => {
  const specs: TableColumn[] = [
    { id: 'year', role: 'year', filter: 'range', summable: false, groupable: true, sumKey: true, align: 'end' },
    { id: 'count', role: 'number', filter: 'range', summable: true, groupable: false, sumKey: false, align: 'end' },
  ];
  const totals = (patch: Partial<ColumnSums>): ColumnSums => ({
    sums: { count: 80 }, qualifiers: { count: 'exact' }, aggregatesExcluded: 0, counted: 2, missing: { count: 0 }, illustrative: { count: 0 }, mixes: [], ...patch,
  });
  const foot = (sums: ColumnSums) => render(<table><tfoot><TotalsRow specs={specs} totals={sums} ariaRowIndex={9} /></tfoot></table>);

  it('shows the total when the rows add', () => {
    foot(totals({}));
    expect(screen.getByRole('rowheader').textContent).toBe('Total of countries');
    expect(screen.getByRole('cell').textContent).toBe('80');
  });

  it('says in the row, not only in a tooltip, why there is no total and what to do', () => {
    foot(totals({ sums: { count: NaN }, mixes: [mix('year', 2)], aggregatesExcluded: 1 }));
    expect(screen.getByRole('cell').textContent).toBe('not added: 2 years');
    const label = screen.getByRole('rowheader').textContent!;
    expect(label).toContain('1 row of the world or a region is not added');
    expect(label).toContain('Not added: 2 years. Group by year or filter one year to add.');
  });
});
