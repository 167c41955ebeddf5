// Each chart id's panel, for the views' own layout, the presentation deck and the embed entry.
import type { ComponentType } from 'react';
import type { ChartId } from '../../state/chartIds';
import { CountryProfilePanel } from './CountryProfilePanel';
import { EventsPanel } from './EventsPanel';
import { KeyFiguresPanel } from './KeyFiguresPanel';
import { MapPanel } from './MapPanel';
import { NationalInternationalPanel } from './NationalInternationalPanel';
import { RankedPanel } from './RankedPanel';
import { SdgBarsPanel } from './SdgBarsPanel';
import { SdgGridPanel } from './SdgGridPanel';
import type { ChartPanelViewProps } from './types';
import { YearsPanel } from './YearsPanel';

export const CHART_PANELS: Readonly<Record<ChartId, ComponentType<ChartPanelViewProps>>> = {
  'key-figures': KeyFiguresPanel,
  map: MapPanel,
  ranked: RankedPanel,
  'national-international': NationalInternationalPanel,
  years: YearsPanel,
  events: EventsPanel,
  'sdg-grid': SdgGridPanel,
  'sdg-bars': SdgBarsPanel,
  'country-profile': CountryProfilePanel,
};
