// Kazakh strings of the header settings (mirrors ../en/shell.ts).
import type { shell as en } from '../en/shell';
import type { KazakhPlural, Localized } from '../localized';

export const shell: Localized<typeof en, KazakhPlural> = {
  'shell.theme.label': 'Безендіру',
  'shell.theme.system': 'Жүйедегідей',
  'shell.theme.light': 'Ашық',
  'shell.theme.dark': 'Қараңғы',
};
