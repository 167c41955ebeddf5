// The charts a person can take out of a view: one id per chart, shared by the embed (?chart=), the deck
// (?slides=) and the panels' action buttons. A public interface: ids never change meaning.
export const CHART_IDS = [
  'key-figures', 'map', 'ranked', 'national-international', 'years', 'events', 'sdg-grid', 'sdg-bars', 'country-profile',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(value: string): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value);
}
