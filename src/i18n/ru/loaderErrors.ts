// Russian messages for a whole load that failed (mirrors ../en/loaderErrors.ts).
import type { loaderErrors as en } from '../en/loaderErrors';
import type { Localized, RussianPlural } from '../localized';

export const loaderErrors: Localized<typeof en, RussianPlural> = {
  'loaderError.url_invalid': '«{url}» не является веб-адресом. Вставьте полный адрес, начинающийся с https://.',
  'loaderError.url_scheme':
    'Загружать можно только по адресам https://, а этот адрес начинается с «{scheme}». Укажите https-адрес файла.',
  'loaderError.url_redirect': '{host} перенаправил запрос на адрес без https, поэтому файл не загружен.',
  'loaderError.network':
    'Не удалось прочитать данные с {host}: сайт недоступен или не разрешает другим сайтам читать файл (CORS). Проверьте адрес либо скачайте файл и загрузите его сюда.',
  'loaderError.http_status': '{host} вернул код {status} вместо файла. Проверьте адрес.',
  'loaderError.too_large': 'Размер файла превышает {maxMB} МБ, поэтому он не загружен.',
  'loaderError.bundled': 'Не удалось прочитать файл данных из состава приложения ({file}). Перезагрузите страницу.',
  'loaderError.worker': 'Загрузчик данных неожиданно остановился. Перезагрузите страницу.',
  'loaderError.internal': 'Непредвиденная ошибка загрузки: {detail}',
};
