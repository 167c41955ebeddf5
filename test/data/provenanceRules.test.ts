// The provenance checks the bundled-data tests rely on catch what they are meant to catch.
import { describe, expect, it } from 'vitest';
import { provenanceProblems, type ProvenanceRow } from './provenanceRules';

const good: ProvenanceRow = {
  source: 'The Jordan Times', source_url: 'http://www.jordantimes.com/news/local/unv-coordinator-meets-officials-promote-cooperation-volunteerism',
  source_date: '2019-02-21', status: 'reported', note: null, qualifier: 'exact',
};

describe('provenanceProblems', () => {
  it('accepts a sourced, dated row whose address is in the research notes (http allowed)', () => {
    expect(provenanceProblems(good)).toEqual([]);
  });

  it.each([
    ['no source', { source: ' ' }, 'no source'],
    ['an unknown status', { status: 'guessed' }, 'status "guessed"'],
    ['no date and no reason', { source_date: null, note: 'A figure.' }, 'no source_date and no note saying why'],
    ['a javascript: address', { source_url: 'javascript:alert(1)' }, 'not http(s)'],
    ['an address nobody read', { source_url: 'https://example.org/made-up' }, 'in neither research note'],
    ['a subset counted as exact', { note: 'subset: only UNAMA', qualifier: 'exact' }, 'subset note on an exact figure'],
  ] as const)('flags %s', (_, change, message) => {
    expect(provenanceProblems({ ...good, ...change }).join(' | ')).toContain(message);
  });

  it('accepts a missing date when the note says why, and a subset that is a lower bound', () => {
    expect(provenanceProblems({ ...good, source_date: null, note: 'subset: only UNAMA. The page shows no date.', qualifier: 'at_least' })).toEqual([]);
  });
});
