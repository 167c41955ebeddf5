// ?view=present: the deck full screen, one slide at a time, with no page chrome. Every slide is drawn (the
// others hidden), so printing gives one slide per landscape page and notes and downloads are ready.
import { useCallback, useEffect, useRef, useState, type CSSProperties, type TouchEvent } from 'react';
import type { PanelInfo } from '../../components/PanelActions';
import { useI18n } from '../../i18n/I18nContext';
import { deckOf } from '../../state/deck';
import type { ViewProps } from '../views/types';
import { DeckToolbar } from './DeckToolbar';
import { SlideContent, type SlideContentProps } from './SlideContent';
import { useFitToSlide } from './useFitToSlide';
import { useClickerKeys } from './useClickerKeys';
import { CHART_SHARE, useStageSize } from './useStageSize';
import './present.css';

export interface PresentViewProps extends ViewProps {
  /** Leaves the deck for the view it was opened from. */
  readonly onExit: () => void;
}

const SWIPE = 50;

/** The slide's content, its chart drawn as tall as the rest of the slide leaves room for. */
function SlideBody({ chartHeight, ...props }: SlideContentProps) {
  const [ref, fitted] = useFitToSlide(chartHeight);
  return (
    <div className="slide__body" ref={ref}>
      <SlideContent {...props} chartHeight={fitted} />
    </div>
  );
}

export function PresentView({ state, update, onExit }: PresentViewProps) {
  const { t, dir } = useI18n();
  const items = deckOf(state);
  const count = items.length;
  const [index, setIndex] = useState(0);
  const [notesOpen, setNotesOpen] = useState(false);
  const [infos, setInfos] = useState<Readonly<Record<number, PanelInfo>>>({});
  const deckRef = useRef<HTMLDivElement | null>(null);
  const stage = useStageSize();
  const current = Math.min(index, count - 1);

  const go = useCallback((i: number) => setIndex(Math.max(0, Math.min(count - 1, i))), [count]);
  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void deckRef.current?.requestFullscreen?.().catch(() => undefined);
  }, []);
  const typed = useClickerKeys({
    go,
    next: () => go(current + 1),
    previous: () => go(current - 1),
    last: () => go(count - 1),
    toggleFullscreen,
    toggleNotes: () => setNotesOpen((v) => !v),
    exit: onExit,
  });

  const reporterFor = (i: number) => (info: PanelInfo) => setInfos((prev) => (prev[i] === info ? prev : { ...prev, [i]: info }));

  const touchStart = useRef<number | null>(null);
  const onTouchStart = (e: TouchEvent) => {
    touchStart.current = e.touches[0]?.clientX ?? null;
  };
  const onTouchEnd = (e: TouchEvent) => {
    const start = touchStart.current;
    const end = e.changedTouches[0]?.clientX;
    touchStart.current = null;
    if (start === null || end === undefined || Math.abs(end - start) < SWIPE) return;
    // A swipe towards the reading start brings the next slide (leftwards in English, rightwards in Arabic).
    const forward = dir === 'rtl' ? end > start : end < start;
    go(current + (forward ? 1 : -1));
  };

  useEffect(() => {
    document.title = `${t('present.region')}: ${infos[current]?.title ?? ''}`;
  }, [t, infos, current]);

  const stageStyle = {
    '--stage-width': `${stage.width}px`,
    '--stage-height': `${stage.height}px`,
    '--stage-scale': String(stage.scale),
  } as CSSProperties;
  const notes = infos[current]?.summary ?? '';
  return (
    <main className="deck" ref={deckRef} dir={dir} style={stageStyle} onTouchStart={onTouchStart} onTouchEnd={onTouchEnd}
      aria-roledescription={t('present.region')}>
      <h1 className="visually-hidden">{t('present.region')}</h1>
      <div className="deck__slides">
        {items.map((item, i) => (
          <section key={`${i}-${item}`} className="slide" data-slide={item} aria-current={i === current ? 'step' : undefined}
            inert={i !== current} aria-hidden={i !== current ? true : undefined}>
            <div className="slide__stage">
              <h2 className="visually-hidden">{t('present.slide', { index: i + 1, count })}</h2>
              {item === 'map' && infos[i] ? <h3 className="slide__title">{infos[i].title}</h3> : null}
              <SlideBody item={item} state={state} update={update} chartHeight={Math.round(stage.height * CHART_SHARE)}
                onInfo={reporterFor(i)} />
            </div>
          </section>
        ))}
      </div>
      <DeckToolbar state={state} update={update} index={current} count={count} typed={typed} infos={infos} items={items}
        onPrevious={() => go(current - 1)} onNext={() => go(current + 1)} notesOpen={notesOpen}
        onNotes={() => setNotesOpen((v) => !v)} onFullscreen={toggleFullscreen} onExit={onExit} />
      {notesOpen ? (
        <aside className="deck__notes" aria-label={t('present.notes.title')}>
          <h2 className="deck__notes-title">{t('present.notes.title')}</h2>
          <p>{notes || t('present.notes.none')}</p>
        </aside>
      ) : null}
    </main>
  );
}
