// @vitest-environment jsdom
// The load report speaks the reader's language: each problem's sentence, on screen and in the downloaded CSV.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LoadReportView } from '../../../src/app/upload/LoadReportView';
import { reportTable } from '../../../src/app/upload/reportCsv';
import { loadCsv } from '../../../src/data/loadCsv';
import type { LoadIssue, LoadReport } from '../../../src/data/types';
import { I18nProvider } from '../../../src/i18n/I18nContext';
import { makeTranslate } from '../../../src/i18n/translate';
import { fakeContext } from '../../fixtures/fakeCountryResolver';

afterEach(cleanup);

const CSV = 'year,country,perspective,type,count\n2023,KAZ,nationality,total,5\n2023,Kazakstan,nationality,total,7\n';
const report: LoadReport = loadCsv(new TextEncoder().encode(CSV), { fileName: 'mine.csv' }, fakeContext()).report;
const saved: LoadIssue = { severity: 'warning', code: 'old_code', line: 9, column: null, value: null, message: 'Something old happened.' };

describe('load report in Russian', () => {
  it('shows the loader\'s problem as a Russian sentence, and keeps an untranslatable one in marked English', () => {
    render(
      <I18nProvider lang="ru">
        <LoadReportView report={{ ...report, issues: [...report.issues, saved] }} name="mine.csv" />
      </I18nProvider>,
    );
    const russian = screen.getByText('Неизвестная страна «Kazakstan». Возможно, имелось в виду «Kazakhstan»?');
    expect(russian.getAttribute('lang')).toBeNull();
    expect(screen.queryByText(/Unknown country/)).toBeNull();
    const english = screen.getByText('Something old happened.');
    expect([english.getAttribute('lang'), english.getAttribute('dir')]).toEqual(['en', 'ltr']);
  });

  it('writes the message column of the downloaded report in the same language', () => {
    const table = reportTable(report, makeTranslate('ru'));
    expect([...table.rows]).toEqual([
      ['error', 'unknown_country', 3, 'country', 'Kazakstan', 'Неизвестная страна «Kazakstan». Возможно, имелось в виду «Kazakhstan»?'],
    ]);
    expect([...reportTable(report, makeTranslate('en')).rows][0]?.[5]).toBe("Unknown country 'Kazakstan'. Did you mean 'Kazakhstan'?");
  });
});
