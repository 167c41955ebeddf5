// Entry of the dashboard's pages. The prerendered HTML is the first paint: the app's code is fetched only after
// the browser has painted it, so on a slow phone the figures show while the scripts are still on their way, and
// their download does not compete with the page's stylesheet (issue 11).
import { afterFirstPaint } from './app/afterFirstPaint';
import { warmUpIntl } from './i18n/intl';
import './app/global.css';

// A module script runs when the page has been parsed, before its first paint: the costly first Intl formats go here.
warmUpIntl(document.documentElement.lang || 'en');

const nextTask = () => new Promise<void>((resolve) => { setTimeout(resolve, 0); });

function startApp() {
  // React's DOM renderer is most of the code evaluated at start: evaluated first, in a task of its own, the
  // start-up is two shorter tasks rather than one long one, and the page answers a tap in between.
  import('react-dom/client').then(nextTask).then(() => import('./app/start')).catch((error: unknown) => {
    // The page keeps its prerendered figures; only the controls stay inert. Say why in the console.
    console.error('The dashboard could not start; reload the page to try again.', error);
  });
}

// The development server's page is empty (nothing to paint first): start at once.
if (document.getElementById('root')?.dataset.prerendered === undefined) startApp();
else afterFirstPaint(startApp);
