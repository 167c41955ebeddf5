// The dashboard shell: data, URL state, language, header, navigation and the current view.
import { Suspense, lazy, useEffect, useLayoutEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { I18nProvider, useI18n } from '../i18n/I18nContext';
import type { KnownIds } from '../state/url';
import { DATASET_CHOICES, withDataset, type View } from '../state/viewState';
import { DataProvider, useData, type DataProviderProps } from './DataContext';
import { eventIdsOf } from './eventIds';
import { Header } from './Header';
import { dirOf, langSourcesOfPage, rememberLang, resolveLang } from './lang';
import { IgnoredNotice } from './IgnoredNotice';
import { DataNotices } from './DataNotices';
import { DashboardPanelActions } from './actions/DashboardPanelActions';
import { DeckProvider } from './present/DeckContext';
import { DeckEditor } from './present/DeckEditor';
import { adoptStoredDeck } from './present/deckStorage';
import { Segmented } from './components/Segmented';
import { Skeleton } from './components/Skeleton';
import { ViewErrorBoundary } from './components/ViewErrorBoundary';
import { useUrlState } from './useUrlState';
import { ViewNav } from './ViewNav';
import { OverviewView } from './views/OverviewView';
import { UploadProvider } from './upload/UploadContext';
import { LoadedNotice } from './upload/LoadedNotice';
import { showLoaded } from './upload/showLoaded';
import type { UploadLoader } from './upload/useUploadQueue';
import type { ViewProps } from './views/types';

// Heavy views load on first visit, keeping the first render small.
const VIEW_COMPONENTS: Readonly<Record<Exclude<View, 'present'>, ComponentType<ViewProps>>> = {
  overview: OverviewView,
  map: lazy(() => import('./views/MapView').then((m) => ({ default: m.MapView }))),
  charts: lazy(() => import('./views/ChartsView').then((m) => ({ default: m.ChartsView }))),
  sdg: lazy(() => import('./views/SdgView').then((m) => ({ default: m.SdgView }))),
  country: lazy(() => import('./views/CountryView').then((m) => ({ default: m.CountryView }))),
  table: lazy(() => import('./views/TableView').then((m) => ({ default: m.TableView }))),
  sources: lazy(() => import('./views/SourcesView').then((m) => ({ default: m.SourcesView }))),
};
const PresentView = lazy(() => import('./present/PresentView').then((m) => ({ default: m.PresentView })));

function useKnownIds(): KnownIds {
  const { status, reference, datasetsOf } = useData();
  return useMemo<KnownIds>(() => {
    if (status !== 'ready' || !reference) return { events: null, countries: null };
    return {
      events: new Set(datasetsOf('events').flatMap(eventIdsOf)),
      countries: new Set(reference.countries.map((c) => c.iso3)),
    };
  }, [status, reference, datasetsOf]);
}

/**
 * Before the URL is first read: a URL without a valid ?lang= gets the remembered or browser language,
 * so the first render is already in that language. Idempotent, hence safe in a state initialiser.
 */
function adoptPreferredLang(): void {
  const sources = langSourcesOfPage();
  const lang = resolveLang(sources);
  if (lang === sources.url || lang === 'en') return;
  const params = new URLSearchParams(window.location.search);
  params.set('lang', lang);
  window.history.replaceState(window.history.state, '', `${window.location.pathname}?${params}${window.location.hash}`);
}

function Shell({ uploadLoader }: { uploadLoader?: UploadLoader }) {
  useState(() => {
    adoptPreferredLang();
    adoptStoredDeck();
  });
  const known = useKnownIds();
  const { state, ignored, update, hrefFor, dismissIgnored } = useUrlState(known);
  const exitDeck = useDeckExit(state.view, update);

  useLayoutEffect(() => {
    document.documentElement.lang = state.lang;
    document.documentElement.dir = dirOf(state.lang);
  }, [state.lang]);

  const onLang = (lang: ViewProps['state']['lang']) => {
    rememberLang(lang);
    update({ lang });
  };

  const Current = state.view === 'present' ? null : VIEW_COMPONENTS[state.view];
  return (
    <I18nProvider lang={state.lang}>
      <UploadProvider {...(uploadLoader ? { loader: uploadLoader } : {})} startUrl={state.data} startKind={state.dataKind}
        onStartAdded={() => update({ data: null, dataKind: null })} onLoaded={(loaded) => update((s) => showLoaded(s, loaded))}>
      <DeckProvider state={state} update={update}>
      {Current === null ? (
        <>
          <IgnoredNotice ignored={ignored} onDismiss={dismissIgnored} />
          <Suspense fallback={<Skeleton height={480} />}>
            <PresentView state={state} update={update} onExit={exitDeck} />
            <AppReady />
          </Suspense>
        </>
      ) : (<>
      <Header lang={state.lang} onLang={onLang}>
        <div className="controls">
          <DatasetSwitch value={state.dataset} onChange={(dataset) => update((s) => withDataset(s, dataset))} />
          <ViewNav state={state} hrefFor={hrefFor} onNavigate={(view) => update({ view }, 'push')} />
          <div className="deck-controls"><DeckEditor state={state} update={update} /></div>
        </div>
      </Header>
      <IgnoredNotice ignored={ignored} onDismiss={dismissIgnored} />
      <DataNotices />
      <LoadedNotice dataset={state.dataset} view={state.view} tableHref={hrefFor({ ...state, view: 'table' })}
        onOpenTable={() => update({ view: 'table' }, 'push')} />
      <main id="main" className="view" tabIndex={-1}>
        <ViewErrorBoundary key={state.view} fallback={(message) => <ViewFailed message={message} />}>
          <Suspense fallback={<Skeleton height={480} />}>
            <DashboardPanelActions>
              <Current state={state} update={update} />
            </DashboardPanelActions>
            <AppReady />
          </Suspense>
        </ViewErrorBoundary>
      </main>
      </>)}
      </DeckProvider>
      </UploadProvider>
    </I18nProvider>
  );
}

/**
 * Tells tests (and scripts of a host page) that the page is the live app. Rendered inside the view's Suspense
 * boundary: a prerendered view is hydrated after the shell (its code arrives later), and until then its buttons
 * do not answer, so "ready" waits for the view.
 */
function AppReady() {
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return null;
}

/** Esc in the deck: back to the view it was opened from (a history step), or the overview for a deck link. */
function useDeckExit(view: View, update: ViewProps['update']): () => void {
  const cameFrom = useRef<View | null>(null);
  useEffect(() => {
    if (view !== 'present') cameFrom.current = view;
  }, [view]);
  return () => {
    if (cameFrom.current) window.history.back();
    else update({ view: 'overview' }, 'push');
  };
}

function ViewFailed({ message }: { message: string }) {
  const { t } = useI18n();
  return (
    <div className="notice notice--error" role="alert">
      <p><strong>{t('app.view.failed')}</strong></p>
      <p>{message}</p>
    </div>
  );
}

function DatasetSwitch({ value, onChange }: { value: ViewProps['state']['dataset']; onChange: (d: ViewProps['state']['dataset']) => void }) {
  const { t } = useI18n();
  return (
    <Segmented
      legend={t('app.dataset.label')}
      options={DATASET_CHOICES}
      value={value}
      labelOf={(d) => t(`app.dataset.${d}`)}
      onChange={onChange}
    />
  );
}

export interface AppProps {
  readonly loader?: DataProviderProps['loader'];
  /** The loader for uploaded files and ?data= links; defaults to its own worker client. */
  readonly uploadLoader?: UploadLoader;
  /** Where uploads are kept between visits (tests); defaults to IndexedDB. */
  readonly storage?: DataProviderProps['storage'];
  /** Bundled data already loaded (a prerendered page hydrates with it, see main.tsx). */
  readonly preloaded?: DataProviderProps['preloaded'];
}

export function App({ loader, uploadLoader, storage, preloaded }: AppProps) {
  return (
    <DataProvider {...(loader ? { loader } : {})} {...(storage !== undefined ? { storage } : {})} {...(preloaded ? { preloaded } : {})}>
      <Shell {...(uploadLoader ? { uploadLoader } : {})} />
    </DataProvider>
  );
}
