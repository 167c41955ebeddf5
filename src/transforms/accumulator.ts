// Sums figures per group in typed arrays (no per-row objects) and remembers how they were
// qualified, which statuses went in and where they came from, so sums stay honest.
import type { CodeColumn, Dataset, NumberColumn, Qualifier, RowStatus } from '../data/types';
import { ROW_STATUSES } from '../data/types';
import { stringAt } from './columns';
import { provenanceOf, toQualifier, toStatus, type Figure, type Provenance } from './figure';

// Ordered weakest-last so Math.max picks the vaguest: exact < at_least < approx.
const QUALIFIER_ORDER: readonly Qualifier[] = ['exact', 'at_least', 'approx'];
const STATUS_ORDER: readonly RowStatus[] = ['reported', 'derived', 'illustrative'];

function rankByCode<T extends string>(col: CodeColumn | null, parse: (raw: string) => T, order: readonly T[]): Uint8Array {
  if (!col) return new Uint8Array(0);
  return Uint8Array.from(col.dictionary, (raw) => order.indexOf(parse(raw)));
}

export class FigureAccumulator {
  readonly sum: Float64Array;
  /** Rows with a published value. */
  readonly valued: Int32Array;
  /** All rows, including "took part" rows without a count. */
  readonly rows: Int32Array;
  readonly firstRow: Int32Array;
  /** Rows per status, group * 3 + index in ROW_STATUSES. */
  readonly statusCounts: Int32Array;
  private readonly qualRank: Uint8Array;
  private readonly statusRank: Uint8Array;
  private readonly values: Float64Array;
  private readonly qualCodes: Int32Array | null;
  private readonly statusCodes: Int32Array | null;
  private readonly qualOf: Uint8Array;
  private readonly statusOf: Uint8Array;
  private readonly sourceCodes: Int32Array | null;
  private readonly firstSource: Int32Array;
  /** Which sources each group drew on: a groups x dictionary bit matrix when small, else sets. */
  private readonly sourceCount: number;
  private readonly seenSources: Uint8Array | null;
  private readonly moreSources = new Map<number, Set<number>>();
  private readonly prov: Provenance;

  constructor(
    ds: Dataset,
    value: NumberColumn,
    qualifier: CodeColumn | null,
    readonly groups: number,
  ) {
    this.prov = provenanceOf(ds);
    this.values = value.values;
    this.qualCodes = qualifier?.codes ?? null;
    this.statusCodes = this.prov.status?.codes ?? null;
    this.sourceCodes = this.prov.source?.codes ?? null;
    this.qualOf = rankByCode(qualifier, toQualifier, QUALIFIER_ORDER);
    this.statusOf = rankByCode(this.prov.status, toStatus, STATUS_ORDER);
    this.sum = new Float64Array(groups);
    this.valued = new Int32Array(groups);
    this.rows = new Int32Array(groups);
    this.firstRow = new Int32Array(groups).fill(-1);
    this.statusCounts = new Int32Array(groups * 3);
    this.qualRank = new Uint8Array(groups);
    this.statusRank = new Uint8Array(groups);
    this.firstSource = new Int32Array(groups).fill(-1);
    this.sourceCount = this.prov.source?.dictionary.length ?? 0;
    this.seenSources = groups * this.sourceCount <= 1 << 22 ? new Uint8Array(groups * this.sourceCount) : null;
  }

  /** Forget everything in `group` (a later year replaces it). */
  reset(group: number): void {
    this.sum[group] = 0;
    this.valued[group] = 0;
    this.rows[group] = 0;
    this.firstRow[group] = -1;
    this.qualRank[group] = 0;
    this.statusRank[group] = 0;
    this.firstSource[group] = -1;
    this.statusCounts.fill(0, group * 3, group * 3 + 3);
    this.seenSources?.fill(0, group * this.sourceCount, (group + 1) * this.sourceCount);
    this.moreSources.delete(group);
  }

  add(group: number, row: number): void {
    const v = this.values[row]!;
    if (this.rows[group] === 0) this.firstRow[group] = row;
    this.rows[group]!++;
    if (v === v) {
      this.sum[group]! += v;
      this.valued[group]!++;
    }
    const qc = this.qualCodes ? this.qualCodes[row]! : -1;
    const q = qc < 0 ? 0 : this.qualOf[qc]!;
    if (q > this.qualRank[group]!) this.qualRank[group] = q;
    const sc = this.statusCodes ? this.statusCodes[row]! : -1;
    const s = sc < 0 ? 0 : this.statusOf[sc]!;
    if (s > this.statusRank[group]!) this.statusRank[group] = s;
    this.statusCounts[group * 3 + s]!++;
    if (this.sourceCodes) this.noteSource(group, this.sourceCodes[row]!);
  }

  private noteSource(group: number, code: number): void {
    const first = this.firstSource[group]!;
    if (first === -1) this.firstSource[group] = code;
    else if (first !== code && code >= 0 && this.seenSources) this.seenSources[group * this.sourceCount + code] = 1;
    else if (first !== code) {
      let more = this.moreSources.get(group);
      if (!more) this.moreSources.set(group, (more = new Set()));
      more.add(code);
    }
  }

  /** Sum of the group as a Figure; null when no row went in. Value null when no row had a count. */
  figure(group: number, date: string | null): Figure | null {
    const first = this.firstRow[group]!;
    if (first < 0) return null;
    const single = this.rows[group] === 1;
    return {
      value: this.valued[group]! > 0 ? this.sum[group]! : null,
      qualifier: QUALIFIER_ORDER[this.qualRank[group]!]!,
      date,
      source: this.sourceText(group, first),
      sourceUrl: single || !this.hasMoreSources(group) ? stringAt(this.prov.sourceUrl, first) : null,
      sourceDate: single ? stringAt(this.prov.sourceDate, first) : null,
      status: STATUS_ORDER[this.statusRank[group]!]!,
      note: single ? stringAt(this.prov.note, first) : null,
    };
  }

  /** Row counts per status for the group, e.g. { reported: 3, derived: 0, illustrative: 1 }. */
  statusMix(group: number): Record<RowStatus, number> {
    const at = group * 3;
    return {
      reported: this.statusCounts[at + ROW_STATUSES.indexOf('reported')]!,
      derived: this.statusCounts[at + ROW_STATUSES.indexOf('derived')]!,
      illustrative: this.statusCounts[at + ROW_STATUSES.indexOf('illustrative')]!,
    };
  }

  private otherSources(group: number): number[] {
    if (!this.seenSources) return [...(this.moreSources.get(group) ?? [])];
    const out: number[] = [];
    const at = group * this.sourceCount;
    for (let c = 0; c < this.sourceCount; c++) if (this.seenSources[at + c] === 1) out.push(c);
    return out;
  }

  private hasMoreSources(group: number): boolean {
    return this.otherSources(group).length > 0;
  }

  private sourceText(group: number, first: number): string | null {
    const firstSource = stringAt(this.prov.source, first);
    const more = this.otherSources(group);
    if (more.length === 0 || !this.prov.source) return firstSource;
    const dict = this.prov.source.dictionary;
    const names = new Set<string>(firstSource === null ? [] : [firstSource]);
    for (const code of more) if (code >= 0 && dict[code] !== undefined) names.add(dict[code]);
    return [...names].join('; ');
  }
}
