// Arabic strings of the "Download" menu and exported figures (mirrors ../en/export.ts).
import type { exportMenu as en } from '../en/export';
import type { ArabicPlural, Localized } from '../localized';

export const exportMenu: Localized<typeof en, ArabicPlural> = {
  'export.menu': 'تنزيل',
  'export.png': 'صورة PNG',
  'export.slide': 'صورة شريحة (1920×1080)',
  'export.svg': 'صورة SVG',
  'export.copy': 'نسخ الصورة',
  'export.csv': 'البيانات (CSV)',
  'export.working': 'جارٍ تجهيز الملف…',
  'export.done': 'تم تنزيل {file}.',
  'export.copied': 'نُسخت الصورة. الصقها في مستند أو شريحة.',
  'export.copyRefused': 'لم يسمح هذا المتصفح للصفحة بنسخ صورة. استخدم «صورة PNG» ثم أدرج الملف.',
  'export.failed': 'تعذّر التصدير ({message}). حاول مرة أخرى أو استخدم تنسيقًا آخر.',
  'export.noChart': 'لا يحتوي هذا القسم على رسم بياني للتصدير: فهو لا يعرض أرقامًا، أو ما زال الرسم قيد التحميل.',
  'export.moreSources': {
    zero: 'و{count} مصدر آخر',
    one: 'ومصدر آخر',
    two: 'ومصدران آخران',
    few: 'و{count} مصادر أخرى',
    many: 'و{count} مصدرًا آخر',
    other: 'و{count} مصدر آخر',
  },
  'export.column.figure': 'الرقم',
  'export.column.value': 'القيمة',
  'export.column.source': 'المصدر',
  'export.subtitle.event': 'الحدث: {event}',
  'export.subtitle.latest': 'أحدث سنة تتوفر عنها بيانات',
  'export.subtitle.year': 'السنة: {year}',
};
