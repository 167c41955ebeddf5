// Kazakh strings that mark a partial figure (mirrors ../en/partial.ts).
// `// review` marks wording a Kazakh-speaking reviewer still has to confirm.
import type { partial as en } from '../en/partial';
import type { KazakhPlural, Localized } from '../localized';

export const partial: Localized<typeof en, KazakhPlural> = {
  'figure.partial': 'ішінара', // review
  'figure.partialNote': 'Ішінара есеп: {scope}', // review
};
