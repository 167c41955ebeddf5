// The totals of the filtered rows: count columns summed over countries; aggregate areas are left out and said so,
// and rows that may not be added (several years, a total with its parts...) give no total but the reason and what to do.
import { useI18n } from '../i18n/I18nContext';
import type { TableColumn } from './columns';
import type { ColumnSums } from './engine/sumRows';
import { notAddableHelp } from './notAddableWords';
import { SumCell } from './SumCell';
import { sumState } from './sumState';

/** `specs` are the visible columns in display order; the label spans the selection column and those before the first sum. */
export function TotalsRow({ specs, totals, ariaRowIndex }: { specs: readonly TableColumn[]; totals: ColumnSums; ariaRowIndex: number }) {
  const { t } = useI18n();
  const firstSum = specs.findIndex((s) => s.summable);
  if (firstSum < 0) return null;
  return (
    <tr className="dt-totals" aria-rowindex={ariaRowIndex}>
      <th scope="row" colSpan={firstSum + 1} className="dt-start dt-totals-label">
        {t('table.totals.label')}
        {totals.aggregatesExcluded > 0
          ? <span className="dt-totals-note"> {t('table.totals.excluded', { count: totals.aggregatesExcluded })}</span>
          : null}
        {totals.counted > 0 && totals.mixes.length > 0
          ? <span className="dt-totals-note"> {notAddableHelp(t, totals.mixes)}</span>
          : null}
      </th>
      {specs.slice(firstSum).map((spec) => (spec.summable ? <SumCell key={spec.id} state={sumState(totals, spec.id)} /> : <td key={spec.id} />))}
    </tr>
  );
}
