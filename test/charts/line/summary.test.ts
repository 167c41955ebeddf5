import { describe, expect, it } from 'vitest';
import { lineSummary } from '../../../src/charts/line/summary';
import { lineTable } from '../../../src/charts/line/table';
import type { LineSeries } from '../../../src/charts/line/types';
import { EN } from '../textContext';
import { LINE_SERIES } from './series';

const series = (label: string, points: LineSeries['points']): LineSeries => ({ key: label, label, points });

describe('lineSummary', () => {
  it.each([
    {
      description: 'the world total: rose, "about" kept, the gap year named',
      series: [LINE_SERIES[0]!],
      expected: 'UN Volunteers rose from 7,201 in 2018 to about 15,000 in 2024; no figure for 2022.',
    },
    {
      description: 'several gap years, a lower bound, illustrative',
      series: [LINE_SERIES[1]!],
      expected: 'National rose from 3,917 in 2019 to more than 8,027 in 2023; no figure for 2020 and 2022. Some figures are illustrative, not published.',
    },
    { description: 'fell, no gaps', series: [series('S', [{ year: 2020, value: 9 }, { year: 2021, value: 4 }])], expected: 'S fell from 9 in 2020 to 4 in 2021.' },
    { description: 'same value', series: [series('S', [{ year: 2020, value: 4 }, { year: 2022, value: 4 }])], expected: 'S was 4 in 2020 and 4 in 2022; no figure for 2021.' },
    { description: 'one year', series: [series('S', [{ year: 2023, value: 65 }, { year: 2024, value: null }])], expected: 'S: 65 in 2023, the only year with a figure.' },
    { description: 'no figure', series: [series('S', [{ year: 2023, value: null }])], expected: 'S: no figures.' },
    { description: 'no series', series: [], expected: 'No figures to show.' },
  ])('$description', ({ series: s, expected }) => {
    expect(lineSummary(s, EN)).toBe(expected);
  });

  it('writes the values in their unit when the context gives one (an indicator in percent)', () => {
    const rate = series('Rate', [{ year: 2020, value: 12.5, qualifier: 'at_least' }, { year: 2023, value: 9 }]);
    const percent = { ...EN, formatValue: (v: number) => `${v}%` };
    expect(lineSummary([rate], percent)).toBe('Rate fell from more than 12.5% in 2020 to 9% in 2023; no figure for 2021 and 2022.');
    expect(lineTable([rate], percent, 'Rate').rows.map((r) => r.cells[0])).toEqual(['more than 12.5%', 'No data', 'No data', '9%']);
  });
});

describe('lineTable', () => {
  it('has a row for every year of the span, gaps included, and a column per series', () => {
    const table = lineTable(LINE_SERIES, EN, 'World');
    expect(table.columns).toEqual(['Year', 'UN Volunteers', 'National']);
    expect(table.rows.map((r) => r.header)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(table.rows[4]!.cells).toEqual(['No data', 'No data']);
    expect(table.rows[3]!.cells).toEqual(['10,921', '6,444 (illustrative)']);
    expect(table.rows[6]!.cells).toEqual(['about 15,000', 'No data']);
  });
});
