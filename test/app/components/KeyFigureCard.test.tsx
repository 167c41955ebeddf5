import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KeyFigureCard } from '../../../src/app/components/KeyFigureCard';
import type { Figure } from '../../../src/transforms/figure';

const figure: Figure = {
  value: 7, qualifier: 'at_least', date: '2024', source: 'Kazinform, 2025-05', sourceUrl: null, sourceDate: '2025-05', status: 'reported',
  note: 'subset: only the government-funded volunteers deployed to Kenya, Thailand and Türkiye; others not counted, hence at_least.',
};

describe('KeyFigureCard', () => {
  it('says what a partial figure covers, under the number', () => {
    const html = renderToStaticMarkup(<KeyFigureCard label="International UN Volunteers from Kazakhstan" figure={figure} />);
    expect(html).toContain('more than 7');
    expect(html).toContain('Partial count: only the government-funded volunteers deployed to Kenya, Thailand and Türkiye');
  });

  it('adds nothing for a whole-country figure', () => {
    const html = renderToStaticMarkup(<KeyFigureCard label="UN Volunteers in Sri Lanka" figure={{ ...figure, value: 112, qualifier: 'exact', note: '"We now have 112 UN Volunteers in Sri Lanka"' }} />);
    expect(html).not.toContain('Partial');
  });
});
