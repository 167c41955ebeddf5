// Arabic strings shared by every view (mirrors ../en/common.ts).
import type { common as en } from '../en/common';
import type { ArabicPlural, Localized } from '../localized';

export const common: Localized<typeof en, ArabicPlural> = {
  'app.title': 'إحصاءات العمل التطوعي',
  'status.illustrative': 'توضيحي',
  'status.illustrative.help': 'غير منشور في أي مصدر: يُعرض فقط كي لا يكون العرض فارغًا.',
  'status.derived': 'محسوب',
  'status.reported': 'مُبلَّغ عنه',
  'qualifier.exact': '{value}',
  'qualifier.at_least': 'أكثر من {value}',
  'qualifier.approx': 'نحو {value}',
  'source.label': 'المصدر: {source}',
  'noData': 'لا توجد بيانات',
  'loading': 'جارٍ التحميل…',
  'rows': {
    zero: '{count} صف',
    one: 'صف واحد',
    two: 'صفان',
    few: '{count} صفوف',
    many: '{count} صفًا',
    other: '{count} صف',
  },
  // UN M49 regions (the region column of data/countries.csv)
  'region.Africa': 'أفريقيا',
  'region.Americas': 'الأمريكتان',
  'region.Antarctica': 'القارة القطبية الجنوبية',
  'region.Asia': 'آسيا',
  'region.Europe': 'أوروبا',
  'region.Oceania': 'أوقيانوسيا',
};
