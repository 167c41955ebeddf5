// Where "Open in the dashboard" goes: the dashboard view that shows the chart, in the embed's state.
import type { ChartId } from '../../state/chartIds';
import { serializeEmbed, serializeState, type EmbedOptions } from '../../state/url';
import type { View, ViewState } from '../../state/viewState';

export const VIEW_OF_CHART: Readonly<Record<ChartId, View>> = {
  'key-figures': 'overview',
  map: 'map',
  ranked: 'charts',
  'national-international': 'charts',
  years: 'charts',
  events: 'charts',
  'sdg-grid': 'sdg',
  'sdg-bars': 'sdg',
  'country-profile': 'country',
};

/** The dashboard's address for a state, beside embed.html (index.html in the same folder). */
export function dashboardHref(state: ViewState, base: string): string {
  return new URL(`./${serializeState(state)}`, base).href;
}

/** The embed's address for a chart and state, relative to the dashboard page `base`. */
export function embedHref(embed: EmbedOptions, state: ViewState, base: string): string {
  return new URL(`./embed.html${serializeEmbed(embed, state)}`, base).href;
}

/** The dashboard's address showing this embed's chart. */
export function chartDashboardHref(chart: ChartId, state: ViewState, base: string): string {
  return dashboardHref({ ...state, view: VIEW_OF_CHART[chart] }, base);
}
