// One plan per canonical column: where its cells are in the file, how they are typed, and the
// builder they are written to. Shared by ColumnarTable and its duplicate resolution.
import { CodeBuilder, GoalsBuilder, NumberBuilder } from './columnar';
import { goalsAt } from './columns';
import type { KeyPart } from './duplicates';
import type { HeaderMapping } from './headers';
import type { CellType, ColumnSpec } from './schemas';
import { INDICATOR_UNITS, PERSPECTIVES, PLACEMENT_TYPES, QUALIFIERS, ROW_STATUSES } from './types';

/** How many recent distinct cells each code column remembers. */
export const RECENT = 4;

export const TYPE_IDS: Readonly<Record<CellType, number>> = {
  id: 0, text: 1, date: 2, year: 3, count: 4, country: 5, qualifier: 6, status: 7, perspective: 8, placementType: 9, goals: 10, decimal: 11, unit: 12,
};
export const EXACT = QUALIFIERS.indexOf('exact');
export const REPORTED = ROW_STATUSES.indexOf('reported');

export interface Plan {
  readonly spec: ColumnSpec;
  readonly field: number;
  readonly header: string;
  readonly type: number;
  readonly nullable: boolean;
  readonly num: NumberBuilder | null;
  readonly code: CodeBuilder | null;
  readonly goals: GoalsBuilder | null;
  /** Country cells: raw text -> dictionary code, or -2 - index into suggestions for an unknown name. */
  readonly countries: Map<string, number> | null;
  /** The cell every record holds here (see HeaderMapping.sameCells), or null. */
  readonly same: string | null;
  /** Part of the row key (see schemas.ts). */
  readonly key: boolean;
  /** Missing cells in loaded rows. */
  missing: number;
  /** The last RECENT distinct cells of a code column and their codes (a trimmed cell is never ' '). */
  readonly recent: string[];
  readonly recentCodes: Int32Array;
  nextRecent: number;
}

export function builderFor(type: CellType): Pick<Plan, 'num' | 'code' | 'goals'> {
  switch (type) {
    case 'year': case 'count': case 'decimal': return { num: new NumberBuilder(), code: null, goals: null };
    case 'goals': return { num: null, code: null, goals: new GoalsBuilder() };
    case 'qualifier': return { num: null, code: new CodeBuilder(QUALIFIERS), goals: null };
    case 'status': return { num: null, code: new CodeBuilder(ROW_STATUSES), goals: null };
    case 'perspective': return { num: null, code: new CodeBuilder(PERSPECTIVES), goals: null };
    case 'placementType': return { num: null, code: new CodeBuilder(PLACEMENT_TYPES), goals: null };
    case 'unit': return { num: null, code: new CodeBuilder(INDICATOR_UNITS), goals: null };
    default: return { num: null, code: new CodeBuilder(), goals: null };
  }
}

export function keyPart(plan: Plan): KeyPart {
  const { num, code, goals } = plan;
  if (num) return (row) => num.values[row] as number;
  if (goals) return (row) => goals.masks[row] as number;
  const codes = code as CodeBuilder;
  return (row) => codes.codes[row] as number;
}

/** The plans of a header mapping, in schema order. */
export function makePlans(mapping: HeaderMapping): Plan[] {
  return mapping.schema.columns.map((spec, i) => ({
    spec,
    field: mapping.fieldIndex[i] as number,
    header: mapping.written[i] as string,
    type: TYPE_IDS[spec.type],
    nullable: spec.nullable,
    ...builderFor(spec.type),
    countries: spec.type === 'country' ? new Map<string, number>() : null,
    same: (mapping.fieldIndex[i] as number) < 0 ? '' : mapping.sameCells?.[i] ?? null,
    key: mapping.schema.key.includes(spec.name),
    missing: 0,
    recent: Array.from({ length: RECENT }, () => ' '),
    recentCodes: new Int32Array(RECENT),
    nextRecent: 0,
  }));
}

export function builderOf(p: Plan): NumberBuilder | CodeBuilder | GoalsBuilder {
  return (p.num ?? p.code ?? p.goals) as NumberBuilder | CodeBuilder | GoalsBuilder;
}

export function valueText(p: Plan, row: number): string {
  if (p.num) return String(p.num.values[row]);
  if (p.goals) {
    const mask = p.goals.masks[row] as number;
    return mask === 0 ? 'no SDG' : `SDG ${goalsAt(mask).join('|')}`;
  }
  const b = p.code as CodeBuilder;
  return b.dictionary[b.codes[row] as number] ?? '';
}
