// Transforms fail loudly on options they do not know: a typo must not silently change a figure.

/** Throws when `options` holds a key outside `known`. */
export function assertKnownOptions(fn: string, options: object, known: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new Error(`${fn}: unknown option "${key}" (known: ${known.join(', ')})`);
    }
  }
}

/** Throws when `value` is not one of `allowed`; returns it narrowed. */
export function assertOneOf<T extends string>(fn: string, name: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new Error(`${fn}: option "${name}" must be one of ${allowed.join(', ')}; got ${String(value)}`);
  }
  return value as T;
}

/** Throws unless `value` is a whole number (a year, a goal, a count of rows). */
export function assertInteger(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new Error(`${fn}: option "${name}" must be a whole number; got ${String(value)}`);
  }
  return value;
}

/** Throws unless `goal` is an SDG number 1..17. */
export function assertGoal(fn: string, name: string, goal: unknown): number {
  const g = assertInteger(fn, name, goal);
  if (g < 1 || g > 17) throw new Error(`${fn}: option "${name}" must be an SDG goal 1-17; got ${g}`);
  return g;
}
