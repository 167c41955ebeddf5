// The data table of the selected dataset; sort, filter, search and grouping live in the URL.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Country } from '../../data/types';
import { AGGREGATES } from '../../data/aggregates';
import { useI18n } from '../../i18n/I18nContext';
import { DEFAULT_STATE, type TableState } from '../../state/viewState';
import { DataTable } from '../../table/DataTable';
import { EMPTY_TABLE_STATE, type DataTableState } from '../../table/tableState';
import {
  decodeFilters, decodeGrouping, decodeSearch, decodeSort, encodeFilters, encodeGrouping, encodeSearch, encodeSort,
} from '../../table/tableUrl';
import { useData } from '../dataApi';
import { countryName } from '../countryName';
import { regionName } from '../regionName';
import { DataGate } from '../components/DataGate';
import type { ViewProps } from './types';

// The loading placeholder is as tall as the table will be (DataTable.css: .dt-scroll, 560 px at most).
const TABLE_HEIGHT = 560;

/** The URL's table parameters over the local rest of the table state (invalid parts are dropped). */
function fromUrl(table: TableState, local: DataTableState): DataTableState {
  return {
    ...local,
    sorting: decodeSort(table.sort).value,
    columnFilters: decodeFilters(table.filter).value,
    globalFilter: decodeSearch(table.q).value,
    grouping: decodeGrouping(table.group).value,
  };
}

function toUrl(state: DataTableState): TableState {
  return {
    sort: encodeSort(state.sorting),
    filter: encodeFilters(state.columnFilters),
    q: encodeSearch(state.globalFilter),
    group: encodeGrouping(state.grouping),
  };
}

function searchIndex(countries: readonly Country[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const c of countries) index.set(c.iso3, [c.iso3, c.iso2, ...Object.values(c.names), ...c.aliases].join(' '));
  for (const a of AGGREGATES) index.set(a.code, [a.code, ...Object.values(a.names), ...a.aliases].join(' '));
  return index;
}

export function TableView({ state, update }: ViewProps) {
  const { t, lang } = useI18n();
  const { reference, combined } = useData();
  const dataset = combined(state.dataset);
  const countries = reference?.countries;
  // One source of truth per slice: sort, filter, search and grouping come from the URL;
  // expansion, visible columns and selection stay local.
  const [local, setLocal] = useState(EMPTY_TABLE_STATE);
  const table = useMemo(() => fromUrl(state.table, local), [state.table, local]);
  // onStateChange may run twice before a re-render; it must chain from the newest state.
  const tableRef = useRef(table);
  useEffect(() => {
    tableRef.current = table;
  }, [table]);
  const onStateChange = useCallback((change: (previous: DataTableState) => DataTableState) => {
    const next = change(tableRef.current);
    tableRef.current = next;
    setLocal(next);
    update((s) => ({ ...s, table: toUrl(next) }), 'replace');
  }, [update]);

  const index = useMemo(() => searchIndex(countries ?? []), [countries]);
  const nameOf = useCallback((code: string) => countryName(countries, code, lang), [countries, lang]);
  const searchTextOf = useCallback((code: string) => index.get(code) ?? code, [index]);
  const regions = useMemo(() => new Map((countries ?? []).map((c) => [c.iso3, regionName(c.region, t)])), [countries, t]);
  const regionOf = useCallback((code: string) => regions.get(code), [regions]);

  // Selected rows select their countries everywhere (the `country` URL parameter); clearing the
  // selection gives the focus back to the default country.
  const hadSelection = useRef(false);
  const onSelectionChange = useCallback((codes: string[]) => {
    if (codes.length === 0 && !hadSelection.current) return;
    hadSelection.current = codes.length > 0;
    update({ countries: codes.length > 0 ? codes : DEFAULT_STATE.countries }, 'replace');
  }, [update]);

  return (
    <section aria-labelledby="table-title">
      <div className="view-toolbar">
        <h2 id="table-title">{t('app.table.title')}: {t(`app.dataset.${state.dataset}`)}</h2>
      </div>
      <DataGate height={TABLE_HEIGHT} empty={!dataset}>
        {dataset ? (
          <DataTable
            key={dataset.id}
            dataset={dataset}
            nameOf={nameOf}
            searchTextOf={searchTextOf}
            regionOf={regionOf}
            state={table}
            onStateChange={onStateChange}
            onSelectionChange={onSelectionChange}
            lang={lang}
          />
        ) : null}
      </DataGate>
    </section>
  );
}
