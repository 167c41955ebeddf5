// Russian strings drawn by the charts (mirrors ../en/charts.ts).
import type { charts as en } from '../en/charts';
import type { Localized, RussianPlural } from '../localized';

export const charts: Localized<typeof en, RussianPlural> = {
  'charts.other': {
    one: 'Прочие ({count} страна)',
    few: 'Прочие ({count} страны)',
    many: 'Прочие ({count} стран)',
    other: 'Прочие ({count} страны)',
  },
  'charts.total': 'Итого: {value}',
  'charts.source': 'Источник: {source}',
  'charts.sourceWithDate': 'Источник: {source}, {date}',
  'charts.illustrative.bar': '{label}: иллюстративное значение, не опубликовано',
  'charts.value.title': '{label}: {value}',
  'charts.legend': 'Условные обозначения',
  'charts.marker.exact': 'Закрашенная точка: опубликованное значение',
  'charts.marker.approx': 'Незакрашенная точка: приблизительное значение',
  'charts.marker.at_least': 'Треугольник: нижняя граница («более»)',
  'charts.line.gap': 'Разрывы линии обозначают годы без данных.',
  'charts.events.delegates': 'Делегаты',
  'charts.events.countries': 'Страны',
  'charts.sdg.goal': 'Цель {goal}',
  'charts.sdg.overlap':
    'Одно назначение может относиться к нескольким целям, поэтому значения по целям пересекаются и не суммируются.',
  'charts.placement.national': 'Национальные',
  'charts.placement.international': 'Международные',
};
