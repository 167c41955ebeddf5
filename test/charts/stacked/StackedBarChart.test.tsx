import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StackedBarChart } from '../../../src/charts/stacked/StackedBarChart';
import { STACKED_ROWS } from './rows';

describe('StackedBarChart', () => {
  const svg = renderToStaticMarkup(<StackedBarChart rows={STACKED_ROWS} width={640} height={240} title="National and international UN Volunteers" options={{ direction: 'ltr' }} />);

  it('has an accessible name, a legend and the illustrative badge', () => {
    expect(svg).toMatch(/role="img"/);
    expect(svg).toContain('National and international UN Volunteers</title>');
    expect(svg).toContain('>National</text>');
    expect(svg).toContain('>International</text>');
    expect(svg).toContain('>Illustrative</text>');
  });

  it('matches the stored SVG', async () => {
    await expect(svg).toMatchFileSnapshot('../../output/charts/stacked.svg');
  });
});
