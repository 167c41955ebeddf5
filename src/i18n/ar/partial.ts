// Arabic strings that mark a partial figure (mirrors ../en/partial.ts).
import type { partial as en } from '../en/partial';
import type { ArabicPlural, Localized } from '../localized';

export const partial: Localized<typeof en, ArabicPlural> = {
  'figure.partial': 'جزئي',
  'figure.partialNote': 'عدد جزئي: {scope}',
};
