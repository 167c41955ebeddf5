// Marks figures that are not published anywhere; always visible text, with the explanation as a tooltip.
import { useI18n } from '../i18n/I18nContext';
import { textWidth } from '../scales/textWidth';
import { round1 } from '../scales/round';

/** HTML badge for use beside a chart or in a table. */
export function IllustrativeBadge() {
  const { t } = useI18n();
  return (
    <span className="badge badge-illustrative" title={t('status.illustrative.help')}>
      {t('status.illustrative')}
    </span>
  );
}

export interface IllustrativeBadgeSvgProps {
  /** Page x of the badge's right edge (left edge when rtl). */
  readonly x: number;
  readonly y: number;
  readonly dir: 'ltr' | 'rtl';
}

const FONT = 11;

/** Size of the SVG badge, so layouts can reserve room for it. */
export function illustrativeBadgeSize(label: string): { width: number; height: number } {
  return { width: round1(textWidth(label, FONT) + 12), height: 18 };
}

/** The same badge drawn inside a chart's SVG, anchored at a top corner. */
export function IllustrativeBadgeSvg({ x, y, dir }: IllustrativeBadgeSvgProps) {
  const { t } = useI18n();
  const label = t('status.illustrative');
  const { width, height } = illustrativeBadgeSize(label);
  const left = dir === 'ltr' ? round1(x - width) : x;
  return (
    <g className="badge-illustrative">
      <title>{t('status.illustrative.help')}</title>
      <rect x={left} y={y} width={width} height={height} rx={3} fill="#fff4d6" stroke="#9a6700" />
      <text x={round1(left + width / 2)} y={round1(y + height / 2)} textAnchor="middle" dominantBaseline="central" fontSize={FONT} fill="#6b4700" fontWeight={600}>
        {label}
      </text>
    </g>
  );
}
