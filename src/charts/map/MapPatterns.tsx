// Fill patterns, so "no data", "took part" and illustrative values differ from value classes by texture, not only by colour.
import { MAP_COLORS } from './palette';

export type MapPatternId = 'nodata' | 'tookpart' | 'illustrative';
const ALL: readonly MapPatternId[] = ['nodata', 'tookpart', 'illustrative'];

/** The patterns `${idPrefix}-nodata`, `-tookpart` and `-illustrative`, or only those named in `only` (a legend swatch's). */
export function MapPatterns({ idPrefix, only = ALL }: { idPrefix: string; only?: readonly MapPatternId[] }) {
  return (
    <defs>
      {only.includes('nodata') ? <pattern id={`${idPrefix}-nodata`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={MAP_COLORS.noData} />
        <line x1="0" y1="0" x2="0" y2="6" stroke={MAP_COLORS.noDataHatch} strokeWidth="1.2" />
      </pattern> : null}
      {only.includes('tookpart') ? <pattern id={`${idPrefix}-tookpart`} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill={MAP_COLORS.tookPart} />
        <circle cx="2.5" cy="2.5" r="0.9" fill={MAP_COLORS.tookPartDot} />
      </pattern> : null}
      {/* Transparent between the lines: laid over an illustrative value's own class colour. */}
      {only.includes('illustrative') ? <pattern id={`${idPrefix}-illustrative`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        {/* A light and a dark line side by side, so the hatch shows on the lightest and the darkest class. */}
        <line x1="0.7" y1="0" x2="0.7" y2="5" stroke={MAP_COLORS.illustrativeHatch} strokeWidth="1.4" strokeOpacity="0.9" />
        <line x1="2" y1="0" x2="2" y2="5" stroke={MAP_COLORS.illustrativeHatchDark} strokeWidth="0.7" strokeOpacity="0.55" />
      </pattern> : null}
    </defs>
  );
}
