// Without a chosen year each country shows its latest figure: do those figures belong to different years?
// Dates within one year (organisations counted in January and October) are still one year's figures.
export function yearsDiffer(values: Iterable<{ readonly date: string | null }>): boolean {
  const years = new Set<string | null>();
  for (const v of values) years.add(v.date?.slice(0, 4) ?? null);
  return years.size > 1;
}
