// Strings of the page-wide settings in the header: colour theme (owner: E, languages/theme/a11y).
export const shell = {
  'shell.theme.label': 'Theme',
  'shell.theme.system': 'Follow the system',
  'shell.theme.light': 'Light',
  'shell.theme.dark': 'Dark',
} as const;
