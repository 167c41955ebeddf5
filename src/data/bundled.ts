// URLs of the data files shipped with the app. Vite's `?url` keeps each one a separate,
// cacheable asset instead of inlining it into the JavaScript.
import countries from '../../data/countries.csv?url';
import sdgs from '../../data/sdgs.csv?url';
import events from '../../data/events.csv?url';
import delegates from '../../data/delegates.csv?url';
import placements from '../../data/placements.csv?url';
import organizations from '../../data/organizations.csv?url';
import type { BundledUrls } from './loaderProtocol';

export const BUNDLED_URLS: BundledUrls = {
  countries,
  sdgs,
  facts: { events, delegates, placements, organizations },
};
