// "Download slides (.pptx)": waits until every slide is drawn, reads what each says, builds the file.
// In the deck editor no slide is on screen, so the deck is drawn off screen first, in the page's body: closing
// the editor (a <dialog>, whose closed content is not laid out) must not stop the charts being drawn.
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { PanelInfo } from '../../components/PanelActions';
import { useI18n } from '../../i18n/I18nContext';
import type { SlideItem } from '../../state/deck';
import type { ViewProps } from '../views/types';
import { slidesReady, slideText } from './deckSlides';
import { SlideContent } from './SlideContent';
import { CHART_SHARE, STAGE_HEIGHT } from './useStageSize';

type Infos = Readonly<Record<number, PanelInfo>>;
const WAIT_MS = 15_000;
const OFFSCREEN_WIDTH = Math.round((STAGE_HEIGHT * 16) / 9);

export interface DownloadDeckProps extends ViewProps {
  readonly items: readonly SlideItem[];
  /** What the drawn slides reported; absent where the slides are not drawn (the deck editor). */
  readonly infos?: Infos;
}

async function waitFor(check: () => boolean): Promise<void> {
  const end = Date.now() + WAIT_MS;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the charts to be drawn');
    await new Promise((r) => setTimeout(r, 100));
  }
  // One more frame, so the last chart's layout has settled.
  await new Promise((r) => requestAnimationFrame(() => r(null)));
}

export function DownloadDeck({ items, infos, state, update }: DownloadDeckProps) {
  const { t, lang, dir } = useI18n();
  const [status, setStatus] = useState<'idle' | 'busy' | 'done' | { error: string }>('idle');
  const [offscreen, setOffscreen] = useState<Infos>({});
  const infosRef = useRef<Infos>(infos ?? {});
  useEffect(() => {
    infosRef.current = infos ?? offscreen;
  }, [infos, offscreen]);

  const download = async () => {
    if (!infos) {
      infosRef.current = {};
      setOffscreen({});
    }
    setStatus('busy');
    try {
      await waitFor(() => slidesReady(items, infosRef.current));
      const texts = items.map((item, i) => slideText(item, infosRef.current[i] as PanelInfo));
      const { buildPptx, saveBlob } = await import('./pptx');
      const blob = await buildPptx(texts, { lang, rtl: dir === 'rtl', title: t('present.region'), credit: t('app.title') });
      saveBlob(blob, `${t('app.title')} - ${t('present.region')}.pptx`.replace(/[\\/:*?"<>|]+/g, ' '));
      setStatus('done');
    } catch (e) {
      setStatus({ error: e instanceof Error ? e.message : String(e) });
    }
  };

  const message = status === 'busy' ? t('present.pptx.busy')
    : status === 'done' ? t('present.pptx.done')
      : typeof status === 'object' ? t('present.pptx.failed', { message: status.error }) : '';
  return (
    <>
      <button type="button" className="deck-button" onClick={() => void download()} disabled={status === 'busy'}>
        {t('present.pptx')}
      </button>
      <span className={typeof status === 'object' ? 'deck-status deck-status--error' : 'visually-hidden'} role="status">{message}</span>
      {!infos && status === 'busy' ? createPortal(
        <div className="deck-offscreen" aria-hidden="true" inert style={{ width: OFFSCREEN_WIDTH }} dir={dir}>
          {items.map((item, i) => (
            <div key={`${i}-${item}`} className="slide__body">
              <SlideContent item={item} state={state} update={update} chartHeight={Math.round(STAGE_HEIGHT * CHART_SHARE)}
                onInfo={(info) => setOffscreen((prev) => (prev[i] === info ? prev : { ...prev, [i]: info }))} />
            </div>
          ))}
        </div>,
        document.body,
      ) : null}
    </>
  );
}
