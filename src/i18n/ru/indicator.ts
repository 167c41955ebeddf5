// Indicators: the dataset's name and the units its values are shown in (mirrors ../en/indicator.ts).
import type { indicator as en } from '../en/indicator';
import type { Localized, RussianPlural } from '../localized';

export const indicator: Localized<typeof en, RussianPlural> = {
  'app.dataset.indicators': 'Показатели',
  'app.metric.value': 'Значение',
  'indicator.label': 'Показатель',
  'indicator.unit.count': 'число',
  'indicator.unit.percent': 'процент',
  'indicator.unit.per_1000': 'на 1000 человек',
  'indicator.unit.other': 'другая единица',
  'indicator.perThousand': 'на 1000',
  'indicator.oneScale': 'Каждый показатель — один источник и один метод, на своей шкале: показатели никогда не сравниваются на одной шкале.',
  'indicator.moreCountries': {
    one: 'Ещё у {count} страны есть данные этого показателя: в таблице и на карте показаны все страны.',
    few: 'Ещё у {count} стран есть данные этого показателя: в таблице и на карте показаны все страны.',
    many: 'Ещё у {count} стран есть данные этого показателя: в таблице и на карте показаны все страны.',
    other: 'Ещё у {count} страны есть данные этого показателя: в таблице и на карте показаны все страны.',
  },
};
