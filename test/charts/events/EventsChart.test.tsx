import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EventsChart } from '../../../src/charts/events/EventsChart';
import { EVENT_ROWS } from './rows';

describe('EventsChart', () => {
  const svg = renderToStaticMarkup(<EventsChart rows={EVENT_ROWS} width={720} height={220} title="Volunteer events compared" options={{ direction: 'ltr' }} />);

  it('titles both panels and shows qualified figures in words', () => {
    expect(svg).toContain('Volunteer events compared</title>');
    expect(svg).toContain('>Delegates</text>');
    expect(svg).toContain('>Countries</text>');
    expect(svg).toContain('more than 600');
    expect(svg).toContain('about 400');
    expect(svg).toContain('No data');
  });

  it('matches the stored SVG', async () => {
    await expect(svg).toMatchFileSnapshot('../../output/charts/events.svg');
  });
});
