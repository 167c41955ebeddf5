// Converts well-formed records into typed columns: one tight loop over the kind's columns,
// a switch on cell type, errors formatted only on the slow path, duplicates found by key.
import { CodeBuilder, GoalsBuilder, NumberBuilder, compactRows, fit, ownString, INITIAL_CAPACITY } from './columnar';
import { cellProblem, duplicateIssue, endBeforeStartIssue } from './columnarMessages';
import {
  checkDate, isMissing, parseGoals, parsePerspective, parsePlacementType, parseQualifier, parseStatus, trimCell,
} from './convert';
import { parseCount, parseYear } from './convertCount';
import { KEY_SEED, finalMix, findRepeats, mixKey, type KeyPart } from './duplicates';
import type { HeaderMapping } from './headers';
import type { LoaderContext } from './loaderContext';
import { EXACT, RECENT, REPORTED, builderOf, keyPart, makePlans, valueText, type Plan } from './columnarPlan';
import type { Column, LoadIssue } from './types';

export type RowOutcome = 'loaded' | 'rejected';

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

  /** Converts one record; a record with any bad cell is reported cell by cell and not loaded. */
  add(fields: readonly string[], line: number): RowOutcome {
    if (this.rows === this.capacity) this.grow();
    const r = this.rows;
    let ok = true;
    let hash = KEY_SEED;
    let missing = 0; // bit j: plan j's cell was missing
    const plans = this.plans;
    for (let j = 0; j < plans.length; j++) {
      const p = plans[j] as Plan;
      const raw = p.field >= 0 ? (fields[p.field] as string) : '';
      const s = trimCell(raw);
      let problem = 0; // converter error code, or 1 for a missing required cell
      let value = 0; // what the key hash sees
      if (p.type === 4 || p.type === 3) {
        const values = (p.num as NumberBuilder).values;
        if (isMissing(s)) {
          values[r] = NaN;
          missing |= 1 << j;
          if (!p.nullable) problem = 1;
        } else {
          value = p.type === 4 ? parseCount(s, this.decimalComma) : parseYear(s);
          if (value < 0) problem = value;
          else values[r] = value;
        }
      } else if (p.type === 10) {
        value = isMissing(s) ? 0 : parseGoals(s);
        if (value < 0) problem = value;
        else (p.goals as GoalsBuilder).masks[r] = value;
      } else {
        const b = p.code as CodeBuilder;
        value = this.codeOf(p, b, s);
        if (value < -1) problem = value === -1000 ? 1 : value <= -200 ? value : value + 100;
        else {
          b.codes[r] = value;
          if (value === -1) missing |= 1 << j;
        }
      }
      if (problem !== 0) {
        ok = false;
        this.report(cellProblem(p.spec, p.header, raw, s, problem, line, this.decimalComma, this.suggestions));
      } else if (p.key) hash = mixKey(hash, value);
    }
    if (ok && this.dates) ok = this.checkDates(r, line);
    if (!ok) {
      this.discarded++;
      return 'rejected';
    }
    this.keyHashes[r] = finalMix(hash);
    missing &= this.present; // a column the file lacks has no cells to count
    for (let j = 0; missing !== 0; j++, missing >>>= 1) if (missing & 1) (plans[j] as Plan).missing++;
    this.lines[r] = line;
    this.rows++;
    return 'loaded';
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
