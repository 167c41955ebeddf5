// Strings shared by every view. Plural messages are objects keyed by Intl.PluralRules category.
export const common = {
  'app.title': 'Volunteer statistics',
  'status.illustrative': 'Illustrative',
  'status.illustrative.help': 'Not published anywhere: shown only so that the view is not empty.',
  'status.derived': 'Derived',
  'status.reported': 'Reported',
  'qualifier.exact': '{value}',
  'qualifier.at_least': 'more than {value}',
  'qualifier.approx': 'about {value}',
  'source.label': 'Source: {source}',
  'noData': 'No data',
  'loading': 'Loading…',
  'rows': { one: '{count} row', other: '{count} rows' },
  // UN M49 regions (the region column of data/countries.csv)
  'region.Africa': 'Africa',
  'region.Americas': 'Americas',
  'region.Antarctica': 'Antarctica',
  'region.Asia': 'Asia',
  'region.Europe': 'Europe',
  'region.Oceania': 'Oceania',
} as const;
