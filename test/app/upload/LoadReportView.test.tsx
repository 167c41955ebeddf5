// @vitest-environment jsdom
// Where a problem is (line, column, value) reads as one phrase of the page's language.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LoadReportView } from '../../../src/app/upload/LoadReportView';
import type { Lang } from '../../../src/data/types';
import { I18nProvider } from '../../../src/i18n/I18nContext';
import { issue, report } from './fakeUploadLoader';

afterEach(cleanup);

const bad = report({ recordsRead: 2, loaded: 1, rejected: 1, issues: [issue('negative_count', 5, 'count', '-4', 'negative')] });

async function whereIn(lang: Lang): Promise<string> {
  render(<I18nProvider lang={lang}><LoadReportView report={bad} name="x.csv" /></I18nProvider>);
  // The Arabic catalogue loads on demand: wait for its words.
  const where = await screen.findByText(lang === 'ar' ? /^السطر/ : /^Line/, { selector: '.load-issue__where' });
  return where.textContent ?? '';
}

describe('the place of a problem', () => {
  it.each([
    { lang: 'en', expected: 'Line 5, column count, value “-4”' },
    { lang: 'ar', expected: 'السطر 5، العمود count، القيمة «-4»' },
  ] as const)('in $lang: $expected', async ({ lang, expected }) => {
    expect((await whereIn(lang)).replace(/[\u2068\u2069]/g, '')).toBe(expected);
  });
});
