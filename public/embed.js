/* Volunteer statistics dashboard: sizes each <iframe data-volunteer-dashboard> to the height its chart reports.
   No dependency. Listens for {"volunteer-dashboard": {"chart": id, "height": px}} and trusts a message only
   from the window of the iframe it resizes (event.source), never from anything else on the page. */
(() => {
  'use strict';
  if (window.volunteerDashboardEmbed) return;
  window.volunteerDashboardEmbed = true;
  const MAX_HEIGHT = 20000;
  window.addEventListener('message', (event) => {
    const data = event.data && event.data['volunteer-dashboard'];
    if (!data || typeof data.height !== 'number' || !(data.height >= 0)) return;
    for (const frame of document.querySelectorAll('iframe[data-volunteer-dashboard]')) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.min(Math.ceil(data.height), MAX_HEIGHT)}px`;
        return;
      }
    }
  });
})();
