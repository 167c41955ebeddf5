// The "Download" menu on chart panels and key-figure cards, and the words of exported figures.
export const exportMenu = {
  'export.menu': 'Download',
  'export.menu.label': 'Download {title}',
  'export.png': 'PNG image',
  'export.slide': 'Slide image (1920×1080)',
  'export.svg': 'SVG image',
  'export.copy': 'Copy image',
  'export.csv': 'Data (CSV)',
  'export.working': 'Preparing the file…',
  'export.done': 'Downloaded {file}.',
  'export.copied': 'Image copied. Paste it into a document or slide.',
  'export.copyRefused': 'This browser did not let the page copy an image. Use "PNG image" and insert the file instead.',
  'export.failed': 'The export failed ({message}). Try again, or use another format.',
  'export.noChart': 'There is no chart to export yet. Wait until it has loaded.',
  'export.moreSources': { one: 'and {count} more source', other: 'and {count} more sources' },
  'export.subtitle.event': 'Event: {event}',
  'export.subtitle.year': 'Year: {year}',
} as const;
