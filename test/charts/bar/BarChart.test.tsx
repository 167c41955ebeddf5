import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart } from '../../../src/charts/bar/BarChart';
import { BAR_ROWS } from './rows';

describe('BarChart', () => {
  const svg = renderToStaticMarkup(<BarChart rows={BAR_ROWS} width={640} height={280} title="Delegates by country" description="Top five countries" options={{ topN: 5, direction: 'ltr' }} />);

  it('is an image with its accessible name and description', () => {
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(svg).toMatch(/aria-labelledby="([^"]+)"[^>]*>.*<title id="\1">Delegates by country<\/title>/);
    expect(svg).toContain('Top five countries</desc>');
  });

  it('shows the illustrative badge and hatches the illustrative bar', () => {
    expect(svg).toContain('>Illustrative</text>');
    expect(svg).toMatch(/class="bar bar-illustrative"/);
    expect(svg).toMatch(/fill="url\(#[A-Za-z0-9_-]+-hatch\)"/);
  });

  it('labels qualified values in words', () => {
    expect(svg).toContain('more than 450');
    expect(svg).toContain('about 40');
    expect(svg).toContain('Total: about 746');
  });

  it('matches the stored SVG', async () => {
    await expect(svg).toMatchFileSnapshot('../../output/charts/bar.svg');
  });

  it('matches the stored rtl SVG', async () => {
    const rtl = renderToStaticMarkup(<BarChart rows={BAR_ROWS} width={640} height={280} title="Delegates by country" options={{ topN: 5, direction: 'rtl' }} />);
    await expect(rtl).toMatchFileSnapshot('../../output/charts/bar-rtl.svg');
  });
});

describe('BarChart: each bar names its source', () => {
  it('says the source in each bar\'s tooltip', () => {
    const rows = [
      { key: 'JOR', label: 'Jordan', value: 83, source: 'The Jordan Times, 2019-02-21' },
      { key: 'LKA', label: 'Sri Lanka', value: 112, source: 'UN Sri Lanka' },
    ];
    const svg = renderToStaticMarkup(<BarChart rows={rows} width={640} height={200} title="UN Volunteers" />);
    expect(svg).toContain('Source: The Jordan Times, 2019-02-21</title>');
    expect(svg).toContain('Source: UN Sri Lanka</title>');
  });
});
