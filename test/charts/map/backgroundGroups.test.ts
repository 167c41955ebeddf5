import { describe, expect, it } from 'vitest';
import { backgroundGroups } from '../../../src/charts/map/backgroundGroups';
import type { MapPath } from '../../../src/charts/map/types';

const path = (key: string, over: Partial<MapPath>): MapPath => ({
  key, iso3: key, d: `M${key}Z`, fill: '#eee', stroke: '#fff', strokeWidth: 0.5, category: 'noData', focusable: false, illustrative: false, ...over,
});

describe('backgroundGroups', () => {
  it('draws every shape a reader cannot act on in one path per look, and keeps the others one each, in order', () => {
    const { groups, focusable } = backgroundGroups([
      path('ATA', { iso3: null }),
      path('FRA', { pattern: 'nodata' }),
      path('DEU', { pattern: 'nodata' }),
      path('x1', { iso3: null, fill: '#ddd' }),
      path('KAZ', { focusable: true, category: 'value', fill: '#08519c' }),
      path('UZB', { focusable: true, category: 'tookPart', pattern: 'tookpart' }),
    ]);
    expect(groups).toEqual([
      { key: 'bg:ATA', d: 'MATAZ', fill: '#eee', stroke: '#fff', strokeWidth: 0.5 },
      { key: 'bg:FRA', d: 'MFRAZMDEUZ', fill: '#eee', pattern: 'nodata', stroke: '#fff', strokeWidth: 0.5 },
      { key: 'bg:x1', d: 'Mx1Z', fill: '#ddd', stroke: '#fff', strokeWidth: 0.5 },
    ]);
    expect(focusable.map((p) => p.iso3)).toEqual(['KAZ', 'UZB']);
  });
});
