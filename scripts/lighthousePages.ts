// The pages `npm run lighthouse` audits and the floors each must meet (issue 11). A new entry point
// (e.g. embed.html) adds its pages here.
export const LIGHTHOUSE_PAGES: readonly string[] = [
  '/',
  '/?view=map',
  '/?view=charts',
  '/?view=table',
  '/?view=sdg',
  '/embed.html?chart=key-figures',
  '/embed.html?chart=map',
];

export const FLOORS = {
  performance: 90,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  /** Total blocking time, at most, in ms. */
  tbtMs: 200,
  /** Cumulative layout shift, at most. */
  cls: 0.02,
} as const;

export interface PageResult {
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
  readonly tbtMs: number;
  readonly cls: number;
  readonly fcpMs: number;
  readonly lcpMs: number;
  readonly speedIndexMs: number;
}

/** What is under its floor, in words, e.g. "tbtMs 340 > 200". */
export function failuresOf(r: PageResult): string[] {
  const out: string[] = [];
  for (const key of ['performance', 'accessibility', 'bestPractices', 'seo'] as const) {
    if (!(r[key] >= FLOORS[key])) out.push(`${key} ${r[key]} < ${FLOORS[key]}`);
  }
  if (!(r.tbtMs <= FLOORS.tbtMs)) out.push(`tbtMs ${r.tbtMs} > ${FLOORS.tbtMs}`);
  if (!(r.cls <= FLOORS.cls)) out.push(`cls ${r.cls} > ${FLOORS.cls}`);
  return out;
}
