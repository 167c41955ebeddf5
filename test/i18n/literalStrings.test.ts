import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findJsxLiterals } from './jsxLiterals';

const root = join(__dirname, '../..');
const sources = (readdirSync(join(root, 'src'), { recursive: true }) as string[])
  .filter((path) => path.endsWith('.tsx'))
  .map((path) => join(root, 'src', path))
  .sort();

const cases: ReadonlyArray<{ description: string; input: string; expected: string[] }> = [
  { description: 'text child', input: '<h2>Map</h2>', expected: ['Map'] },
  { description: 'text around an expression', input: '<p>Source: {name}</p>', expected: ['Source:'] },
  { description: 'string in braces', input: "<p>{'Other'}</p>", expected: ['Other'] },
  { description: 'conditional strings', input: "<p>{open ? 'Hide' : t('k')}</p>", expected: ['Hide'] },
  { description: 'fallback string', input: "<p>{name ?? 'Unknown'}</p>", expected: ['Unknown'] },
  { description: 'aria-label literal', input: '<button aria-label="Close" />', expected: ['Close'] },
  { description: 'title in braces', input: "<svg><rect title={'Bar'} /></svg>", expected: ['Bar'] },
  { description: 'template placeholder', input: '<input placeholder={`Search ${col}`} />', expected: ['Search '] },
  { description: 'alt on an image', input: '<img alt="World map" />', expected: ['World map'] },
  { description: 'component prop label', input: '<Segmented label="Mode" />', expected: ['Mode'] },
  { description: 't() call', input: "<h2 aria-label={t('map.title')}>{t('app.map.title')}</h2>", expected: [] },
  { description: 'number with a unit', input: '<span>{width}px</span>', expected: [] },
  { description: 'symbols only', input: '<span>× – … ({count})</span>', expected: [] },
  { description: 'technical attributes', input: '<g className="bar" textAnchor="middle" role="img" />', expected: [] },
  { description: 'data, not literals', input: '<td title={row.name}>{row.name}</td>', expected: [] },
];

describe('findJsxLiterals', () => {
  it.each(cases)('$description', ({ input, expected }) => {
    expect(findJsxLiterals(`const C = () => ${input};`).map((l) => l.text)).toEqual(expected.map((e) => e.trim()));
  });

  it('gives the line of each literal', () => {
    expect(findJsxLiterals('const C = () => (\n  <div>\n    <p>Hello</p>\n  </div>\n);')).toEqual([{ line: 3, text: 'Hello' }]);
  });
});

describe('components', () => {
  it('are found', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it('render no user-visible literal text: every word comes from the catalogue through t()', () => {
    const offenders = sources.flatMap((file) =>
      findJsxLiterals(readFileSync(file, 'utf8'), file).map((l) => `${relative(root, file)}:${l.line} ${JSON.stringify(l.text)}`),
    );
    expect(offenders).toEqual([]);
  });
});
