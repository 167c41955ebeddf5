// UN M49 region names (countries.csv writes them in English) in the reader's language.
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/translate';

const REGION_KEYS: Readonly<Record<string, MessageKey>> = {
  Africa: 'region.Africa',
  Americas: 'region.Americas',
  Antarctica: 'region.Antarctica',
  Asia: 'region.Asia',
  Europe: 'region.Europe',
  Oceania: 'region.Oceania',
};

/** The region's name in the language of `t`; a region the catalogue does not know is shown as written. */
export function regionName(region: string, t: Translate): string {
  const key = REGION_KEYS[region];
  return key ? t(key) : region;
}
