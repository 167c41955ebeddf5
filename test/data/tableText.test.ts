// Parquet files (what DuckDB, pandas and Spark write) read like CSV: the same rows, the same report.
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { tableBytes } from '../../src/data/tableText';
import { load, rowsOf } from './loader/helpers';

function parquet(): Uint8Array {
  return new Uint8Array(parquetWriteBuffer({
    columnData: [
      { name: 'year', data: [2022, 2023], type: 'INT32' },
      { name: 'country', data: ['KAZ', 'Uzbekistan'], type: 'STRING' },
      { name: 'perspective', data: ['duty_station', 'duty_station'], type: 'STRING' },
      { name: 'type', data: ['national', 'international'], type: 'STRING' },
      { name: 'count', data: [31, 7], type: 'INT32' },
      { name: 'source', data: ['UNV, "Annual report"', null], type: 'STRING' },
    ],
  }));
}

describe('Parquet', () => {
  it('is converted to the CSV our loader reads, quotes and empty cells included', async () => {
    const table = await tableBytes(parquet());
    if (!('bytes' in table)) throw new Error('not converted');
    const { bytes } = table;
    expect(table.format).toBe('parquet');
    expect(new TextDecoder().decode(bytes)).toBe('year,country,perspective,type,count,source\n2022,KAZ,duty_station,national,31,"UNV, ""Annual report"""\n2023,Uzbekistan,duty_station,international,7,\n');
    const { dataset, report } = load(bytes, { fileName: 'placements.parquet' });
    expect(report.issues).toEqual([]);
    expect(rowsOf(dataset, ['year', 'country', 'type', 'count', 'source'])).toEqual([
      { year: 2022, country: 'KAZ', type: 'national', count: 31, source: 'UNV, "Annual report"' },
      { year: 2023, country: 'UZB', type: 'international', count: 7, source: 'placements.parquet' },
    ]);
  });

  it('leaves text files as they are', async () => {
    const csv = new TextEncoder().encode('a,b\n1,2\n');
    expect(await tableBytes(csv)).toEqual({ bytes: csv });
  });
});
