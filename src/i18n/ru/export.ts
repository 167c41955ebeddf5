// Russian strings of the "Download" menu and exported figures (mirrors ../en/export.ts).
import type { exportMenu as en } from '../en/export';
import type { Localized, RussianPlural } from '../localized';

export const exportMenu: Localized<typeof en, RussianPlural> = {
  'export.menu': 'Скачать',
  'export.png': 'Изображение PNG',
  'export.slide': 'Изображение для слайда (1920×1080)',
  'export.svg': 'Изображение SVG',
  'export.copy': 'Копировать изображение',
  'export.csv': 'Данные (CSV)',
  'export.working': 'Готовим файл…',
  'export.done': 'Скачан файл {file}.',
  'export.copied': 'Изображение скопировано. Вставьте его в документ или слайд.',
  'export.copyRefused': 'Браузер не разрешил странице скопировать изображение. Выберите «Изображение PNG» и вставьте файл.',
  'export.failed': 'Не удалось экспортировать ({message}). Попробуйте ещё раз или выберите другой формат.',
  'export.noChart': 'На этой панели нет диаграммы для экспорта: в ней нет данных или диаграмма ещё загружается.',
  'export.moreSources': {
    one: 'и ещё {count} источник',
    few: 'и ещё {count} источника',
    many: 'и ещё {count} источников',
    other: 'и ещё {count} источника',
  },
  'export.column.figure': 'Показатель',
  'export.column.value': 'Значение',
  'export.column.source': 'Источник',
  'export.subtitle.event': 'Мероприятие: {event}',
  'export.subtitle.latest': 'последний год с данными',
  'export.subtitle.year': 'Год: {year}',
};
