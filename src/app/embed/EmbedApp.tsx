// One chart on its own, for other sites' iframes: the chart's panel with its sources, summary and table,
// a notice for parameters it ignored, the map's zoom presets, and a link to the same state in the dashboard.
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { I18nProvider, useI18n } from '../../i18n/I18nContext';
import { REGIONS, type ViewState } from '../../state/viewState';
import type { EmbedOptions, IgnoredParam } from '../../state/url';
import type { ChartId } from '../../state/chartIds';
import { IgnoredNotice } from '../IgnoredNotice';
import { Segmented } from '../components/Segmented';
import { Skeleton } from '../components/Skeleton';
import { ViewErrorBoundary } from '../components/ViewErrorBoundary';
import type { StateUpdate } from '../useUrlState';
import { useData } from '../dataApi';
import { BundledDataProvider } from './BundledDataProvider';
import { bundledLoader } from './bundledLoader';
import { chartDashboardHref, dashboardHref } from './dashboardLink';
import { EMBED_PANELS } from './embedPanels';
import { useAutoHeight } from './useAutoHeight';

/** Charts whose panel draws no heading of its own: the embed shows the chart's name above them. */
const OWN_TITLE_LESS: ReadonlySet<ChartId> = new Set<ChartId>(['map', 'key-figures']);

export interface EmbedAppProps {
  readonly embed: EmbedOptions;
  readonly state: ViewState;
  readonly ignored: readonly IgnoredParam[];
}

function EmbeddedChart({ embed, state: initial, ignored: initialIgnored }: EmbedAppProps) {
  const { t } = useI18n();
  const { status } = useData();
  const [state, setState] = useState(initial);
  const [ignored, setIgnored] = useState(initialIgnored);
  const stateRef = useRef(state);
  useAutoHeight(embed.chart);
  const chartName = t(`embed.chart.${embed.chart}`);

  useEffect(() => {
    document.title = t('embed.pageTitle', { chart: chartName });
  }, [t, chartName]);

  // A change of view (a map country opens its profile) goes to the dashboard, in a new tab; the rest stays here.
  const update = useCallback((change: StateUpdate) => {
    const prev = stateRef.current;
    const next = typeof change === 'function' ? change(prev) : { ...prev, ...change };
    if (next.view !== prev.view) {
      window.open(dashboardHref(next, document.baseURI), '_blank', 'noopener');
      return;
    }
    stateRef.current = next;
    setState(next);
  }, []);

  const Panel = EMBED_PANELS[embed.chart];
  const href = chartDashboardHref(embed.chart, state, document.baseURI);
  return (
    <main className={embed.title ? 'embed' : 'embed embed--no-title'} data-chart={embed.chart}>
      {/* Headings in order above the panel's own (h3): the site, then the chart, shown where the panel has no title. */}
      <h1 className="visually-hidden">{t('app.title')}</h1>
      <h2 className={embed.title && OWN_TITLE_LESS.has(embed.chart) ? 'embed__title' : 'visually-hidden'}>{chartName}</h2>
      <IgnoredNotice ignored={ignored} onDismiss={() => setIgnored([])} />
      {embed.chart === 'map' ? (
        <Segmented legend={t('app.map.preset')} options={REGIONS} value={state.region} labelOf={(r) => t(`map.preset.${r}`)}
          onChange={(region) => update({ region })} />
      ) : null}
      <ViewErrorBoundary fallback={(message) => <p className="notice notice--error" role="alert">{message}</p>}>
        <Suspense fallback={<Skeleton height={320} label={t('loading')} />}>
          <Panel state={state} update={update} />
          {/* Added under the chart once its panel and data are in place: shown earlier, under the loading
              placeholder, the link would jump down when the chart arrives (a layout shift). */}
          {status === 'loading' ? null : <OpenInDashboard href={href} />}
        </Suspense>
      </ViewErrorBoundary>
    </main>
  );
}

function OpenInDashboard({ href }: { readonly href: string }) {
  const { t } = useI18n();
  return (
    <p className="embed__open">
      <a href={href} target="_blank" rel="noopener">
        {t('embed.open')}<span className="visually-hidden"> {t('embed.newTab')}</span>
      </a>
    </p>
  );
}

export function EmbedApp(props: EmbedAppProps) {
  return (
    <I18nProvider lang={props.state.lang}>
      <BundledDataProvider loader={bundledLoader}>
        <EmbeddedChart {...props} />
      </BundledDataProvider>
    </I18nProvider>
  );
}
