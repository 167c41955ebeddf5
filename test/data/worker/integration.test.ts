// The worker's handler with the real loader (src/data/loadCsv.ts) over the files the app ships.
import { describe, expect, it } from 'vitest';
import { loadCsv } from '../../../src/data/loadCsv';
import { createMessageHandler } from '../../../src/data/loaderHandler';
import type { WorkerResponse } from '../../../src/data/loaderProtocol';
import { xlsx } from '../../fixtures/xlsx';
import { diskFetch, URLS } from './fakes';

function handler() {
  const sent: WorkerResponse[] = [];
  const handle = createMessageHandler({ fetch: diskFetch(), urls: URLS, loadCsv }, (m) => sent.push(m));
  return { sent, handle };
}

describe('loader worker with the real loader', () => {
  it('loads every bundled fact file without a rejected row, countries as alpha-3 or aggregate codes', async () => {
    const { sent, handle } = handler();
    await handle({ type: 'loadBundled', id: 1 });
    const answer = sent.at(-1);
    if (answer?.type !== 'results') throw new Error(JSON.stringify(answer));
    for (const { report, dataset } of answer.results) {
      expect(report.failed, report.fileName).toBe(false);
      expect(report.rejected, `${report.fileName}: ${JSON.stringify(report.issues.slice(0, 3))}`).toBe(0);
      expect(dataset?.rowCount).toBeGreaterThan(0);
    }
    const placements = answer.results[2]?.dataset?.columns.country;
    expect(placements?.type === 'code' && placements.dictionary).toEqual(
      expect.arrayContaining(['WLD', 'KAZ']),
    );
  });

  it('resolves names in any language in an upload and suggests the nearest name for a typo', async () => {
    const { sent, handle } = handler();
    const csv = 'year,country,perspective,type,count\n2023,Қазақстан,duty_station,total,5\n2023,Türkiye,duty_station,total,3\n2023,Kazahkstan,duty_station,total,1\n';
    const bytes = new TextEncoder().encode(csv).buffer as ArrayBuffer;
    await handle({ type: 'load', id: 2, source: { kind: 'bytes', bytes }, options: { fileName: 'mine.csv' } });
    const answer = sent.at(-1);
    if (answer?.type !== 'result') throw new Error(JSON.stringify(answer));
    const country = answer.result.dataset?.columns.country;
    expect(country?.type === 'code' && [...country.codes].map((c) => country.dictionary[c])).toEqual(['KAZ', 'TUR']);
    expect(answer.result.report.issues).toContainEqual(expect.objectContaining({
      code: 'unknown_country', line: 4, message: expect.stringMatching(/Did you mean 'Kazakhstan'\?/),
    }));
  });

  it('reads an Excel workbook dropped as a Blob: the sheet holding the table, named in the report with the others', async () => {
    const { sent, handle } = handler();
    const workbook = xlsx([
      { name: 'Read me', rows: [['Figures from the 2023 survey']] },
      { name: 'Survey', rows: [['Placements, 2023'], ['year', 'country', 'perspective', 'type', 'count'], [2023, 'Кыргызстан', 'duty_station', 'total', 4]] },
    ]);
    await handle({ type: 'load', id: 3, source: { kind: 'blob', blob: new Blob([workbook]) }, options: { fileName: 'survey.xlsx' } });
    const answer = sent.at(-1);
    if (answer?.type !== 'result') throw new Error(JSON.stringify(answer));
    expect(answer.result.report.sheet).toEqual({ name: 'Survey', names: ['Read me', 'Survey'] });
    const country = answer.result.dataset?.columns.country;
    expect(country?.type === 'code' && [...country.codes].map((c) => country.dictionary[c])).toEqual(['KGZ']);
  });
});
