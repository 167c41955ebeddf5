// What search engines and link previews show for each page: one description per view (owner: issue 11).
export const seo = {
  'seo.description.overview': 'Key figures on volunteering, each with its source and date: CICA volunteer movement delegates, UN Volunteers worldwide and by country, and volunteer organisations in Kazakhstan.',
  'seo.description.map': 'A world map of volunteering figures by country (delegates, UN Volunteers, volunteer organisations), with sources and a searchable country list.',
  'seo.description.charts': 'Charts of volunteering figures: countries ranked, national and international UN Volunteers, UN Volunteers over the years, events compared. Every figure sourced.',
  'seo.description.sdg': 'UN Volunteers by Sustainable Development Goal, shown as a grid and as ranked bars, with sources.',
  'seo.description.country': 'Every volunteering figure for one country across all datasets, with sources and its rank among CICA states.',
  'seo.description.table': 'The volunteering data as a table: sort, filter, search, group with totals and download as CSV.',
  'seo.description.sources': 'The datasets behind the volunteering dashboard: sources, dates, row counts and load reports.',
  'headerMenu.button': 'Settings',
  'headerMenu.label': 'Upload, language and theme',
} as const;
