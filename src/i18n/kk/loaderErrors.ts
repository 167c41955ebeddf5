// Kazakh messages for a whole load that failed (mirrors ../en/loaderErrors.ts).
// `// review` marks wording a Kazakh-speaking reviewer still has to confirm.
import type { loaderErrors as en } from '../en/loaderErrors';
import type { KazakhPlural, Localized } from '../localized';

export const loaderErrors: Localized<typeof en, KazakhPlural> = {
  'loaderError.url_invalid': '«{url}» веб-мекенжай емес. https:// деп басталатын толық мекенжайды қойыңыз.',
  'loaderError.url_scheme':
    'Тек https:// мекенжайларынан жүктеуге болады, ал бұл мекенжай «{scheme}» деп басталады. Файлдың https мекенжайын пайдаланыңыз.',
  'loaderError.url_redirect': '{host} https емес мекенжайға бағыттады, сондықтан файл жүктелмеді.', // review
  'loaderError.network':
    '{host} сайтынан оқу мүмкін болмады: сайт қолжетімсіз немесе басқа сайттарға файлды оқуға рұқсат бермейді (CORS). Мекенжайды тексеріңіз немесе файлды жүктеп алып, осында қайта жүктеңіз.', // review
  'loaderError.http_status': '{host} файлдың орнына {status} кодын қайтарды. Мекенжайды тексеріңіз.',
  'loaderError.too_large': 'Файл көлемі шектен ({maxMB} МБ) асады, сондықтан жүктелмеді.',
  'loaderError.bundled': 'Қолданбамен бірге берілген деректер файлын ({file}) оқу мүмкін болмады. Бетті қайта жүктеңіз.',
  'loaderError.worker': 'Деректерді жүктеу күтпеген жерден тоқтады. Бетті қайта жүктеңіз.',
  'loaderError.internal': 'Жүктеу кезінде күтпеген қате шықты: {detail}',
};
