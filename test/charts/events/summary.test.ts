import { describe, expect, it } from 'vitest';
import { eventsSummary } from '../../../src/charts/events/summary';
import { eventsTable } from '../../../src/charts/events/table';
import { EN } from '../textContext';
import { EVENT_ROWS } from './rows';

const labels = { delegates: 'Delegates', countries: 'Countries' };

describe('eventsSummary', () => {
  it.each([
    {
      description: 'highest and lowest per measure, qualifiers kept, the event without a figure named',
      rows: EVENT_ROWS,
      expected:
        'Delegates: highest at First Central Asian Volunteers Forum (more than 600), lowest at International Volunteer Forum (about 400). Countries: highest at International Volunteer Forum (34), lowest at Rally of CICA volunteer movement leaders (21). Countries: no figure for First Central Asian Volunteers Forum.',
    },
    {
      description: 'one event, illustrative',
      rows: [{ ...EVENT_ROWS[0]!, status: 'illustrative' as const }],
      expected: 'Delegates: only Rally of CICA volunteer movement leaders has a figure (more than 450). Countries: only Rally of CICA volunteer movement leaders has a figure (21). All figures are illustrative, not published.',
    },
    { description: 'no events', rows: [], expected: 'No figures to show.' },
  ])('$description', ({ rows, expected }) => {
    expect(eventsSummary(rows, EN, labels)).toBe(expected);
  });
});

describe('eventsTable', () => {
  it('one row per event with its date and both measures', () => {
    const table = eventsTable(EVENT_ROWS, EN, 'Events', labels);
    expect(table.columns).toEqual(['Event', 'Date', 'Delegates', 'Countries']);
    expect(table.rows[2]).toEqual({ key: 'cavf-2022', header: 'First Central Asian Volunteers Forum', cells: ['2022', 'more than 600', 'No data'] });
  });
});
