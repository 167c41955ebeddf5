// A sum in a group row or the totals row: the qualified figure, or in muted words why there is none.
import { useI18n } from '../i18n/I18nContext';
import { notAddableCell, notAddableHelp } from './notAddableWords';
import type { SumState } from './sumState';

/**
 * `groupRow`: a group's sum, where nothing next to the cell explains that world and regional rows are left
 * out (the totals row says so in its label), so the cell says it itself.
 */
export function SumCell({ state, groupRow = false }: { state: SumState; groupRow?: boolean }) {
  const { t } = useI18n();
  if (state.kind === 'empty') return <td className="dt-end dt-sum" />;
  if (state.kind === 'notPublished') return <td className="dt-end dt-sum"><span className="dt-muted">{t('table.sum.notPublished')}</span></td>;
  if (state.kind === 'notAdded') {
    return <td className="dt-end dt-sum" title={groupRow ? t('table.group.notSummed') : undefined}><span className="dt-muted">{t('table.sum.notAdded')}</span></td>;
  }
  if (state.kind === 'notAddable') {
    return (
      <td className="dt-end dt-sum dt-sum-blocked" title={notAddableHelp(t, state.mixes)}>
        <span className="dt-muted">{notAddableCell(t, state.mixes)}</span>
      </td>
    );
  }
  return (
    <td className="dt-end dt-sum">
      {t(`qualifier.${state.qualifier}`, { value: state.value })}
      {state.missing > 0 ? <span className="dt-muted dt-sum-note"> {t('table.sum.partial', { count: state.missing })}</span> : null}
      {groupRow && state.aggregatesExcluded > 0 ? (
        <span className="dt-muted dt-sum-note" title={t('table.sum.countriesOnlyHelp', { count: state.aggregatesExcluded })}> {t('table.sum.countriesOnly')}</span>
      ) : null}
      {state.illustrative > 0 ? (
        <>
          {' '}
          {/* The app's illustrative badge; a sum with reported parts too says "partly". */}
          <span className="dt-badge dt-badge-illustrative" title={t('table.sum.illustrativeHelp', { count: state.illustrative })}>
            ⚠ {state.illustrative === state.added ? t('status.illustrative') : t('table.sum.illustrative')}
          </span>
        </>
      ) : null}
    </td>
  );
}
