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

describe('StackedBarChart, a selected country and a missing part', () => {
  const rows = STACKED_ROWS.map((r) => ({ ...r, highlighted: r.key === 'KAZ' }));
  const svg = renderToStaticMarkup(<StackedBarChart rows={rows} width={640} height={240} title="t" options={{ direction: 'ltr' }} />);

  it('outlines the selected bar and bolds its name', () => {
    expect(svg.match(/class="highlight"/g)).toHaveLength(1);
    expect(svg).toContain('font-weight="700">Kazakhstan</text>');
  });

  it('never labels a bar with a missing part "more than"', () => {
    expect(svg).not.toContain('more than 56');
    expect(svg).toContain('56 national; international not published');
  });
});
