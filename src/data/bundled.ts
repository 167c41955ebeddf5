// URLs of the data files shipped with the app. Vite's `?url&no-inline` keeps each one a separate,
// cacheable asset, never inlined into the JavaScript as a data: URL (small files would be).
import countries from '../../data/countries.csv?url&no-inline';
import sdgs from '../../data/sdgs.csv?url&no-inline';
import events from '../../data/events.csv?url&no-inline';
import delegates from '../../data/delegates.csv?url&no-inline';
import placements from '../../data/placements.csv?url&no-inline';
import organizations from '../../data/organizations.csv?url&no-inline';
import indicators from '../../data/indicators.csv?url&no-inline';
import type { BundledUrls } from './loaderProtocol';

export const BUNDLED_URLS: BundledUrls = {
  countries,
  sdgs,
  facts: { events, delegates, placements, organizations, indicators },
};
