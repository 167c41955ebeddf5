// Above the table: global search, group-by and column menus, CSV download, and how many rows are shown.
import type { Table } from '@tanstack/table-core';
import { useI18n } from '../i18n/I18nContext';
import type { TableColumn } from './columns';
import type { DisplayRow } from './engine/displayRows';
import type { Features } from './tableFeatures';
import { PopupMenu } from './PopupMenu';

export interface TableToolbarProps {
  readonly table: Table<Features, DisplayRow>;
  readonly specs: readonly TableColumn[];
  readonly headerOf: (id: string) => string;
  readonly shown: number;
  readonly total: number;
  /** Grouped, the download offers the groups as shown or the rows under them; otherwise the rows. */
  readonly grouped: boolean;
  readonly onDownload: (what: 'rows' | 'groups') => void;
}

export function TableToolbar({ table, specs, headerOf, shown, total, grouped, onDownload }: TableToolbarProps) {
  const { t } = useI18n();
  const grouping = table.atoms.grouping.get();
  const hasFilters = table.atoms.columnFilters.get().length > 0 || table.atoms.globalFilter.get() !== '';
  return (
    <div className="dt-toolbar">
      <label className="dt-search">
        <span>{t('table.search.label')}</span>
        <input type="search" value={String(table.atoms.globalFilter.get() ?? '')} placeholder={t('table.search.placeholder')}
          onChange={(e) => table.setGlobalFilter(e.target.value)} />
      </label>
      <PopupMenu className="dt-menu" summary={`${t('table.groupBy.label')}${grouping.length ? ` (${grouping.length})` : ''}`}>
        <legend>{t('table.groupBy.label')}</legend>
        {specs.filter((s) => s.groupable).map((s) => {
          const column = table.getColumn(s.id);
          return (
            <label key={s.id}>
              <input type="checkbox" checked={grouping.includes(s.id)} onChange={column?.getToggleGroupingHandler()} />
              {headerOf(s.id)}
            </label>
          );
        })}
        {grouping.includes('sdg') ? <p className="dt-note">{t('table.group.sdgNote')}</p> : null}
      </PopupMenu>
      <PopupMenu className="dt-menu" summary={t('table.columns.button')}>
        <legend>{t('table.columns.button')}</legend>
        {specs.map((s) => {
          const column = table.getColumn(s.id);
          return (
            <label key={s.id}>
              <input type="checkbox" checked={column?.getIsVisible() ?? true} onChange={column?.getToggleVisibilityHandler()} />
              {headerOf(s.id)}
            </label>
          );
        })}
      </PopupMenu>
      {hasFilters ? (
        <button type="button" onClick={() => { table.setColumnFilters([]); table.setGlobalFilter(''); }}>{t('table.filter.clear')}</button>
      ) : null}
      {grouped ? (
        <>
          <button type="button" onClick={() => onDownload('groups')} title={t('table.download.groupsHelp')}>{t('table.download.groups')}</button>
          <button type="button" onClick={() => onDownload('rows')} title={t('table.download.rowsHelp')}>{t('table.download.rows')}</button>
        </>
      ) : (
        <button type="button" onClick={() => onDownload('rows')} title={t('table.download.help')}>{t('table.download')}</button>
      )}
      <output className="dt-count" aria-live="polite">{t('table.rows.shown', { shown, total })}</output>
    </div>
  );
}
