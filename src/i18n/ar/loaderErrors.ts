// Arabic messages for a whole load that failed (mirrors ../en/loaderErrors.ts).
import type { loaderErrors as en } from '../en/loaderErrors';
import type { ArabicPlural, Localized } from '../localized';

export const loaderErrors: Localized<typeof en, ArabicPlural> = {
  'loaderError.url_invalid': '«{url}» ليس عنوانًا على الويب. ألصق عنوانًا كاملًا يبدأ بـ https://.',
  'loaderError.url_scheme':
    'لا يمكن التحميل إلا من عناوين https://، وهذا العنوان يبدأ بـ «{scheme}». استخدم عنوان https للملف.',
  'loaderError.url_redirect': 'أعاد {host} التوجيه إلى عنوان لا يستخدم https، ولذا لم يُحمَّل الملف.',
  'loaderError.network':
    'تعذّرت القراءة من {host}: إما أن الموقع غير متاح، وإما أنه لا يسمح لمواقع أخرى بقراءة الملف (CORS). تحقّق من العنوان، أو نزّل الملف ثم ارفعه بدلًا من ذلك.',
  'loaderError.http_status': 'ردّ {host} بالرمز {status} بدلًا من إرسال الملف. تحقّق من العنوان.',
  'loaderError.too_large': 'يتجاوز حجم الملف {maxMB} ميغابايت، ولذا لم يُحمَّل.',
  'loaderError.bundled': 'تعذّرت قراءة ملف بيانات مرفق بالتطبيق ({file}). أعد تحميل الصفحة.',
  'loaderError.worker': 'توقف مُحمِّل البيانات على نحو غير متوقع. أعد تحميل الصفحة.',
  'loaderError.internal': 'فشل التحميل على نحو غير متوقع: {detail}',
};
