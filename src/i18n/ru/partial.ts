// Russian strings that qualify figures: a partial count, latest figures of different years (mirrors ../en/partial.ts).
import type { partial as en } from '../en/partial';
import type { Localized, RussianPlural } from '../localized';

export const partial: Localized<typeof en, RussianPlural> = {
  'figure.partial': 'неполные данные',
  'figure.partialNote': 'Неполный подсчёт: {scope}',
  'charts.ranked.mixedYears': 'Последние опубликованные данные по каждой стране: годы различаются, поэтому данные не суммируются. Выберите год, чтобы сравнить страны за один год.',
  'map.mixedYears': 'Последние опубликованные данные по каждой стране: годы различаются (список ниже указывает год каждой). Выберите год, чтобы сравнить страны за один год.',
  'app.country.rankMixedYears': 'последние данные по каждой стране; годы различаются',
};
