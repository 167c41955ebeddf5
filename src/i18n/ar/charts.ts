// Arabic strings drawn by the charts (mirrors ../en/charts.ts).
import type { charts as en } from '../en/charts';
import type { ArabicPlural, Localized } from '../localized';

export const charts: Localized<typeof en, ArabicPlural> = {
  'charts.other': {
    zero: 'أخرى ({count} بلد)',
    one: 'أخرى (بلد واحد)',
    two: 'أخرى (بلدان اثنان)',
    few: 'أخرى ({count} بلدان)',
    many: 'أخرى ({count} بلدًا)',
    other: 'أخرى ({count} بلد)',
  },
  'charts.total': 'المجموع: {value}',
  'charts.source': 'المصدر: {source}',
  'charts.sourceWithDate': 'المصدر: {source}، {date}',
  'charts.illustrative.bar': '{label}: قيمة توضيحية غير منشورة',
  'charts.value.title': '{label}: {value}',
  'charts.legend': 'مفتاح الرسم',
  'charts.marker.exact': 'نقطة مصمتة: رقم منشور',
  'charts.marker.approx': 'نقطة مفرغة: رقم تقريبي',
  'charts.marker.at_least': 'مثلث: حد أدنى («أكثر من»)',
  'charts.line.gap': 'تشير الانقطاعات في الخط إلى سنوات لا تتوفر عنها بيانات.',
  'charts.events.delegates': 'المندوبون',
  'charts.events.countries': 'البلدان',
  'charts.sdg.goal': 'الهدف {goal}',
  'charts.sdg.overlap': 'يمكن أن تخدم المهمة الواحدة عدة أهداف، ولذا تتداخل القيم حسب الهدف ولا تُجمع.',
  'charts.placement.national': 'وطنيون',
  'charts.placement.international': 'دوليون',
};
