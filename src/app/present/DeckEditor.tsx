// The deck editor: the reader's slides in order, moved by drag or by the arrow buttons, removed, reset to the
// default deck; and from here, present or download the deck. A modal <dialog> (Escape and focus handled by it).
import { Suspense, lazy, useRef, useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { moveSlide, type SlideItem } from '../../state/deck';
import type { ViewProps } from '../views/types';
import { useDeck } from './DeckContext';
import './deck.css';

// The slides' panels and the PowerPoint code load when the editor opens, never with the first view.
const DownloadDeck = lazy(() => import('./DownloadDeck').then((m) => ({ default: m.DownloadDeck })));

export function DeckEditor({ state, update }: ViewProps) {
  const { t } = useI18n();
  const deck = useDeck();
  const dialog = useRef<HTMLDialogElement | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const [said, setSaid] = useState('');
  // Once the editor has been opened its download stays mounted: closing the editor mid-build must not cancel the file.
  const [downloadMounted, setDownloadMounted] = useState(false);
  if (!deck) return null;
  const { items, custom } = deck;
  const name = (item: SlideItem) => t(`present.item.${item}`);

  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length || from === to) return;
    deck.setItems(moveSlide(items, from, to));
    setSaid(t('present.editor.moved', { slide: name(items[from] as SlideItem), index: to + 1 }));
  };
  const remove = (i: number) => {
    const item = items[i] as SlideItem;
    deck.setItems(items.filter((_, j) => j !== i));
    setSaid(t('present.editor.removed', { slide: name(item) }));
  };
  const onDrop = (to: number) => (e: DragEvent) => {
    e.preventDefault();
    if (dragged !== null) move(dragged, to);
    setDragged(null);
  };

  return (
    <>
      <button type="button" className="deck-button" aria-haspopup="dialog" onClick={() => { setDownloadMounted(true); dialog.current?.showModal(); }}>
        {t('present.deckButton', { count: items.length })}
      </button>
      <button type="button" className="deck-button" onClick={() => window.print()}>{t('present.print')}</button>
      <dialog ref={dialog} className="deck-editor" aria-labelledby="deck-editor-title">
        <h2 id="deck-editor-title">{t('present.editor.title')}</h2>
        <p>{custom ? t('present.editor.hint') : t('present.editor.isDefault')}</p>
        <ol className="deck-editor__list">
          {items.map((item, i) => (
            <li key={`${i}-${item}`} className={dragged === i ? 'deck-editor__item is-dragged' : 'deck-editor__item'}
              draggable onDragStart={(e) => { setDragged(i); e.dataTransfer.effectAllowed = 'move'; }}
              onDragOver={(e) => e.preventDefault()} onDrop={onDrop(i)} onDragEnd={() => setDragged(null)}>
              <span className="deck-editor__name">{name(item)}</span>
              <span className="deck-editor__actions">
                <button type="button" onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={t('present.editor.moveUp', { slide: name(item) })}>↑</button>
                <button type="button" onClick={() => move(i, i + 1)} disabled={i === items.length - 1} aria-label={t('present.editor.moveDown', { slide: name(item) })}>↓</button>
                <button type="button" onClick={() => remove(i)} aria-label={t('present.editor.remove', { slide: name(item) })}>×</button>
              </span>
            </li>
          ))}
        </ol>
        <p className="visually-hidden" role="status">{said}</p>
        <div className="deck-editor__buttons">
          <button type="button" className="deck-button deck-button--primary" onClick={() => { dialog.current?.close(); update({ view: 'present' }, 'push'); }}>
            {t('present.editor.present')}
          </button>
          {downloadMounted ? <Suspense fallback={null}><DownloadDeck items={items} state={state} update={update} /></Suspense> : null}
          <button type="button" className="deck-button" onClick={() => deck.setItems(null)} disabled={!custom}>{t('present.editor.reset')}</button>
          <button type="button" className="deck-button" onClick={() => dialog.current?.close()}>{t('present.editor.close')}</button>
        </div>
      </dialog>
    </>
  );
}
