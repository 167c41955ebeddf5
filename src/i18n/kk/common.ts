// Kazakh strings shared by every view (mirrors ../en/common.ts).
// `// review` marks wording a Kazakh-speaking reviewer still has to confirm.
import type { common as en } from '../en/common';
import type { KazakhPlural, Localized } from '../localized';

export const common: Localized<typeof en, KazakhPlural> = {
  'app.title': 'Еріктілік қызмет статистикасы', // review
  'status.illustrative': 'Мысал ретінде', // review
  'status.illustrative.help': 'Еш жерде жарияланбаған: бөлім бос болмауы үшін ғана көрсетілген.',
  'status.derived': 'Есептелген',
  'status.reported': 'Жарияланған',
  'qualifier.exact': '{value}',
  // "more than" would need a case suffix that depends on how the number is read (-ден/-дан/-нен/-нан/-тен/-тан).
  'qualifier.at_least': 'кемінде {value}', // review
  'qualifier.approx': 'шамамен {value}',
  'source.label': 'Дереккөз: {source}',
  'noData': 'Деректер жоқ',
  'loading': 'Жүктелуде…',
  'rows': { one: '{count} жол', other: '{count} жол' },
  // UN M49 regions (the region column of data/countries.csv)
  'region.Africa': 'Африка',
  'region.Americas': 'Америка',
  'region.Antarctica': 'Антарктида',
  'region.Asia': 'Азия',
  'region.Europe': 'Еуропа',
  'region.Oceania': 'Океания',
};
