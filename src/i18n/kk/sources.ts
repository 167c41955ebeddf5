// Kazakh strings of the Sources page and the notices about keeping uploads (mirrors ../en/sources.ts).
// `// review` marks wording a Kazakh-speaking reviewer still has to confirm.
import type { sources as en } from '../en/sources';
import type { KazakhPlural, Localized } from '../localized';

export const sources: Localized<typeof en, KazakhPlural> = {
  'sources.intro': 'Ақпараттық панель көрсететін барлық деректер жиындары, олардың жолдары сілтеме жасайтын дереккөздер және оларды жүктеу нәтижелері.', // review
  'sources.origin': 'Қайдан алынған', // review
  'sources.illustrative': 'Мысал ретіндегі жолдар', // review
  'sources.derived': 'Есептелген жолдар',
  'sources.superseded': { // review
    one: '{count} жол бөлімдерде кілті бірдей кейінгі деректер жиынымен ауыстырылған.',
    other: '{count} жол бөлімдерде кілті бірдей кейінгі деректер жиынымен ауыстырылған.',
  },
  'sources.cited': 'Көрсетілген дереккөздер',
  'sources.citedRows': {
    one: '{count} жол',
    other: '{count} жол',
  },
  'sources.noSource': 'Жолдарда дереккөз көрсетілмеген.',
  'sources.report.title': 'Соңғы жүктеу',
  'sources.report.none': 'Бұл деректер жиыны бойынша жүктеу есебі жоқ.',
  'sources.report.recordsRead': 'Оқылған жазбалар',
  'sources.report.loaded': 'Жүктелгені',
  'sources.report.rejected': 'Қабылданбағаны',
  'sources.report.blank': 'Бос',
  'sources.report.merged': 'Біріктірілген қайталанулар', // review
  'sources.report.warnings': 'Ескертулер',
  'sources.report.errors': 'Қателер',
  'sources.report.issues': {
    one: 'Мәселелерді көрсету ({count})',
    other: 'Мәселелерді көрсету ({count})',
  },
  'sources.issue.line': 'Жол',
  'sources.issue.column': 'Баған',
  'sources.issue.value': 'Мәні',
  'sources.issue.message': 'Мәселе',
  'sources.issue.severity.error': 'Қате',
  'sources.issue.severity.warning': 'Ескерту',
  'sources.download': 'CSV жүктеп алу',
  'sources.download.label': '«{name}» деректерін CSV пішімінде жүктеп алу',
  'sources.remove': 'Жою',
  'sources.remove.label': '«{name}» жиынын жою',
  'sources.remove.confirm': '«{name}» жойылсын ба? Оның жолдары барлық бөлімдерден алынады және келесі кіргеніңізде қайтып келмейді.', // review
  'sources.remove.yes': 'Иә, жою',
  'sources.remove.cancel': 'Бас тарту',
  'sources.bundledFixed': 'Ақпараттық панельмен бірге берілген; жоюға болмайды.',
  'sources.notice.persistFull': 'Бұл деректер жиынын келесі кіруіңізге дейін сақтау мүмкін болмады: жад толы. Бетті жапқанға дейін оны пайдалана бересіз.', // review
  'sources.notice.persistFailed': 'Бұл деректер жиынын келесі кіруіңізге дейін сақтау мүмкін болмады. Бетті жапқанға дейін оны пайдалана бересіз.', // review
  'sources.notice.restoreDiscarded': { // review
    one: 'Ақпараттық панельдің басқа нұсқасы сақтаған {count} деректер жиынын қалпына келтіру мүмкін болмады. Оны пайдалану үшін файлды қайта жүктеңіз.',
    other: 'Ақпараттық панельдің басқа нұсқасы сақтаған {count} деректер жиынын қалпына келтіру мүмкін болмады. Оларды пайдалану үшін файлдарды қайта жүктеңіз.',
  },
  'sources.notice.restoreFailed': 'Бұрынғы кірулерден сақталған деректер жиындарын қалпына келтіру мүмкін болмады. Оларды пайдалану үшін файлдарды қайта жүктеңіз.', // review
  'sources.notice.dismiss': 'Жабу',
};
