// Each chart id's panel, loaded on demand: an embed downloads the code of its own chart only.
import { lazy, type ComponentType } from 'react';
import type { ChartId } from '../../state/chartIds';
import type { ChartPanelViewProps } from '../panels/types';

export const EMBED_PANELS: Readonly<Record<ChartId, ComponentType<ChartPanelViewProps>>> = {
  'key-figures': lazy(() => import('../panels/KeyFiguresPanel').then((m) => ({ default: m.KeyFiguresPanel }))),
  map: lazy(() => import('../panels/MapPanel').then((m) => ({ default: m.MapPanel }))),
  ranked: lazy(() => import('../panels/RankedPanel').then((m) => ({ default: m.RankedPanel }))),
  'national-international': lazy(() => import('../panels/NationalInternationalPanel').then((m) => ({ default: m.NationalInternationalPanel }))),
  years: lazy(() => import('../panels/YearsPanel').then((m) => ({ default: m.YearsPanel }))),
  events: lazy(() => import('../panels/EventsPanel').then((m) => ({ default: m.EventsPanel }))),
  'sdg-grid': lazy(() => import('../panels/SdgGridPanel').then((m) => ({ default: m.SdgGridPanel }))),
  'sdg-bars': lazy(() => import('../panels/SdgBarsPanel').then((m) => ({ default: m.SdgBarsPanel }))),
  'country-profile': lazy(() => import('../panels/CountryProfilePanel').then((m) => ({ default: m.CountryProfilePanel }))),
};
