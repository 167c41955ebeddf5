// Russian strings that mark a partial figure (mirrors ../en/partial.ts).
import type { partial as en } from '../en/partial';
import type { Localized, RussianPlural } from '../localized';

export const partial: Localized<typeof en, RussianPlural> = {
  'figure.partial': 'неполные данные',
  'figure.partialNote': 'Неполный подсчёт: {scope}',
};
