// The presentation's unobtrusive controls: the counter, previous and next, notes, full screen, downloads, exit.
import type { PanelInfo } from '../../components/PanelActions';
import { useI18n } from '../../i18n/I18nContext';
import type { SlideItem } from '../../state/deck';
import type { ViewProps } from '../views/types';
import { DownloadDeck } from './DownloadDeck';

export interface DeckToolbarProps extends ViewProps {
  readonly index: number;
  readonly count: number;
  /** The slide number being typed, shown until Enter. */
  readonly typed: string;
  readonly items: readonly SlideItem[];
  readonly infos: Readonly<Record<number, PanelInfo>>;
  readonly notesOpen: boolean;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly onNotes: () => void;
  readonly onFullscreen: () => void;
  readonly onExit: () => void;
}

export function DeckToolbar(p: DeckToolbarProps) {
  const { t } = useI18n();
  return (
    <div className="deck__toolbar" role="toolbar" aria-label={t('present.controls')}>
      <p className="deck__counter" aria-live="polite">
        <span className="visually-hidden">{t('present.slide', { index: p.index + 1, count: p.count })}</span>
        <span aria-hidden="true" dir="ltr">{t('present.counter', { index: p.index + 1, count: p.count })}</span>
      </p>
      {p.typed ? <p className="deck__typed" role="status">{t('present.jump', { index: p.typed })}</p> : null}
      <div className="deck__buttons">
      <button type="button" onClick={p.onPrevious} disabled={p.index === 0}>{t('present.previous')}</button>
      <button type="button" onClick={p.onNext} disabled={p.index === p.count - 1}>{t('present.next')}</button>
      <button type="button" onClick={p.onNotes} aria-pressed={p.notesOpen}>{t('present.notes')}</button>
      <button type="button" onClick={p.onFullscreen}>{t('present.fullscreen')}</button>
      <DownloadDeck items={p.items} infos={p.infos} state={p.state} update={p.update} />
      <button type="button" onClick={() => window.print()}>{t('present.print')}</button>
      <button type="button" onClick={p.onExit}>{t('present.exit')}</button>
      </div>
      <p className="visually-hidden">{t('present.keys')}</p>
    </div>
  );
}
