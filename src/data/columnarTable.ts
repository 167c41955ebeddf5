// Converts well-formed records into typed columns: records wait in batches of 128, each converted
// column by column (one tight loop per cell type), errors formatted only on the slow path,
// duplicates found by key once all rows are in. A plain record (plainRecords.ts) waits as spans of the
// file's text: plain digits and recently seen codes are read where they lie, other cells copied out.
import { CodeBuilder, GoalsBuilder, NumberBuilder, compactRows, fit, ownString, INITIAL_CAPACITY } from './columnar';
import { cellProblem, duplicateIssue, endBeforeStartIssue } from './columnarMessages';
import {
  ERR_INVALID, MAX_YEAR, MIN_YEAR, checkDate, isMissing, parseDecimal, parseGoals, parsePerspective, parsePlacementType, parseQualifier, parseStatus, parseUnit, trimCell,
} from './convert';
import { parseCount, parseYear, plainCountAt } from './convertCount';
import { KEY_SEED, finalMix, findRepeats, mixKey, type KeyPart } from './duplicates';
import type { HeaderMapping } from './headers';
import type { LoaderContext } from './loaderContext';
import type { RecordCells } from './recordCells';
import { EXACT, RECENT, REPORTED, builderOf, keyPart, makePlans, valueText, type Plan } from './columnarPlan';
import type { Column, LoadIssue } from './types';

/** Records converted together, column by column. */
const BATCH = 128;
const EMPTY_RECORD: readonly string[] = [];
/** recentIn's answer for a cell that is not among its column's recent ones (codes are never this low). */
const NOT_RECENT = -1_000_000;
/** Marks a batch record that waits as spans of the text (see addCells). */
const SPANS: readonly string[] = [];

