// The line under the map: every distinct source (and date) of the drawn values, and the badge when any is
// illustrative. The same source line as every chart panel, named for the map.
import { ChartSources, type SourceRef } from '../../components/ChartSources';
import { useI18n } from '../../i18n/I18nContext';

export interface MapSourcesProps {
  readonly values: Iterable<SourceRef>;
}

export function MapSources({ values }: MapSourcesProps) {
  const { t } = useI18n();
  return <ChartSources refs={[...values]} label={t('map.sources')} />;
}
