// Kazakh strings drawn by the charts (mirrors ../en/charts.ts).
// `// review` marks wording a Kazakh-speaking reviewer still has to confirm.
import type { charts as en } from '../en/charts';
import type { KazakhPlural, Localized } from '../localized';

export const charts: Localized<typeof en, KazakhPlural> = {
  'charts.other': { one: 'Басқалары ({count} ел)', other: 'Басқалары ({count} ел)' },
  'charts.total': 'Барлығы: {value}',
  'charts.source': 'Дереккөз: {source}',
  'charts.sourceWithDate': 'Дереккөз: {source}, {date}',
  'charts.illustrative.bar': '{label}: мысал ретіндегі мән, жарияланбаған', // review
  'charts.value.title': '{label}: {value}',
  'charts.legend': 'Шартты белгілер',
  'charts.marker.exact': 'Толтырылған нүкте: жарияланған сан', // review
  'charts.marker.approx': 'Толтырылмаған нүкте: шамамен алынған сан', // review
  'charts.marker.at_least': 'Үшбұрыш: төменгі шек («кемінде»)', // review
  'charts.line.gap': 'Сызықтағы үзілістер деректер жоқ жылдарды білдіреді.',
  'charts.events.delegates': 'Делегаттар',
  'charts.events.countries': 'Елдер',
  'charts.sdg.goal': '{goal}-мақсат',
  'charts.sdg.overlap':
    'Бір тағайындау бірнеше мақсатқа қатысты болуы мүмкін, сондықтан мақсаттар бойынша мәндер қайталанады және қосылмайды.', // review
  'charts.placement.national': 'Ұлттық',
  'charts.placement.international': 'Халықаралық',
  'charts.stacked.title': '{year} жылғы ұлттық және халықаралық БҰҰ еріктілері, {perspective} бойынша есептелген', // review
  'charts.stacked.part': '{label}: {value}',
  'charts.stacked.missing': '{label}: жарияланбаған',
  'charts.stacked.join': '; ',
  'charts.panel.showTable': 'Кесте түрінде көрсету',
  'charts.panel.sources': 'Көрсетілген сандардың дереккөздері',
  'charts.table.illustrative': '{value} (мысал ретінде)', // review
  'charts.table.year': 'Жыл',
  'charts.table.country': 'Ел',
  'charts.table.source': 'Дереккөз',
  'charts.table.total': 'Барлығы',
  'charts.table.event': 'Іс-шара',
  'charts.table.date': 'Күні',
  'charts.table.goal': 'Мақсат',
  'charts.summary.none': 'Көрсетілетін деректер жоқ.',
  'charts.summary.only': 'Жалғыз мән: {label} — {value}.',
  'charts.summary.most': { // review
    one: 'Ең жоғары мән — {value}: {labels}.',
    other: 'Ең жоғары мән — {value}: {labels}.',
  },
  'charts.summary.least': { // review
    one: 'Ең төмен мән — {value}: {labels}.',
    other: 'Ең төмен мән — {value}: {labels}.',
  },
  'charts.summary.total': 'Барлығы: {value}.',
  'charts.summary.missing': 'Дерек жоқ: {labels}.',
  'charts.summary.missingCount': { // review
    one: 'Тағы {count} позиция бойынша дерек жоқ.',
    other: 'Тағы {count} позиция бойынша дерек жоқ.',
  },
  'charts.summary.someIllustrative': 'Кейбір сандар мысал ретінде берілген, жарияланбаған.',
  'charts.summary.allIllustrative': 'Барлық сандар мысал ретінде берілген, жарияланбаған.',
  'charts.summary.row': '{label}: {value}.',
  'charts.summary.rowsMissingPart': { // review
    one: '{count} жолақтың бір бөлігі жарияланбағандықтан көрсетілмеген.',
    other: '{count} жолақтың бір бөлігі жарияланбағандықтан көрсетілмеген.',
  },
  'charts.summary.rose': '{series}: {fromYear} жылғы {from} мәнінен {toYear} жылы {to} мәніне дейін өсті', // review
  'charts.summary.fell': '{series}: {fromYear} жылғы {from} мәнінен {toYear} жылы {to} мәніне дейін төмендеді', // review
  'charts.summary.flat': '{series}: {fromYear} жылы {from}, {toYear} жылы {to}',
  'charts.summary.single': '{series}: {year} жылы {value}, дерегі бар жалғыз жыл', // review
  'charts.summary.noSeries': '{series}: деректер жоқ',
  'charts.summary.gaps': '; {years} жылдары бойынша дерек жоқ.', // review
  'charts.summary.noGaps': '.',
  'charts.summary.metricRange': '{metric}: ең жоғары — {top} ({topValue}), ең төмен — {bottom} ({bottomValue}).',
  'charts.summary.metricOnly': '{metric}: жалғыз мән — {label} ({value}).',
  'charts.summary.metricNone': '{metric}: деректер жоқ.',
  'charts.summary.metricMissing': '{metric}: дерек жоқ — {labels}.',
  'charts.summary.sdgMissing': {
    one: '{goals}-мақсат бойынша дерек жоқ.',
    other: '{goals} мақсаттары бойынша дерек жоқ.',
  },
};
