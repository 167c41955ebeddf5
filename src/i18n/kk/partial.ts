// Kazakh strings that qualify figures: a partial count, latest figures of different years (mirrors ../en/partial.ts).
// `// review` marks wording a Kazakh-speaking reviewer still has to confirm.
import type { partial as en } from '../en/partial';
import type { KazakhPlural, Localized } from '../localized';

export const partial: Localized<typeof en, KazakhPlural> = {
  'figure.partial': 'ішінара', // review
  'figure.partialNote': 'Ішінара есеп: {scope}', // review
  'charts.ranked.mixedYears': 'Әр елдің соңғы жарияланған көрсеткіші: жылдары әртүрлі, сондықтан олар қосылмайды. Елдерді бір жылда салыстыру үшін жылды таңдаңыз.', // review
  'map.mixedYears': 'Әр елдің соңғы жарияланған көрсеткіші: жылдары әртүрлі (төмендегі тізімде әрқайсысының жылы көрсетілген). Елдерді бір жылда салыстыру үшін жылды таңдаңыз.', // review
  'app.country.rankMixedYears': 'әр елдің соңғы көрсеткіші; жылдары әртүрлі', // review
};
