// Russian strings of the header settings (mirrors ../en/shell.ts).
import type { shell as en } from '../en/shell';
import type { Localized, RussianPlural } from '../localized';

export const shell: Localized<typeof en, RussianPlural> = {
  'shell.theme.label': 'Оформление',
  'shell.theme.system': 'Как в системе',
  'shell.theme.light': 'Светлое',
  'shell.theme.dark': 'Тёмное',
};
