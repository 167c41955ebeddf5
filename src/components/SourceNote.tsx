// "Source: X, date" under a chart. Only http(s) URLs become links; every value is rendered as text.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { safeHttpUrl } from './safeUrl';

export interface SourceNoteProps {
  readonly source: string;
  readonly url?: string | null;
  /** ISO partial date (YYYY, YYYY-MM, YYYY-MM-DD) or any text; shown as given. */
  readonly date?: string | null;
}

/** Splits a template like "Source: {source}, {date}" and puts nodes where the placeholders are. */
function fill(template: string, parts: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return template.split(/(\{\w+\})/).map((piece, i) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    // <bdi>: a Latin source inside an Arabic sentence (or the reverse) keeps its punctuation in place.
    return name !== undefined && name in parts ? <bdi key={i}>{parts[name]}</bdi> : piece;
  });
}

export function SourceNote({ source, url, date }: SourceNoteProps) {
  const { t } = useI18n();
  const href = safeHttpUrl(url);
  const name = href ? (
    <a href={href} rel="noopener noreferrer" target="_blank">
      {source}
    </a>
  ) : (
    source
  );
  // t() leaves unknown placeholders in place, so the template can be split around them.
  const template = date ? t('charts.sourceWithDate') : t('charts.source');
  return <p className="source-note">{fill(template, { source: name, date: date ?? '' })}</p>;
}
