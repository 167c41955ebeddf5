// Russian strings shared by every view (mirrors ../en/common.ts).
import type { common as en } from '../en/common';
import type { Localized, RussianPlural } from '../localized';

export const common: Localized<typeof en, RussianPlural> = {
  'app.title': 'Статистика добровольческой деятельности',
  'status.illustrative': 'Иллюстративное',
  'status.illustrative.help': 'Нигде не публиковалось: показано только для того, чтобы раздел не был пустым.',
  'status.derived': 'Расчётное',
  'status.reported': 'Опубликованное',
  'qualifier.exact': '{value}',
  'qualifier.at_least': 'более {value}',
  'qualifier.approx': 'около {value}',
  'source.label': 'Источник: {source}',
  'noData': 'Нет данных',
  'loading': 'Загрузка…',
  'rows': { one: '{count} строка', few: '{count} строки', many: '{count} строк', other: '{count} строки' },
  // UN M49 regions (the region column of data/countries.csv)
  'region.Africa': 'Африка',
  'region.Americas': 'Америка',
  'region.Antarctica': 'Антарктида',
  'region.Asia': 'Азия',
  'region.Europe': 'Европа',
  'region.Oceania': 'Океания',
};