export class ColumnarTable {
  rows = 0;
  /** Rows converted but not kept (rejected or merged): their new strings may linger in dictionaries. */
  private discarded = 0;
  private capacity = INITIAL_CAPACITY;
  private lines = new Int32Array(INITIAL_CAPACITY);
  private readonly plans: Plan[];
  private readonly keyParts: readonly KeyPart[];
  private readonly keyPlans: readonly Plan[];
  /** finalMix of each kept row's key, for findRepeats. */
  private keyHashes = new Int32Array(INITIAL_CAPACITY);
  private readonly suggestions: (string | null)[] = [];
  private readonly defaultSource: number;
  private readonly decimalComma: boolean;
  private readonly dates: { start: Plan; end: Plan } | null;
  /** Bit j set when plan j's column is in the file. */
  private readonly present: number;
  /** Records waiting to be converted, their lines, and per-record scratch for the conversion. */
  private readonly batch: (readonly string[])[] = new Array<readonly string[]>(BATCH).fill(EMPTY_RECORD);
  private readonly batchLines = new Int32Array(BATCH);
  private batchSize = 0;
  private readonly hashes = new Int32Array(BATCH);
  /** Bit j: plan j's cell was missing. */
  private readonly missing = new Int32Array(BATCH);
  private readonly bad = new Uint8Array(BATCH);
  /**
   * Plans whose records all hold one cell (Plan.same), converted once at the first batch: 1 in sameOk when
   * it converts without a problem (a cell with one is converted per record, to report it per record),
   * with the value written; sameMissing: bits of those that are missing.
   */
  private sameReady = false;
  private readonly sameOk: Uint8Array;
  private readonly sameValue: Float64Array;
  private sameMissing = 0;
  /** Cells of a batch record that waits as spans (`batch[i]` is then SPANS): text[starts[i * width + f], ends[...]). */
  private text = '';
  private width = 0;
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);

  constructor(
    mapping: HeaderMapping,
    private readonly context: LoaderContext,
    private readonly report: (issue: LoadIssue) => void,
    options: { readonly fileName: string; readonly decimalComma: boolean },
  ) {
    this.decimalComma = options.decimalComma;
    this.plans = makePlans(mapping);
    this.present = this.plans.reduce((mask, p, j) => (p.field >= 0 ? mask | (1 << j) : mask), 0);
    const plan = (name: string): Plan => this.plans.find((p) => p.spec.name === name) as Plan;
    this.keyPlans = mapping.schema.key.map(plan);
    this.keyParts = this.keyPlans.map(keyPart);
    this.defaultSource = (plan('source').code as CodeBuilder).intern(options.fileName);
    this.dates = mapping.schema.kind === 'events' ? { start: plan('start_date'), end: plan('end_date') } : null;
    this.sameOk = new Uint8Array(this.plans.length);
    this.sameValue = new Float64Array(this.plans.length);
  }

  /** Converts each plan's one cell (Plan.same) as convertBatch would convert it in every record. */
  private convertSameCells(): void {
    this.sameReady = true;
    this.plans.forEach((p, j) => {
      if (p.same === null) return;
      const s = trimCell(p.same);
      let value: number;
      if (p.type === 4 || p.type === 3 || p.type === 11) {
        if (isMissing(s)) {
          if (!p.nullable) return;
          value = NaN;
          this.sameMissing |= 1 << j;
        } else {
          value = p.type === 11 ? parseDecimal(s, this.decimalComma) : p.type === 4 ? parseCount(s, this.decimalComma) : parseYear(s);
          if (p.type === 11 ? value !== value : value < 0) return;
        }
      } else if (p.type === 10) {
        value = isMissing(s) ? 0 : parseGoals(s);
        if (value < 0) return;
      } else {
        value = this.codeOf(p, p.code as CodeBuilder, s);
        if (value < -1) return;
        if (value === -1) this.sameMissing |= 1 << j;
      }
      this.sameOk[j] = 1;
      this.sameValue[j] = value;
    });
  }

  private grow(): void {
    this.resize(this.capacity * 2);
  }

  private resize(capacity: number): void {
    this.capacity = capacity;
    const lines = new Int32Array(capacity);
    lines.set(this.lines);
    this.lines = lines;
    const hashes = new Int32Array(capacity);
    hashes.set(this.keyHashes);
    this.keyHashes = hashes;
    for (const p of this.plans) builderOf(p).grow(capacity);
  }

  /** Makes room for about this many rows at once, instead of doubling (an estimate from the first piece). */
  reserve(rows: number): void {
    if (rows > this.capacity) this.resize(rows);
  }

  /** Takes a well-formed record; it is converted with the rest of its batch (see convertBatch). */
  add(fields: readonly string[], line: number): void {
    const n = this.batchSize;
    this.batch[n] = fields;
    this.batchLines[n] = line;
    this.batchSize = n + 1;
    if (n + 1 === BATCH) this.convertBatch();
  }

  /**
   * Takes a well-formed record whose cells are spans of one text (a PlainRecord, valid during the call only):
   * the spans wait with the batch, so no cell becomes a string unless it has to.
   */
  addCells(record: RecordCells, line: number): void {
    const w = record.length;
    if (w > this.width) {
      if (this.batchSize > 0) this.convertBatch(); // spans waiting were laid out for the narrower width
      this.width = w;
      this.starts = new Int32Array(BATCH * w);
      this.ends = new Int32Array(BATCH * w);
    }
    const host = record.host(0);
    if (host !== this.text) {
      if (this.batchSize > 0) this.convertBatch();
      this.text = host;
    }
    const n = this.batchSize;
    const at = n * this.width;
    for (let f = 0; f < w; f++) {
      this.starts[at + f] = record.start(f);
      this.ends[at + f] = record.end(f);
    }
    this.batch[n] = SPANS;
    this.batchLines[n] = line;
    this.batchSize = n + 1;
    if (n + 1 === BATCH) this.convertBatch();
  }

  /** Cell f of batch record i as a string ('' when the file has no such column). */
  private raw(i: number, f: number): string {
    if (f < 0) return '';
    const record = this.batch[i] as readonly string[];
    if (record !== SPANS) return record[f] as string;
    const k = i * this.width + f;
    return this.text.slice(this.starts[k], this.ends[k]);
  }

  /**
   * The value of a cell of batch record i of 1 to `most` plain digits, read in place; -1 for anything else
   * (the cell is then copied out and read by the rules). Digits need no trimming and are never missing.
   */
  private digitsIn(i: number, f: number, most: number): number {
    if (f < 0 || this.batch[i] !== SPANS) return -1;
    const k = i * this.width + f;
    const from = this.starts[k] as number, to = this.ends[k] as number;
    return to - from > most ? -1 : plainCountAt(this.text, from, to);
  }

  /** Converts what is left of the last batch; then the counts are final. */
  endRecords(): { loaded: number; rejected: number } {
    this.convertBatch();
    return { loaded: this.rows, rejected: this.discarded };
  }

  /**
   * Converts the batch column by column (a tight loop per cell type is ~40% faster than a switch per
   * cell), then drops the records that had any bad cell; each bad cell is reported.
   */
  private convertBatch(): void {
    const n = this.batchSize;
    if (n === 0) return;
    while (this.rows + n > this.capacity) this.grow();
    const r0 = this.rows;
    const { batch, batchLines, hashes, missing, bad } = this;
    hashes.fill(KEY_SEED, 0, n);
    missing.fill(0, 0, n);
    bad.fill(0, 0, n);
    const plans = this.plans;
    if (!this.sameReady) this.convertSameCells();
    for (let j = 0; j < plans.length; j++) {
      const p = plans[j] as Plan;
      const f = p.field;
      const bit = 1 << j;
      const key = p.key;
      if (this.sameOk[j] === 1) {
        // The same cell in every record, converted once and written at once. It stays out of the key
        // hash: a part equal in every row tells no two keys apart.
        const value = this.sameValue[j] as number;
        if (p.num) p.num.values.fill(value, r0, r0 + n);
        else if (p.goals) p.goals.masks.fill(value, r0, r0 + n);
        else (p.code as CodeBuilder).codes.fill(value, r0, r0 + n);
      } else if (p.type === 4 || p.type === 3 || p.type === 11) {
        const values = (p.num as NumberBuilder).values;
        const isCount = p.type === 4;
        const isDecimal = p.type === 11;
        for (let i = 0; i < n; i++) {
          if (!isDecimal) {
            // Plain digits read where they lie: the same value parseCount and parseYear give them.
            const d = this.digitsIn(i, f, isCount ? 15 : 4);
            if (d >= 0 && (isCount || (d >= MIN_YEAR && d <= MAX_YEAR))) {
              values[r0 + i] = d;
              if (key) hashes[i] = mixKey(hashes[i] as number, d);
              continue;
            }
          }
          const raw = this.raw(i, f);
          const s = trimCell(raw);
          let value = 0; // what the key hash sees
          if (isMissing(s)) {
            values[r0 + i] = NaN;
            missing[i] = (missing[i] as number) | bit;
            if (!p.nullable) this.reject(i, p, raw, s, 1);
          } else {
            if (isDecimal) {
              const v = parseDecimal(s, this.decimalComma);
              if (v !== v) this.reject(i, p, raw, s, ERR_INVALID);
              else values[r0 + i] = v;
            } else {
              value = isCount ? parseCount(s, this.decimalComma) : parseYear(s);
              if (value < 0) this.reject(i, p, raw, s, value);
              else values[r0 + i] = value;
            }
          }
          if (key) hashes[i] = mixKey(hashes[i] as number, value);
        }
      } else if (p.type === 10) {
        const masks = (p.goals as GoalsBuilder).masks;
        for (let i = 0; i < n; i++) {
          const raw = this.raw(i, f);
          const s = trimCell(raw);
          const value = isMissing(s) ? 0 : parseGoals(s);
          if (value < 0) this.reject(i, p, raw, s, value);
          else masks[r0 + i] = value;
          if (key) hashes[i] = mixKey(hashes[i] as number, value);
        }
      } else {
        const b = p.code as CodeBuilder;
        const codes = b.codes;
        for (let i = 0; i < n; i++) {
          let value = this.recentIn(p, i, f);
          let raw = '', s = '';
          if (value === NOT_RECENT) {
            raw = this.raw(i, f);
            s = trimCell(raw);
            value = this.codeOf(p, b, s);
          }
          if (value < -1) this.reject(i, p, raw, s, value === -1000 ? 1 : value <= -200 ? value : value + 100);
          else {
            codes[r0 + i] = value;
            if (value === -1) missing[i] = (missing[i] as number) | bit;
          }
          if (key) hashes[i] = mixKey(hashes[i] as number, value);
        }
      }
    }
    let kept = 0;
    for (let i = 0; i < n; i++) {
      const line = batchLines[i] as number;
      if (bad[i] === 0 && this.dates !== null && !this.checkDates(r0 + i, line)) bad[i] = 1;
      batch[i] = EMPTY_RECORD; // let the record's strings go
      if (bad[i] !== 0) continue;
      const r = r0 + kept;
      if (kept !== i) this.moveRow(r0 + i, r);
      this.keyHashes[r] = finalMix(hashes[i] as number);
      this.lines[r] = line;
      let m = ((missing[i] as number) | this.sameMissing) & this.present; // a column the file lacks has no cells to count
      for (let j = 0; m !== 0; j++, m >>>= 1) if (m & 1) (plans[j] as Plan).missing++;
      kept++;
    }
    this.rows += kept;
    this.discarded += n - kept;
    this.batchSize = 0;
  }

  /** Reports a bad cell of batch record `i` and marks the record. */
  private reject(i: number, p: Plan, raw: string, s: string, problem: number): void {
    this.bad[i] = 1;
    this.report(cellProblem(p.spec, p.header, raw, s, problem, this.batchLines[i] as number, this.decimalComma, this.suggestions));
  }

  /** Moves a converted row down over a rejected one (rejections are rare: no bulk compaction). */
  private moveRow(from: number, to: number): void {
    for (const p of this.plans) {
      if (p.num) p.num.values[to] = p.num.values[from] as number;
      else if (p.goals) p.goals.masks[to] = p.goals.masks[from] as number;
      else {
        const codes = (p.code as CodeBuilder).codes;
        codes[to] = codes[from] as number;
      }
    }
  }

  /**
   * The code of a span cell equal to one of its column's recent cells (compared in place), or NOT_RECENT.
   * A cell with white space or other characters outside printable ASCII at either end is left to trimCell.
   */
  private recentIn(p: Plan, i: number, f: number): number {
    if (f < 0 || this.batch[i] !== SPANS) return NOT_RECENT;
    const k = i * this.width + f;
    const text = this.text;
    const from = this.starts[k] as number, to = this.ends[k] as number;
    const len = to - from;
    if (len > 0) {
      const a = text.charCodeAt(from), z = text.charCodeAt(to - 1);
      if (a <= 32 || a >= 127 || z <= 32 || z >= 127) return NOT_RECENT;
    }
    const recent = p.recent;
    outer: for (let r = 0; r < RECENT; r++) {
      const seen = recent[r] as string;
      if (seen.length !== len) continue;
      for (let c = 0; c < len; c++) if (seen.charCodeAt(c) !== text.charCodeAt(from + c)) continue outer;
      return p.recentCodes[r] as number;
    }
    return NOT_RECENT;
  }

  /** Dictionary code of a code-typed cell, -1 when missing, -1000 when required but missing, another negative for an error. */
  private codeOf(p: Plan, b: CodeBuilder, s: string): number {
    // Recently seen cells: comparing a few strings is cheaper than hashing a fresh one.
    const recent = p.recent;
    for (let k = 0; k < RECENT; k++) if (s === recent[k]) return p.recentCodes[k] as number;
    const code = this.freshCodeOf(p, b, s);
    if (code >= -1) {
      const k = p.nextRecent;
      recent[k] = s;
      p.recentCodes[k] = code;
      p.nextRecent = (k + 1) % RECENT;
    }
    return code;
  }

  private freshCodeOf(p: Plan, b: CodeBuilder, s: string): number {
    const t = p.type;
    if (isMissing(s) && (s === '' || t !== 1)) {
      if (t === 6) return EXACT;
      if (t === 7) return REPORTED;
      if (t === 1 && p.spec.name === 'source') return this.defaultSource;
      return p.nullable ? -1 : -1000;
    }
    switch (t) {
      case 0: case 1: return b.intern(s);
      case 2: { const c = checkDate(s); return c < 0 ? c - 100 : b.intern(s); }
      case 5: return this.countryCode(p, b, s);
      case 6: { const c = parseQualifier(s); return c < 0 ? c - 100 : c; }
      case 7: { const c = parseStatus(s); return c < 0 ? c - 100 : c; }
      case 8: { const c = parsePerspective(s); return c < 0 ? c - 100 : c; }
      case 12: { const c = parseUnit(s); return c < 0 ? c - 100 : c; }
      default: { const c = parsePlacementType(s); return c < 0 ? c - 100 : c; }
    }
  }

  private countryCode(p: Plan, b: CodeBuilder, s: string): number {
    const cache = p.countries as Map<string, number>;
    let code = cache.get(s);
    if (code === undefined) {
      const found = this.context.resolveCountry(s);
      if (found.ok) code = b.intern(found.code);
      else code = -200 - (this.suggestions.push(found.suggestion) - 1);
      cache.set(ownString(s), code);
    }
    return code;
  }

  private checkDates(r: number, line: number): boolean {
    const { start, end } = this.dates as { start: Plan; end: Plan };
    const s = (start.code as CodeBuilder).codes[r] as number;
    const e = (end.code as CodeBuilder).codes[r] as number;
    if (s < 0 || e < 0) return true;
    const from = (start.code as CodeBuilder).dictionary[s] as string;
    const to = (end.code as CodeBuilder).dictionary[e] as string;
    if (to >= from.slice(0, to.length)) return true;
    this.report(endBeforeStartIssue(end.header, from, to, line));
    return false;
  }

  private identical(a: number, b: number): boolean {
    for (const p of this.plans) {
      if (p.num) {
        const x = p.num.values[a] as number;
        const y = p.num.values[b] as number;
        if (x !== y && !(x !== x && y !== y)) return false;
      } else if (p.goals) {
        if (p.goals.masks[a] !== p.goals.masks[b]) return false;
      } else if ((p.code as CodeBuilder).codes[a] !== (p.code as CodeBuilder).codes[b]) return false;
    }
    return true;
  }

  private keyText(row: number): string {
    return this.keyPlans.map((p) => valueText(p, row)).join(', ');
  }

  /**
   * True when two kept rows share a key (their hashes are already written: no pass over the columns).
   * Rows with different hashes have different keys, so keys are compared only when two hashes are equal;
   * the hashes are sorted natively, which costs less than findRepeats' passes before V8 optimizes them.
   */
  keysRepeat(): boolean {
    const sorted = this.keyHashes.slice(0, this.rows).sort();
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i] === sorted[i - 1]) return findRepeats(this.keyHashes, this.rows, this.keyParts).length > 0;
    }
    return false;
  }

  /**
   * Once all rows are in: a row repeating an earlier row's key is merged (identical: a warning) or
   * refused (different values: an error citing both lines), and removed from the columns.
   */
  resolveDuplicates(): { merged: number; conflicting: number } {
    const pairs = findRepeats(this.keyHashes, this.rows, this.keyParts);
    if (pairs.length === 0) return { merged: 0, conflicting: 0 };
    const drop = new Uint8Array(this.rows);
    let merged = 0;
    for (let i = 0; i < pairs.length; i += 2) {
      const later = pairs[i] as number;
      const earlier = pairs[i + 1] as number;
      const same = this.identical(earlier, later);
      if (same) merged++;
      drop[later] = 1;
      this.report(duplicateIssue(same, this.lines[later] as number, this.lines[earlier] as number, this.keyText(earlier)));
    }
    this.compact(drop);
    this.discarded += pairs.length / 2;
    return { merged, conflicting: pairs.length / 2 - merged };
  }

  /** Removes dropped rows from every column, keeping order. */
  private compact(drop: Uint8Array): void {
    const arrays: (Float64Array | Int32Array | Uint32Array)[] = [this.lines];
    for (const p of this.plans) arrays.push(p.num ? p.num.values : p.goals ? p.goals.masks : (p.code as CodeBuilder).codes);
    this.rows = compactRows(arrays, drop, this.rows);
  }

  /** Columns every row of which holds one value: a cell every record holds (Plan.same), converted once. */
  sameColumns(): Set<string> {
    return new Set(this.plans.filter((_, j) => this.sameOk[j] === 1).map((p) => p.spec.name));
  }

  finish(): { columns: Record<string, Column>; lines: Int32Array; missingCells: Record<string, number> } {
    const columns: Record<string, Column> = {};
    const missingCells: Record<string, number> = {};
    for (const p of this.plans) {
      const builder = builderOf(p);
      columns[p.spec.name] = builder instanceof CodeBuilder ? builder.finish(this.rows, this.discarded > 0) : builder.finish(this.rows);
      if (p.missing > 0) missingCells[p.spec.name] = p.missing;
    }
    return { columns, lines: fit(this.lines, this.rows), missingCells };
  }
}
