// English strings that qualify figures: a partial count (one agency, mission or crisis), latest figures of different years.
export const partial = {
  'figure.partial': 'partial',
  'figure.partialNote': 'Partial count: {scope}',
  'charts.ranked.mixedYears': "Each country's latest published figure: their years differ, so they are not added up. Choose a year to compare countries in one year.",
  'map.mixedYears': "Each country's latest published figure: the years differ (the list below gives each one). Choose a year to compare countries in one year.",
  'app.country.rankMixedYears': "each country's latest figure; the years differ",
} as const;
