import { describe, expect, it } from 'vitest';
import { barSummary } from '../../../src/charts/bar/summary';
import { barTable } from '../../../src/charts/bar/table';
import type { BarRow } from '../../../src/charts/bar/types';
import { EN, ctxFor } from '../textContext';
import { BAR_ROWS } from './rows';

const row = (key: string, value: number | null, extra: Partial<BarRow> = {}): BarRow => ({ key, label: key, value, ...extra });

describe('barSummary', () => {
  it.each([
    {
      description: 'largest (with its "more than"), smallest, a lower-bound total, the country without a figure, illustrative',
      rows: BAR_ROWS,
      summable: true,
      expected:
        'Kazakhstan has the highest figure: more than 450. Thailand has the lowest: 9. Together: about 746. No figure for Kyrgyzstan. Some figures are illustrative, not published.',
    },
    {
      description: 'exact total when every row is exact and known',
      rows: [row('A', 65), row('B', 7201)],
      summable: true,
      expected: 'B has the highest figure: 7,201. A has the lowest: 65. Together: 7,266.',
    },
    {
      description: 'a missing row makes the total a lower bound',
      rows: [row('A', 60), row('B', 5), row('C', null)],
      summable: true,
      expected: 'A has the highest figure: 60. B has the lowest: 5. Together: more than 65. No figure for C.',
    },
    {
      description: 'no total where rows overlap',
      rows: [row('A', 60), row('B', 5)],
      summable: false,
      expected: 'A has the highest figure: 60. B has the lowest: 5.',
    },
    {
      description: 'ties are named together',
      rows: [row('A', 10), row('B', 10), row('C', 3)],
      summable: false,
      expected: 'A and B have the highest figure: 10. C has the lowest: 3.',
    },
    {
      description: 'one figure only',
      rows: [row('Kazakhstan', 65), row('B', null)],
      summable: true,
      expected: 'Only Kazakhstan has a figure: 65. No figure for B.',
    },
    {
      description: 'nothing known',
      rows: [row('A', null)],
      summable: true,
      expected: 'No figures to show. No figure for A.',
    },
    {
      description: 'all illustrative',
      rows: [row('A', 2, { status: 'illustrative' }), row('B', 1, { status: 'illustrative' })],
      summable: false,
      expected: 'A has the highest figure: 2. B has the lowest: 1. All figures are illustrative, not published.',
    },
    {
      description: 'many without a figure are counted, not listed',
      rows: [row('A', 2), row('B', 1), ...['C', 'D', 'E', 'F', 'G', 'H'].map((k) => row(k, null))],
      summable: false,
      expected: 'A has the highest figure: 2. B has the lowest: 1. No figure for 6 more.',
    },
  ])('$description', ({ rows, summable, expected }) => {
    expect(barSummary(rows, EN, { summable })).toBe(expected);
  });

  it('uses the language of the context for words and numbers', () => {
    const ru = barSummary([row('A', 7201), row('B', 65, { qualifier: 'at_least' })], ctxFor('ru'), { summable: false });
    expect(ru).toContain('7\u00a0201');
    expect(ru).not.toContain('highest');
  });

  it('isolates names in Arabic so a Latin name keeps its punctuation in place', () => {
    const ar = barSummary([row('Kazakhstan', 65), row('B', null)], ctxFor('ar'), { summable: true });
    expect(ar).toContain('\u2068Kazakhstan\u2069');
    expect(barSummary([row('Kazakhstan', 65)], EN, { summable: true })).not.toContain('\u2068');
  });
});

describe('barTable', () => {
  it('lists every row, largest first, with the chart\'s wording of each value', () => {
    const table = barTable(BAR_ROWS, EN, { caption: 'Delegates', label: 'Country', value: 'Delegates' });
    expect(table.columns).toEqual(['Country', 'Delegates']);
    expect(table.rows.map((r) => r.header)).toEqual(['Kazakhstan', 'Russian Federation', 'China', 'Iran (Islamic Republic of)', 'Uzbekistan', 'Tajikistan', 'Thailand', 'Kyrgyzstan']);
    expect(table.rows[0]!.cells).toEqual(['more than 450']);
    expect(table.rows[2]!.cells).toEqual(['80 (illustrative)']);
    expect(table.rows.at(-1)!.cells).toEqual(['No data']);
  });
});

describe('barTable: a partial figure', () => {
  it('says what the figure covers in its cell, beside the value', () => {
    const rows: BarRow[] = [
      { key: 'LKA', label: 'Sri Lanka', value: 112 },
      { key: 'BGD', label: 'Bangladesh', value: 23, qualifier: 'at_least', caveat: 'Partial count: only the Rohingya refugee response' },
    ];
    const table = barTable(rows, EN, { caption: 'UN Volunteers', label: 'Country', value: 'UN Volunteers' });
    expect(table.rows.map((r) => r.cells[0])).toEqual(['112', 'more than 23 (Partial count: only the Rohingya refugee response)']);
  });
});

describe('barTable and tooltips: each figure names its source', () => {
  const rows: BarRow[] = [
    { key: 'JOR', label: 'Jordan', value: 83, source: 'The Jordan Times, 2019-02-21' },
    { key: 'LKA', label: 'Sri Lanka', value: 112, source: 'UN Sri Lanka' },
  ];

  it('adds a Source column with each row\'s own source', () => {
    const table = barTable(rows, EN, { caption: 'UN Volunteers', label: 'Country', value: 'UN Volunteers' });
    expect(table.columns).toEqual(['Country', 'UN Volunteers', 'Source']);
    expect(table.rows.map((r) => r.cells)).toEqual([['112', 'UN Sri Lanka'], ['83', 'The Jordan Times, 2019-02-21']]);
  });
});
