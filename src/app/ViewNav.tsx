// Tabs between views: real links (open in a new tab works), plain clicks stay in the page.
import { useEffect, useRef, type MouseEvent } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { VIEWS, type View, type ViewState } from '../state/viewState';
import { focusViewHeading } from './focusViewHeading';

// The deck has no tab: it is opened from the deck editor and left with Esc.
const TAB_VIEWS = VIEWS.filter((v): v is Exclude<View, 'present'> => v !== 'present');

export interface ViewNavProps {
  readonly state: ViewState;
  readonly hrefFor: (state: ViewState) => string;
  readonly onNavigate: (view: View) => void;
}

export function ViewNav({ state, hrefFor, onNavigate }: ViewNavProps) {
  const { t } = useI18n();
  // Any view change after the first render (a tab, Back/Forward, a map click) moves focus to the new heading.
  const shownView = useRef(state.view);
  useEffect(() => {
    if (shownView.current === state.view) return;
    shownView.current = state.view;
    return focusViewHeading(document.getElementById('main'));
  }, [state.view]);
  // On narrow screens the tabs scroll sideways: keep the current one in sight (also when a link opened it).
  const list = useRef<HTMLUListElement>(null);
  const mounted = useRef(false);
  useEffect(() => {
    // Braces, not an arrow's value: Chromium's scrollIntoView now returns a promise, which an effect must not return.
    const reveal = (): void => {
      void list.current?.querySelector('[aria-current="page"]')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    };
    if (mounted.current) {
      reveal();
      return;
    }
    mounted.current = true;
    // At start-up, after the next paint: scrolling now would force a layout of the whole page in the middle of
    // hydrating it (a long task on a phone); after a paint the layout is already done and this costs nothing.
    let timer = 0;
    const frame = requestAnimationFrame(() => { timer = window.setTimeout(reveal, 0); });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [state.view]);
  const onClick = (view: View) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onNavigate(view);
  };
  return (
    <nav className="view-nav" aria-label={t('app.nav.label')}>
      <ul ref={list}>
        {TAB_VIEWS.map((view) => (
          <li key={view}>
            <a
              href={hrefFor({ ...state, view })}
              aria-current={view === state.view ? 'page' : undefined}
              onClick={onClick(view)}
            >
              {t(`app.view.${view}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
