// Legend drawn inside a chart's SVG from legendLayout entries (so exported SVGs keep their key).
import type { LegendEntry } from './legendLayout';
import { SvgText } from './SvgText';

export function SvgLegend({ entries, dir, fontSize, fill }: { entries: readonly LegendEntry[]; dir: 'ltr' | 'rtl'; fontSize: number; fill: string }) {
  return (
    <g className="legend" fontSize={fontSize} fill={fill}>
      {entries.map((e) => (
        <g key={e.key}>
          <rect x={e.x} y={e.y} width={12} height={12} rx={2} fill={e.color} />
          <SvgText x={e.textX} y={e.y + 6} align={dir === 'rtl' ? 'right' : 'left'} dir={dir} text={e.label} />
        </g>
      ))}
    </g>
  );
}
