// "Download" on a chart panel or key-figure card: PNG, slide-sized PNG, SVG, copy to the clipboard, the data
// as CSV. A menu button: arrow keys, Home/End and Escape; the menu opens inside the viewport, from the
// button's start edge (the right one in Arabic).
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { PanelInfo } from '../../components/PanelActions';
import { useI18n } from '../../i18n/I18nContext';
import { placeMenu, type Placement } from '../../table/menuPlacement';
import { EXPORT_ITEMS, runExport, type ExportItem, type ExportOutcome } from './runExport';
import './DownloadMenu.css';

const LABELS = { png: 'export.png', slide: 'export.slide', svg: 'export.svg', copy: 'export.copy', csv: 'export.csv' } as const;

export function DownloadMenu({ panel }: { panel: PanelInfo }) {
  const { t, lang, dir } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [focusAt, setFocusAt] = useState(0);
  const [placement, setPlacement] = useState<Placement | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const items = EXPORT_ITEMS.filter((item) => item !== 'csv' || panel.table !== null);

  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    setPlacement(null);
    if (refocus) buttonRef.current?.focus();
  }, []);

  useLayoutEffect(() => {
    const button = buttonRef.current, menu = menuRef.current;
    if (!open || !button || !menu) return;
    const place = () => {
      const root = document.documentElement;
      setPlacement(placeMenu(button.getBoundingClientRect(), { width: menu.offsetWidth, height: menu.scrollHeight },
        { width: root.clientWidth, height: root.clientHeight }, dir));
    };
    place();
    const onPointerDown = (e: PointerEvent) => {
      if (e.target instanceof Node && !menu.contains(e.target) && !button.contains(e.target)) close(false);
    };
    window.addEventListener('resize', place);
    document.addEventListener('scroll', place, true);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      window.removeEventListener('resize', place);
      document.removeEventListener('scroll', place, true);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, dir, close]);

  useEffect(() => {
    if (open && placement) menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[focusAt]?.focus();
  }, [open, placement, focusAt]);

  const openAt = (index: number) => {
    setOutcome(null);
    setFocusAt(index);
    setOpen(true);
  };

  const choose = async (item: ExportItem) => {
    close(true);
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await runExport(item, panel, { lang, t }));
    } finally {
      setBusy(false);
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const last = items.length - 1;
    const moves: Record<string, number> = { ArrowDown: focusAt >= last ? 0 : focusAt + 1, ArrowUp: focusAt <= 0 ? last : focusAt - 1, Home: 0, End: last };
    const next = moves[e.key];
    if (next !== undefined) {
      e.preventDefault();
      setFocusAt(next);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') {
      close(false);
    }
  };

  const menuId = `${id}-menu`;
  return (
    <span className="download-menu">
      <button
        ref={buttonRef}
        type="button"
        className="download-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy || undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            openAt(e.key === 'ArrowDown' ? 0 : items.length - 1);
          }
        }}
      >
        {t('export.menu')}<span aria-hidden="true" className="download-menu__caret">▾</span>
      </button>
      {open ? (
        <div ref={menuRef} id={menuId} role="menu" aria-label={t('export.menu')} className="download-menu__list" dir={dir}
          data-placed={placement ? 'true' : undefined} onKeyDown={onMenuKey}
          style={placement ? { left: placement.left, top: placement.top, maxWidth: placement.maxWidth, maxHeight: placement.maxHeight } : undefined}>
          {items.map((item, i) => (
            <button key={item} type="button" role="menuitem" tabIndex={i === focusAt ? 0 : -1} onClick={() => void choose(item)}
              onFocus={() => setFocusAt(i)}>
              {t(LABELS[item])}
            </button>
          ))}
        </div>
      ) : null}
      <span role="status" className={`download-menu__status${outcome && outcome.kind !== 'done' ? ' download-menu__status--problem' : ''}`}>
        {busy ? t('export.working') : (outcome?.message ?? '')}
      </span>
    </span>
  );
}
