import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LineChart } from '../../../src/charts/line/LineChart';
import { LINE_SERIES } from './series';

describe('LineChart', () => {
  const svg = renderToStaticMarkup(<LineChart series={LINE_SERIES} width={640} height={300} title="UN Volunteers by year" options={{ direction: 'ltr' }} />);

  it('draws one path per series with a break for 2022', () => {
    const paths = [...svg.matchAll(/<path d="(M[^"]*)" fill="none"/g)].map((m) => m[1] ?? '');
    expect(paths).toHaveLength(2);
    expect((paths[0]!.match(/M/g) ?? []).length).toBe(2);
  });

  it('names the chart and explains the markers', () => {
    expect(svg).toContain('UN Volunteers by year</title>');
    expect(svg).toContain('Open dot: approximate figure');
    expect(svg).toContain('UN Volunteers, 2024: about 15,000');
  });

  it('matches the stored SVG', async () => {
    await expect(svg).toMatchFileSnapshot('../../output/charts/line.svg');
  });
});
