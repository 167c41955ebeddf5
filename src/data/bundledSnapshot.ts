// The bundled datasets as the loader left them (validated, typed, columnar), written once at build time for the
// embed, which then draws without the CSV parser. Typed arrays travel as tagged lists; NaN (missing) as null.
import type { Reference } from './loaderProtocol';
import type { LoadResult } from './types';

/** Bumped when the shape changes, so a stale cached file is refused rather than misread. */
export const SNAPSHOT_VERSION = 1;

export interface BundledSnapshot {
  readonly reference: Reference;
  readonly results: readonly LoadResult[];
}

const TYPED = { f64: Float64Array, i32: Int32Array, u32: Uint32Array } as const;
type TypedTag = keyof typeof TYPED;

function tagOf(value: unknown): TypedTag | null {
  if (value instanceof Float64Array) return 'f64';
  if (value instanceof Int32Array) return 'i32';
  if (value instanceof Uint32Array) return 'u32';
  return null;
}

export function encodeSnapshot(snapshot: BundledSnapshot): string {
  return JSON.stringify({ version: SNAPSHOT_VERSION, ...snapshot }, (_key, value: unknown) => {
    const tag = tagOf(value);
    if (tag === null) return value;
    return { $typed: tag, values: Array.from(value as ArrayLike<number>, (v) => (Number.isNaN(v) ? null : v)) };
  });
}

function isTyped(value: unknown): value is { $typed: TypedTag; values: (number | null)[] } {
  return typeof value === 'object' && value !== null && '$typed' in value && 'values' in value;
}

/** The snapshot back with its typed arrays; throws on a file of another version or shape. */
export function decodeSnapshot(text: string): BundledSnapshot {
  const parsed = JSON.parse(text, (_key, value: unknown) => {
    if (!isTyped(value)) return value;
    const Typed = TYPED[value.$typed];
    if (!Typed) throw new Error(`bundled data: unknown array type ${String(value.$typed)}`);
    return Typed.from(value.values.map((v) => (v === null ? Number.NaN : v)));
  }) as { version?: unknown } & Partial<BundledSnapshot>;
  if (parsed.version !== SNAPSHOT_VERSION || !parsed.reference || !Array.isArray(parsed.results)) {
    throw new Error(`bundled data: expected version ${SNAPSHOT_VERSION} with reference and results`);
  }
  return { reference: parsed.reference, results: parsed.results };
}
