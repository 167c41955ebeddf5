// Indicators: the dataset's name and the units its values are shown in (mirrors ../en/indicator.ts).
import type { indicator as en } from '../en/indicator';
import type { ArabicPlural, Localized } from '../localized';

export const indicator: Localized<typeof en, ArabicPlural> = {
  'app.dataset.indicators': 'المؤشرات',
  'app.metric.value': 'القيمة',
  'indicator.label': 'المؤشر',
  'indicator.unit.count': 'عدد',
  'indicator.unit.percent': 'نسبة مئوية',
  'indicator.unit.per_1000': 'لكل 1000 شخص',
  'indicator.unit.other': 'وحدة أخرى',
  'indicator.perThousand': 'لكل 1000',
  'indicator.oneScale': 'كل مؤشر مصدر واحد وطريقة واحدة، ويُعرض على مقياسه الخاص: لا تُرسم المؤشرات ولا تُقارن على مقياس واحد.',
  'indicator.moreCountries': {
    zero: 'لا توجد بلدان أخرى لديها أرقام لهذا المؤشر.',
    one: 'بلد واحد آخر لديه أرقام لهذا المؤشر: يعرض الجدول والخريطة كل البلدان.',
    two: 'بلدان آخران لديهما أرقام لهذا المؤشر: يعرض الجدول والخريطة كل البلدان.',
    few: '{count} بلدان أخرى لديها أرقام لهذا المؤشر: يعرض الجدول والخريطة كل البلدان.',
    many: '{count} بلدًا آخر لديها أرقام لهذا المؤشر: يعرض الجدول والخريطة كل البلدان.',
    other: '{count} بلد آخر لديها أرقام لهذا المؤشر: يعرض الجدول والخريطة كل البلدان.',
  },
};
