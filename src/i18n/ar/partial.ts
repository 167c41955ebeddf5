// Arabic strings that qualify figures: a partial count, latest figures of different years (mirrors ../en/partial.ts).
import type { partial as en } from '../en/partial';
import type { ArabicPlural, Localized } from '../localized';

export const partial: Localized<typeof en, ArabicPlural> = {
  'figure.partial': 'جزئي',
  'figure.partialNote': 'عدد جزئي: {scope}',
  'charts.ranked.mixedYears': 'أحدث رقم منشور لكل بلد: السنوات مختلفة، لذلك لا تُجمع الأرقام. اختر سنة لمقارنة البلدان في سنة واحدة.',
  'map.mixedYears': 'أحدث رقم منشور لكل بلد: السنوات مختلفة (تذكرها القائمة أدناه لكل بلد). اختر سنة لمقارنة البلدان في سنة واحدة.',
  'app.country.rankMixedYears': 'أحدث رقم لكل بلد؛ السنوات مختلفة',
};
