import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../src/data/writeCsv';
import { loadCsv } from '../../src/data/loadCsv';
import { buildTableModel } from '../../src/table/tableModel';
import { tableCsv } from '../../src/table/tableCsv';
import { cellText } from '../../src/table/cellValue';
import { EMPTY_TABLE_STATE } from '../../src/table/tableState';
import { nameOf, placements, regionOf, searchTextOf } from './makeDataset';

const dataset = placements();
const source = { dataset, nameOf, searchTextOf, regionOf, lang: 'en', labelOf: (_: string, v: string) => v };
const plain = new Intl.NumberFormat('en', { useGrouping: false });

describe('tableCsv', () => {
  const state = { ...EMPTY_TABLE_STATE, sorting: [{ id: 'count', desc: true }], columnFilters: [{ id: 'year', value: { min: 2022, max: 2023 } }] };
  const model = buildTableModel(source, state);
  const visible = ['year', 'country', 'sdg', 'count', 'status', 'source'];

  it('writes the filtered rows in sort order, the given columns only, as the table shows them', () => {
    const parsed = Papa.parse<string[]>(writeCsv(tableCsv(model, [...visible, 'not_a_column'], (id) => id.toUpperCase())).slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(['YEAR', 'COUNTRY', 'SDG', 'COUNT', 'STATUS', 'SOURCE']);
    const shown = [...model.order].map((i) => visible.map((id) => cellText(model.lookups, id, i, plain)));
    expect(parsed.data.slice(1)).toEqual(shown);
    expect(parsed.data.slice(1).map((r) => r[1])).toEqual(['World', 'Sub-Saharan Africa', 'Kazakhstan', 'Uzbekistan', 'Türkiye', 'Kazakhstan', "Côte d'Ivoire"]);
  });

  it('reloads through the CSV loader to the same rows', () => {
    const ids = ['year', 'country', 'perspective', 'type', 'sdg', 'count', 'qualifier', 'status', 'source'];
    const text = writeCsv(tableCsv(model, ids, (id) => id));
    const country = dataset.columns.country;
    const byName = new Map(country?.type === 'code' ? country.dictionary.map((c) => [nameOf(c), c]) : []);
    const result = loadCsv(new TextEncoder().encode(text), { fileName: 'export.csv' }, {
      resolveCountry: (raw) => (byName.has(raw) ? { ok: true, code: byName.get(raw)! } : { ok: false, suggestion: null }),
    });
    expect(result.report.rejected).toBe(0);
    const again = buildTableModel({ ...source, dataset: result.dataset! }, EMPTY_TABLE_STATE);
    const rowsOf = (m: typeof model) => [...m.order].map((i) => ids.map((id) => cellText(m.lookups, id, i, plain)));
    expect(rowsOf(again)).toEqual(rowsOf(model));
  });
});
