// Builds a columnar Dataset from plain objects so transform tests do not depend on the loader.
import type { Column, Dataset, DatasetKind } from '../../src/data/types';

type Cell = string | number | null | undefined | readonly number[];
export type PlainRow = Readonly<Record<string, Cell>>;

const NUMBER_COLUMNS: Readonly<Record<DatasetKind, readonly string[]>> = {
  events: ['delegates', 'countries', 'speakers'],
  delegates: ['delegates'],
  placements: ['year', 'count'],
  organizations: ['count'],
  indicators: ['year', 'value'],
};

export interface MakeOptions {
  /** Store "year" as text codes instead of numbers (both shapes must work). */
  readonly yearAsText?: boolean;
  readonly name?: string;
}

function missing(cell: Cell): boolean {
  return cell === undefined || cell === null || cell === '';
}

function goalsMask(cell: Cell): number {
  if (missing(cell)) return 0;
  const goals = Array.isArray(cell) ? cell : String(cell).split('|').map(Number);
  return goals.reduce((mask: number, g: number) => (mask | (1 << (g - 1))) >>> 0, 0);
}

export function makeDataset(kind: DatasetKind, rows: readonly PlainRow[], options: MakeOptions = {}): Dataset {
  const names = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) names.add(key);
  const numbers = new Set(NUMBER_COLUMNS[kind]);
  if (options.yearAsText) numbers.delete('year');
  const columns: Record<string, Column> = {};
  for (const name of names) {
    if (name === 'sdg') {
      columns[name] = { type: 'goals', masks: Uint32Array.from(rows, (r) => goalsMask(r[name])) };
    } else if (numbers.has(name)) {
      columns[name] = { type: 'number', values: Float64Array.from(rows, (r) => (missing(r[name]) ? NaN : Number(r[name]))) };
    } else {
      const dictionary: string[] = [];
      const index = new Map<string, number>();
      const codes = Int32Array.from(rows, (r) => {
        const cell = r[name];
        if (missing(cell)) return -1;
        const text = String(cell);
        let code = index.get(text);
        if (code === undefined) index.set(text, (code = dictionary.push(text) - 1));
        return code;
      });
      columns[name] = { type: 'code', codes, dictionary };
    }
  }
  return {
    id: `test:${kind}`,
    kind,
    name: options.name ?? `${kind}.csv`,
    origin: 'upload',
    rowCount: rows.length,
    columns,
    lines: Int32Array.from(rows, (_, i) => i + 2),
  };
}
