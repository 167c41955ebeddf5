// Indicators: the dataset's name and the units its values are shown in (mirrors ../en/indicator.ts).
import type { indicator as en } from '../en/indicator';
import type { KazakhPlural, Localized } from '../localized';

export const indicator: Localized<typeof en, KazakhPlural> = {
  'app.dataset.indicators': 'Көрсеткіштер',
  'app.metric.value': 'Мәні',
  'indicator.label': 'Көрсеткіш',
  'indicator.unit.count': 'саны',
  'indicator.unit.percent': 'пайыз',
  'indicator.unit.per_1000': '1000 адамға', // review
  'indicator.unit.other': 'басқа бірлік', // review
  'indicator.perThousand': '1000 адамға', // review
  'indicator.oneScale': 'Әр көрсеткіш — бір дереккөз және бір әдіс, өз шкаласында: көрсеткіштер бір шкалада салыстырылмайды.', // review
  'indicator.moreCountries': {
    one: 'Тағы {count} елде осы көрсеткіш бойынша деректер бар: кесте мен картада барлық елдер көрсетілген.', // review
    other: 'Тағы {count} елде осы көрсеткіш бойынша деректер бар: кесте мен картада барлық елдер көрсетілген.', // review
  },
};
