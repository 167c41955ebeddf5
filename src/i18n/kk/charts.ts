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
};
