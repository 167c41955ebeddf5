// Arabic strings of the header settings (mirrors ../en/shell.ts).
import type { shell as en } from '../en/shell';
import type { ArabicPlural, Localized } from '../localized';

export const shell: Localized<typeof en, ArabicPlural> = {
  'shell.theme.label': 'المظهر',
  'shell.theme.system': 'حسب إعدادات النظام',
  'shell.theme.light': 'فاتح',
  'shell.theme.dark': 'داكن',
};
