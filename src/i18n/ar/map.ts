// Arabic strings of the world map (mirrors ../en/map.ts).
import type { map as en } from '../en/map';
import type { ArabicPlural, Localized } from '../localized';

export const map: Localized<typeof en, ArabicPlural> = {
  'map.title': 'خريطة: {measure}',
  'map.legend.count': 'العدد',
  'map.legend.range': '{from}–{to}',
  'map.legend.noData': 'لا توجد بيانات',
  'map.legend.tookPart': 'شارك، ولم يُنشر العدد',
  'map.legend.cica': 'دولة عضو أو مراقبة في مؤتمر التفاعل وتدابير بناء الثقة في آسيا',
  'map.legend.selected': 'محدد',
  'map.legend.illustrative': 'بعض الأرقام توضيحية: لم تُنشر في أي مصدر.',
  'map.legend.illustrativeFill': 'مظلل بخطوط مائلة وحدود متقطعة: قيمة توضيحية لم تُنشر في أي مصدر.',
  'map.legend.sizeNote': 'مساحة الدائرة متناسبة مع القيمة',
  'map.preset.world': 'العالم',
  'map.preset.asia': 'آسيا',
  'map.preset.central-asia': 'آسيا الوسطى',
  'map.preset.cica': 'دول سيكا',
  'map.preset.cicaNote': 'جميع دول سيكا: الدول الأعضاء: {members}، والدول المراقبة: {observers}. ومن بين الدول المراقبة الولايات المتحدة الأمريكية، ولذا يمتد العرض عبر المحيط الهادئ.',
  'map.mode.choropleth': 'تظليل البلدان',
  'map.mode.symbols': 'دوائر',
  'map.cicaOutline': 'إبراز حدود دول سيكا',
  'map.find.label': 'البحث عن بلد',
  'map.find.placeholder': 'اكتب اسمًا',
  'map.find.count': {
    zero: '{count} بلد',
    one: 'بلد واحد',
    two: 'بلدان اثنان',
    few: '{count} بلدان',
    many: '{count} بلدًا',
    other: '{count} بلد',
  },
  'map.sources': 'مصادر الأرقام المعروضة على الخريطة',
  'map.loading': 'جارٍ تحميل الخريطة…',
  'map.loadError': 'تعذّر تحميل الخريطة: {message}',
};
