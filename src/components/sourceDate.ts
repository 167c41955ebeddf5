// A source's date is said once: not appended when the source's own name already states it
// ("The Astana Times, 2023-06" dated 2023-06 reads "The Astana Times, 2023-06", not "…, 2023-06, June 2023").

/** The ISO date to show after the source's name, or null when there is none or the name already holds it. */
export function sourceDateToShow(source: string, isoDate: string | null | undefined): string | null {
  if (!isoDate) return null;
  return source.includes(isoDate) ? null : isoDate;
}
