// The totals of the filtered rows: count columns summed over countries; aggregate areas are left out and said so.
import { useI18n } from '../i18n/I18nContext';
import type { TableColumn } from './columns';
import type { ColumnSums } from './engine/sumRows';

export function TotalsRow({ specs, totals, ariaRowIndex }: { specs: readonly TableColumn[]; totals: ColumnSums; ariaRowIndex: number }) {
  const { t, number } = useI18n();
  const labelAt = specs.findIndex((s) => !s.summable);
  return (
    <tr className="dt-totals" aria-rowindex={ariaRowIndex}>
      <td />
      {specs.map((spec, at) => {
        if (spec.summable) {
          const sum = totals.sums[spec.id];
          return <td key={spec.id} className="dt-end">{sum === undefined || Number.isNaN(sum) ? '' : number.format(sum)}</td>;
        }
        if (at !== labelAt) return <td key={spec.id} />;
        return (
          <th key={spec.id} scope="row" className="dt-start">
            {t('table.totals.label')}
            {totals.aggregatesExcluded > 0
              ? <span className="dt-totals-note"> {t('table.totals.excluded', { count: totals.aggregatesExcluded })}</span>
              : null}
          </th>
        );
      })}
    </tr>
  );
}
