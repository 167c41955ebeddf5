// The English text context the summary and table tests use.
import type { Lang } from '../../src/data/types';
import { makeTranslate } from '../../src/i18n/translate';
import type { TextContext } from '../../src/charts/summaryText';

export const ctxFor = (lang: Lang): TextContext => ({ t: makeTranslate(lang), lang });
export const EN = ctxFor('en');
