// Entry of the dashboard's pages. The prerendered HTML is the first paint: the app's code is fetched only after
// the browser has painted it, so on a slow phone the figures show while the scripts are still on their way, and
// their download does not compete with the page's stylesheet (issue 11).
import { afterFirstPaint } from './app/afterFirstPaint';
import './app/global.css';

afterFirstPaint(() => {
  import('./app/start').catch((error: unknown) => {
    // The page keeps its prerendered figures; only the controls stay inert. Say why in the console.
    console.error('The dashboard could not start; reload the page to try again.', error);
  });
});
