// A record's cells, however they were read: strings papaparse split off (FieldCells), or spans of the
// file's text (PlainRecord, plainRecords.ts). Cells are copied out as strings only where a string is
// needed; a figure is read in place, where it lies (host, start, end).

export interface RecordCells {
  readonly length: number;
  cell(i: number): string;
  /** Every cell, as papaparse would have split them (for messages and the rare paths). */
  fields(): string[];
  /** The string cell i lies in, and where in it: text[start(i), end(i)). */
  host(i: number): string;
  start(i: number): number;
  end(i: number): number;
}

/** A record papaparse split: each cell is a whole string of its own. */
export class FieldCells implements RecordCells {
  constructor(private readonly list: string[]) {}

  get length(): number {
    return this.list.length;
  }
  cell(i: number): string {
    return this.list[i] as string;
  }
  fields(): string[] {
    return this.list;
  }
  host(i: number): string {
    return this.list[i] as string;
  }
  start(): number {
    return 0;
  }
  end(i: number): number {
    return (this.list[i] as string).length;
  }
}
