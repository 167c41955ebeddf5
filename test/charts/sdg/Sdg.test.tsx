import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SdgBars, sdgBarRows } from '../../../src/charts/sdg/SdgBars';
import { SdgGrid } from '../../../src/charts/sdg/SdgGrid';
import { GOALS, VALUES } from './goals';

describe('SdgGrid', () => {
  const svg = renderToStaticMarkup(<SdgGrid goals={GOALS} values={VALUES} width={720} title="UN Volunteers by goal" />);

  it('draws 17 tiles in official colours with an explicit "No data" and the overlap note', () => {
    expect(svg.match(/class="sdg-tile"/g)).toHaveLength(17);
    expect(svg).toContain('fill="#FCC30B"');
    expect(svg.match(/>No data<\/text>/g)).toHaveLength(12);
    expect(svg).toContain('so goal values overlap and are not summed');
  });

  it('matches the stored SVG', async () => {
    await expect(svg).toMatchFileSnapshot('../../output/charts/sdg-grid.svg');
  });
});

describe('SdgBars', () => {
  it('keeps every goal, coloured as the goal, and never totals', () => {
    const rows = sdgBarRows(GOALS, VALUES);
    expect(rows).toHaveLength(17);
    expect(rows[3]).toMatchObject({ label: '4 Quality Education', value: 1200, color: '#C5192D' });
    const html = renderToStaticMarkup(<SdgBars goals={GOALS} values={VALUES} width={640} height={440} title="Goals ranked" />);
    expect(html).not.toContain('Total');
    expect(html).not.toContain('Other (');
    expect(html).toContain('A placement can serve several goals');
  });

  it('matches the stored SVG', async () => {
    const html = renderToStaticMarkup(<SdgBars goals={GOALS} values={VALUES} width={640} height={440} title="Goals ranked" note="Goals overlap." />);
    const svg = /<svg[\s\S]*<\/svg>/.exec(html)?.[0];
    await expect(svg).toMatchFileSnapshot('../../output/charts/sdg-bars.svg');
  });
});
