// One load issue's sentence in the page's language (see src/i18n/issueMessage.ts).
import type { LoadIssue } from '../../data/types';
import { useI18n } from '../../i18n/I18nContext';
import { issueMessage } from '../../i18n/issueMessage';
import { dirOf } from '../lang';

export function IssueText({ issue }: { issue: LoadIssue }) {
  const { t, lang } = useI18n();
  const text = issueMessage(issue, t, dirOf(lang) === 'rtl');
  // An issue without a catalogue sentence (or saved before the loader passed its values) keeps the loader's English:
  // mark it so, and keep it left-to-right inside an RTL page.
  return lang !== 'en' && text === issue.message ? <bdi lang="en" dir="ltr">{text}</bdi> : <bdi>{text}</bdi>;
}
