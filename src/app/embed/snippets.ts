// The HTML a person pastes into their page: a plain responsive iframe, or the same iframe plus our resize script.
import type { ChartId } from '../../state/chartIds';

/** A first height for frames without the resize script: about what each chart needs at a column's width. */
export const PLAIN_HEIGHT: Readonly<Record<ChartId, number>> = {
  'key-figures': 520,
  map: 720,
  ranked: 560,
  'national-international': 560,
  years: 520,
  events: 520,
  'sdg-grid': 640,
  'sdg-bars': 640,
  'country-profile': 640,
};

/** The attribute embed.js looks for; only frames carrying it are resized. */
export const RESIZE_ATTRIBUTE = 'data-volunteer-dashboard';

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface SnippetInput {
  readonly chart: ChartId;
  /** Absolute address of embed.html with its query. */
  readonly src: string;
  /** The frame's accessible name, in the embed's language. */
  readonly title: string;
  /** Absolute address of embed.js. */
  readonly script: string;
}

function iframe({ chart, src, title }: SnippetInput, resizing: boolean): string {
  const attributes = [
    `src="${escapeAttribute(src)}"`,
    `title="${escapeAttribute(title)}"`,
    'width="100%"',
    `height="${PLAIN_HEIGHT[chart]}"`,
    'frameborder="0"',
    'loading="lazy"',
    'referrerpolicy="strict-origin-when-cross-origin"',
    ...(resizing ? [RESIZE_ATTRIBUTE] : []),
  ];
  return `<iframe ${attributes.join(' ')}></iframe>`;
}

export function plainSnippet(input: SnippetInput): string {
  return iframe(input, false);
}

export function resizingSnippet(input: SnippetInput): string {
  return `${iframe(input, true)}\n<script src="${escapeAttribute(input.script)}" async></script>`;
}
