// Which indicator the views show: one at a time, so two indicators never share a scale.
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { IndicatorInfo } from '../../transforms/indicators';

export function IndicatorPicker({ indicators, value, onChange }: { indicators: readonly IndicatorInfo[]; value: string | null; onChange: (slug: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  if (indicators.length === 0) return null;
  return (
    <div className="field">
      <label htmlFor={id}>{t('indicator.label')}</label>{' '}
      <select id={id} value={value ?? indicators[0]!.slug} onChange={(e) => onChange(e.target.value)}>
        {indicators.map((i) => <option key={i.slug} value={i.slug}>{`${i.name} (${t(`indicator.unit.${i.unit}`)})`}</option>)}
      </select>
    </div>
  );
}
