import { describe, expect, it } from 'vitest';
import { isHttpsUrl, parseUrl, serializeState, type IgnoredParam } from '../../src/state/url';
import { DEFAULT_STATE, type ViewState } from '../../src/state/viewState';

interface Case {
  description: string;
  input: string;
  expected: Partial<ViewState>;
  ignored?: Pick<IgnoredParam, 'param' | 'value' | 'reason'>[];
}

const CSV = 'https://example.org/data/placements.csv';

const cases: Case[] = [
  { description: 'an https CSV address', input: `?data=${encodeURIComponent(CSV)}`, expected: { data: CSV } },
  { description: 'an https address with its own query', input: `?data=${encodeURIComponent('https://x.org/f?id=1&v=2')}`, expected: { data: 'https://x.org/f?id=1&v=2' } },
  { description: 'upper-case scheme', input: '?data=HTTPS://x.org/a.csv', expected: { data: 'HTTPS://x.org/a.csv' } },
  { description: 'http is refused', input: '?data=http://x.org/a.csv', expected: {}, ignored: [{ param: 'data', value: 'http://x.org/a.csv', reason: 'https_url' }] },
  { description: 'javascript: is refused', input: '?data=javascript:alert(1)', expected: {}, ignored: [{ param: 'data', value: 'javascript:alert(1)', reason: 'https_url' }] },
  { description: 'data: is refused', input: '?data=data:text/csv,a', expected: {}, ignored: [{ param: 'data', value: 'data:text/csv,a', reason: 'https_url' }] },
  { description: 'a relative path is refused', input: '?data=/data/a.csv', expected: {}, ignored: [{ param: 'data', value: '/data/a.csv', reason: 'https_url' }] },
  { description: 'a protocol-relative address is refused', input: '?data=//x.org/a.csv', expected: {}, ignored: [{ param: 'data', value: '//x.org/a.csv', reason: 'https_url' }] },
  { description: 'https: without a host is refused', input: '?data=https://', expected: {}, ignored: [{ param: 'data', value: 'https://', reason: 'https_url' }] },
  { description: 'empty data is refused', input: '?data=', expected: {}, ignored: [{ param: 'data', value: '', reason: 'https_url' }] },
  { description: 'a kind', input: '?kind=placements', expected: { dataKind: 'placements' } },
  { description: 'events is a kind too', input: '?kind=events', expected: { dataKind: 'events' } },
  { description: 'an unknown kind is refused', input: '?kind=volunteers', expected: {}, ignored: [{ param: 'kind', value: 'volunteers', reason: 'one_of' }] },
  { description: 'kinds are case-sensitive', input: '?kind=Placements', expected: {}, ignored: [{ param: 'kind', value: 'Placements', reason: 'one_of' }] },
  { description: 'data and kind together', input: `?kind=organizations&data=${encodeURIComponent(CSV)}`, expected: { data: CSV, dataKind: 'organizations' } },
  { description: 'a second data parameter is reported', input: `?data=${encodeURIComponent(CSV)}&data=https://y.org/b.csv`, expected: { data: CSV }, ignored: [{ param: 'data', value: 'https://y.org/b.csv', reason: 'duplicate' }] },
];

describe('data and kind parameters', () => {
  for (const c of cases) {
    it(c.description, () => {
      const { state, ignored } = parseUrl(c.input);
      expect(state).toEqual({ ...DEFAULT_STATE, ...c.expected });
      expect(ignored.map(({ param, value, reason }) => ({ param, value, reason }))).toEqual(c.ignored ?? []);
    });
  }

  it('lists the kinds when a kind is refused', () => {
    expect(parseUrl('?kind=x').ignored[0]?.options).toEqual(['events', 'delegates', 'placements', 'organizations', 'indicators']);
  });

  it('writes data and kind back, encoded, and reads them again', () => {
    const state: ViewState = { ...DEFAULT_STATE, data: 'https://x.org/a b.csv?x=1&y=2', dataKind: 'placements' };
    const search = serializeState(state);
    expect(search).toBe('?data=https%3A%2F%2Fx.org%2Fa%20b.csv%3Fx%3D1%26y%3D2&kind=placements');
    expect(parseUrl(search).state).toEqual(state);
  });

  it('writes nothing when there is no data link', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('');
  });

  it('refuses a very long address', () => {
    expect(isHttpsUrl(`https://x.org/${'a'.repeat(2100)}`)).toBe(false);
  });
});
