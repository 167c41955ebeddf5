// Kazakh strings of loading your own CSV (mirrors ../en/upload.ts).
// `// review` marks wording a Kazakh-speaking reviewer still has to confirm.
import type { upload as en } from '../en/upload';
import type { KazakhPlural, Localized } from '../localized';

export const upload: Localized<typeof en, KazakhPlural> = {
  'upload.button': 'CSV жүктеу',
  'upload.drop': 'Жүктеу үшін CSV файлдарын осында сүйреп әкеліңіз', // review
  'upload.dialog.title': '{file} файлын жүктеу',
  'upload.queue': 'Файл {index} / {count}',
  'upload.reading': '{file} файлы оқылуда…',
  'upload.progress': '{file} файлы жүктелуде',
  'upload.rowsSoFar': { one: '{count} жол оқылды', other: '{count} жол оқылды' },
  'upload.cancel': 'Бас тарту',
  'upload.close': 'Жабу',
  'upload.detected': {
    one: 'Анықталды: {kind}; жолдар саны: {count}; {delimiter}; {encoding}',
    other: 'Анықталды: {kind}; жолдар саны: {count}; {delimiter}; {encoding}',
  },
  'upload.detected.converted': {
    one: 'Анықталды: {kind}; жолдар саны: {count}; {format}',
    other: 'Анықталды: {kind}; жолдар саны: {count}; {format}',
  },
  'upload.format.parquet': 'Parquet файлы',
  'upload.format.xlsx': 'Excel кітабы, «{sheet}» парағы', // review
  'upload.detected.unknownKind': 'Бұл файлдағы деректер түрін анықтау мүмкін болмады.',
  'upload.kind.events': 'Іс-шаралар',
  'upload.kind.delegates': 'Елдер бойынша делегаттар',
  'upload.kind.placements': 'БҰҰ еріктілерінің тағайындалуы', // review
  'upload.kind.organizations': 'Еріктілер ұйымдары',
  'upload.delimiter.comma': 'бөлгіш — үтір',
  'upload.delimiter.semicolon': 'бөлгіш — нүктелі үтір',
  'upload.delimiter.tab': 'бөлгіш — табуляция',
  'upload.delimiter.unknown': 'бөлгіш анықталмады',
  'upload.encoding.utf-8': 'UTF-8',
  'upload.encoding.utf-16le': 'UTF-16 (байттар кішісінен бастап)', // review
  'upload.encoding.utf-16be': 'UTF-16 (байттар үлкенінен бастап)', // review
  'upload.encoding.windows-1252': 'Windows-1252',
  'upload.confirm': 'Көрсетілетін деректерге қосу',
  'upload.confirmPartial': {
    one: 'Жарамды {count} жолды жүктеу (қабылданбағаны: {rejected})',
    other: 'Жарамды {count} жолды жүктеу (қабылданбағаны: {rejected})',
  },
  'upload.waitForData': 'Ақпараттық панельмен бірге берілген деректер әлі жүктелуде; олар дайын болғанда бұл файлды қоса аласыз.', // review
  'upload.mode.legend': 'Осы түрдегі деректер бұрын жүктелген',
  'upload.mode.add': 'Соларға қосу', // review
  'upload.mode.replace': {
    one: 'Осы түрдегі жүктелген файлды ауыстыру (панельмен бірге берілген деректер сақталады)', // review
    other: 'Осы түрдегі жүктелген {count} файлды ауыстыру (панельмен бірге берілген деректер сақталады)', // review
  },
  'upload.loaded': {
    one: '{file} файлынан {count} жол жүктелді — енді көрсетілгені: {kind}.', // review
    other: '{file} файлынан {count} жол жүктелді — енді көрсетілгені: {kind}.', // review
  },
  'upload.loadedEvents': {
    one: '{file} файлынан {count} іс-шара жүктелді — енді {event} делегаттары көрсетілген.', // review
    other: '{file} файлынан {count} іс-шара жүктелді — енді {event} делегаттары көрсетілген.', // review
  },
  'upload.loaded.openTable': 'Кестеде ашу',
  'upload.loaded.dismiss': 'Жабу',
  'upload.failed': 'Бұл файлды жүктеу мүмкін болмады.',
  'upload.retry.intro': 'Файлды қалай оқу керектігін көрсетіп, қайталап көріңіз.',
  'upload.retry.kind': 'Деректер түрі',
  'upload.retry.delimiter': 'Бөлгіш',
  'upload.retry.encoding': 'Мәтін кодтауы', // review
  'upload.retry.auto': 'Автоматты түрде анықтау',
  'upload.retry.comma': 'Үтір (,)',
  'upload.retry.semicolon': 'Нүктелі үтір (;)',
  'upload.retry.tab': 'Табуляция',
  'upload.retry.utf8': 'UTF-8',
  'upload.retry.windows1252': 'Windows-1252 (ескі Excel файлдары)',
  'upload.retry.unchanged': 'Бұл баптаулар жаңа ғана қолданылды. Басқа деректер түрін, бөлгішті немесе кодтауды таңдаңыз.', // review
  'upload.retry.submit': 'Қайталау',
  'upload.report.title': 'Жүктеу есебі',
  'upload.report.read': 'Оқылған жазбалар',
  'upload.report.loaded': 'Жүктелгені',
  'upload.report.rejected': 'Қабылданбағаны',
  'upload.report.blank': 'Өткізілген бос жолдар',
  'upload.report.merged': 'Біріктірілген қайталанулар', // review
  'upload.report.issues': { one: '{count} мәселе', other: '{count} мәселе' },
  'upload.report.none': 'Ешқандай мәселе табылмады.',
  'upload.report.showAll': 'Барлығын көрсету ({count})',
  'upload.report.download': 'Есепті жүктеп алу (CSV)',
  'upload.report.error': 'Қате',
  'upload.report.warning': 'Ескерту',
  'upload.report.line': '{line}-жол',
  'upload.report.column': '{column} бағаны',
  'upload.report.fileLevel': 'Бүкіл файл',
  'upload.report.separator': ', ',
  'upload.report.value': 'мәні: «{value}»',
  'upload.report.csv.severity': 'деңгейі', // review
  'upload.report.csv.code': 'код',
  'upload.report.csv.line': 'жол',
  'upload.report.csv.column': 'баған',
  'upload.report.csv.value': 'мән',
  'upload.report.csv.message': 'хабар',
  'upload.ignored.https_url': 'CSV файлының толық https:// мекенжайы күтілген',
};
