// A record's cells, however they were read: strings papaparse split off (FieldCells), or spans of the
// file's text (PlainRecords, plainRecords.ts). Cells are copied out as strings only where a string is
// needed; a plain figure is parsed as the text is scanned (figure).

export interface RecordCells {
  readonly length: number;
  cell(i: number): string;
  /** Every cell, as papaparse would have split them (for messages and the rare paths). */
  fields(): string[];
  /** The string cell i lies in, and where in it: host(i)[start(i), end(i)). */
  host(i: number): string;
  start(i: number): number;
  end(i: number): number;
  /**
   * figures[cellOffset + i]: cell i's figure when the reader parsed it as it went (plainRecords.ts) and it
   * was plainly written; else NaN. An array rather than a call per cell: a wide file has a million.
   */
  readonly figures: Float64Array;
  readonly cellOffset: number;
}

/** A record papaparse split: each cell is a whole string of its own. */
export class FieldCells implements RecordCells {
  /** Never parsed ahead: the caller reads each cell by the full rules. */
  readonly figures: Float64Array;
  readonly cellOffset = 0;

  constructor(private readonly list: string[]) {
    this.figures = new Float64Array(list.length).fill(NaN);
  }

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
