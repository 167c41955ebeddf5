// Indicators (owner: loader): the dataset's name and the units its values are shown in; embeds use it too.
export const indicator = {
  'app.dataset.indicators': 'Indicators',
  'app.metric.value': 'Value',
  'indicator.label': 'Indicator',
  'indicator.unit.count': 'count',
  'indicator.unit.percent': 'percent',
  'indicator.unit.per_1000': 'per 1,000 people',
  'indicator.unit.other': 'other unit',
  'indicator.perThousand': 'per 1,000',
  'indicator.oneScale': 'Each indicator is one source and one method, shown on its own scale: indicators are never drawn or compared on one scale.',
  'indicator.moreCountries': { one: '{count} more country has figures of this indicator: the table and the map show every country.', other: '{count} more countries have figures of this indicator: the table and the map show every country.' },
} as const;
