// Kazakh strings of the "Download" menu and exported figures (mirrors ../en/export.ts).
// `// review` marks wording a Kazakh-speaking reviewer still has to confirm.
import type { exportMenu as en } from '../en/export';
import type { KazakhPlural, Localized } from '../localized';

export const exportMenu: Localized<typeof en, KazakhPlural> = {
  'export.menu': 'Жүктеп алу',
  'export.png': 'PNG суреті',
  'export.slide': 'Слайд суреті (1920×1080)', // review
  'export.svg': 'SVG суреті',
  'export.copy': 'Суретті көшіру',
  'export.csv': 'Деректер (CSV)',
  'export.working': 'Файл дайындалуда…', // review
  'export.done': '{file} жүктеп алынды.', // review
  'export.copied': 'Сурет көшірілді. Оны құжатқа немесе слайдқа қойыңыз.', // review
  'export.copyRefused': 'Бұл браузер бетке суретті көшіруге рұқсат бермеді. «PNG суреті» арқылы файлды жүктеп, оны қойыңыз.', // review
  'export.failed': 'Экспорттау сәтсіз аяқталды ({message}). Қайталап көріңіз немесе басқа пішімді таңдаңыз.', // review
  'export.noChart': 'Бұл панельде экспорттайтын диаграмма жоқ: онда деректер жоқ немесе диаграмма әлі жүктелуде.', // review
  'export.moreSources': { one: 'және тағы {count} дереккөз', other: 'және тағы {count} дереккөз' }, // review
  'export.column.figure': 'Көрсеткіш',
  'export.column.value': 'Мәні',
  'export.column.source': 'Дереккөз',
  'export.subtitle.event': 'Іс-шара: {event}',
  'export.subtitle.latest': 'деректері бар соңғы жыл', // review
  'export.subtitle.year': 'Жыл: {year}',
};
