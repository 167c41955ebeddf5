// The "Embed" dialog: language, theme and title choices, a live preview at a chosen width, and two snippets to copy.
import { useEffect, useId, useRef, useState } from 'react';
import { LANGS, type Lang } from '../../data/types';
import { useI18n } from '../../i18n/I18nContext';
import { loadCatalogue, makeTranslate } from '../../i18n/translate';
import type { ChartId } from '../../state/chartIds';
import { DEFAULT_EMBED, EMBED_THEMES, parseUrl, type EmbedTheme } from '../../state/url';
import { embedHref } from '../embed/dashboardLink';
import { plainSnippet, resizingSnippet, type SnippetInput } from '../embed/snippets';
import { MESSAGE_KEY } from '../embed/useAutoHeight';
import { useDialogFocus } from '../upload/useDialogFocus';
import './embedDialog.css';

const WIDTHS = [280, 400, 600, 1000, 1400] as const;
const VIEWER = 'viewer';

export interface EmbedDialogProps {
  readonly chart: ChartId;
  readonly title: string;
  readonly onClose: () => void;
}

/** t() of another language (the snippet's frame title), once its catalogue has arrived. */
function useTranslateIn(lang: Lang | null) {
  const { t } = useI18n();
  const [ready, setReady] = useState<Lang | null>(null);
  useEffect(() => {
    let live = true;
    if (lang) loadCatalogue(lang).then(() => live && setReady(lang), () => undefined);
    return () => { live = false; };
  }, [lang]);
  return lang && ready === lang ? makeTranslate(lang) : t;
}

export function EmbedDialog({ chart, title, onClose }: EmbedDialogProps) {
  const { t, lang: uiLang } = useI18n();
  const ids = useId();
  const ref = useRef<HTMLDivElement | null>(null);
  const preview = useRef<HTMLIFrameElement | null>(null);
  const [lang, setLang] = useState<Lang | typeof VIEWER>(VIEWER);
  const [theme, setTheme] = useState<EmbedTheme>(DEFAULT_EMBED.theme);
  const [showTitle, setShowTitle] = useState(true);
  const [width, setWidth] = useState<number>(600);
  const [height, setHeight] = useState(320);
  const [copied, setCopied] = useState<{ which: string; ok: boolean } | null>(null);
  useDialogFocus(ref, 'embed', onClose, '.embed-button');

  const fixed = lang === VIEWER ? null : lang;
  const tIn = useTranslateIn(fixed);
  // The view state of the page, as its (canonical) address holds it; the embed takes the chart-shaping parts.
  const state = parseUrl(window.location.search).state;
  const page = document.baseURI;
  const withLang = (href: string, l: Lang) => `${href}${href.includes('?') ? '&' : '?'}lang=${l}`;
  // English is the app's default, left out of its addresses; a snippet fixed to English must still say so.
  const base = embedHref({ chart, theme, title: showTitle }, { ...state, lang: fixed && fixed !== 'en' ? fixed : 'en' }, page);
  const src = fixed === 'en' ? withLang(base, 'en') : base;
  const frameTitle = tIn('embed.pageTitle', { chart: tIn(`embed.chart.${chart}`) });
  const input: SnippetInput = { chart, src, title: frameTitle, script: new URL('./embed.js', page).href };
  const previewSrc = fixed ? src : withLang(src, uiLang);

  // The preview reports its height like any embed; only its own frame's messages are read.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const data = (event.data as Record<string, { height?: unknown } | undefined> | null)?.[MESSAGE_KEY];
      if (event.source !== preview.current?.contentWindow || typeof data?.height !== 'number') return;
      setHeight(Math.min(Math.ceil(data.height), 4000));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const copy = (which: string, text: string) => {
    navigator.clipboard.writeText(text).then(() => setCopied({ which, ok: true }), () => setCopied({ which, ok: false }));
  };
  const snippets = [
    { which: 'plain', label: t('embed.dialog.plain'), help: t('embed.dialog.plainHelp'), text: plainSnippet(input) },
    { which: 'resizing', label: t('embed.dialog.resizing'), help: t('embed.dialog.resizingHelp'), text: resizingSnippet(input) },
  ];
  const titleId = `${ids}-title`;
  return (
    <div className="upload-backdrop">
      <div ref={ref} className="upload-dialog embed-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId} tabIndex={-1} data-autofocus>{t('embed.dialog.title')}: {title}</h2>
        <p>{t('embed.dialog.intro')}</p>
        <fieldset className="embed-dialog__options">
          <legend>{t('embed.dialog.options')}</legend>
          <label>
            {t('embed.dialog.lang')}
            <select value={lang} onChange={(e) => setLang(e.target.value as Lang | typeof VIEWER)}>
              <option value={VIEWER}>{t('embed.dialog.langViewer')}</option>
              {LANGS.map((l) => <option key={l} value={l} lang={l}>{t(`app.lang.${l}`)}</option>)}
            </select>
          </label>
          <label>
            {t('embed.dialog.theme')}
            <select value={theme} onChange={(e) => setTheme(e.target.value as EmbedTheme)}>
              {EMBED_THEMES.map((th) => <option key={th} value={th}>{t(`embed.theme.${th}`)}</option>)}
            </select>
          </label>
          <label className="embed-dialog__check">
            <input type="checkbox" checked={showTitle} onChange={(e) => setShowTitle(e.target.checked)} />
            {t('embed.dialog.showTitle')}
          </label>
          <label>
            {t('embed.dialog.width')}
            <select value={width} onChange={(e) => setWidth(Number(e.target.value))}>
              {WIDTHS.map((w) => <option key={w} value={w}>{w} px</option>)}
            </select>
          </label>
        </fieldset>
        {snippets.map((s) => (
          <div key={s.which} className="embed-dialog__snippet">
            <label htmlFor={`${ids}-${s.which}`}><strong>{s.label}</strong></label>
            <p id={`${ids}-${s.which}-help`} className="embed-dialog__help">{s.help}</p>
            <textarea id={`${ids}-${s.which}`} readOnly rows={s.which === 'plain' ? 3 : 4} value={s.text} dir="ltr"
              aria-describedby={`${ids}-${s.which}-help`} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={() => copy(s.which, s.text)}>{t('embed.dialog.copy')}</button>
            <span role="status" className="embed-dialog__copied">
              {copied?.which === s.which ? t(copied.ok ? 'embed.dialog.copied' : 'embed.dialog.copyFailed') : ''}
            </span>
          </div>
        ))}
        <p className="embed-dialog__preview-label">{t('embed.dialog.preview', { width })}</p>
        <div className="embed-dialog__preview">
          <iframe ref={preview} src={previewSrc} title={frameTitle} width={width} height={height} className="embed-dialog__frame" />
        </div>
        <div className="upload-dialog__buttons">
          <button type="button" onClick={onClose}>{t('embed.dialog.close')}</button>
        </div>
      </div>
    </div>
  );
}
