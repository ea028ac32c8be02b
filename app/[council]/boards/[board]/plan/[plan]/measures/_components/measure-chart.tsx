import { withUnit, type MeasureView } from '@/lib/plans/measures/queries';
import { measureRagWords } from '@/lib/rules/measure-rag';

const W = 640;
const H = 280;
const PAD = { top: 28, right: 120, bottom: 48, left: 56 };

/** A short axis label for a period: "Oct 26" for "October 2026", else the label cut short. */
function shortLabel(label: string): string {
  const m = /^([A-Za-z]{3})[a-z]*\s+(\d{4})$/.exec(label.trim());
  return m ? `${m[1]} ${m[2]!.slice(2)}` : label.length > 10 ? `${label.slice(0, 9)}…` : label;
}

function niceRange(lo: number, hi: number): { min: number; max: number; step: number } {
  const span = hi - lo || Math.abs(hi) || 1;
  const raw = span / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? 10 * mag;
  return { min: Math.floor(lo / step) * step, max: Math.ceil(hi / step) * step, step };
}

/**
 * A measure's values over time against its target, drawn so that colour is never
 * needed: the values are a solid line with a marker and its number at every point, the
 * target a dashed line labelled in words, and whether each point met the target is
 * told by the marker's shape (a filled circle on target, a hollow diamond off it) and
 * by the table that follows the chart.
 */
export function MeasureChart({ measure }: { measure: MeasureView }) {
  const values = measure.values;
  const idBase = `chart-${measure.id}`;
  if (values.length === 0) return null;
  const all = [...values.map((v) => v.value), measure.target];
  const { min, max, step } = niceRange(Math.min(...all), Math.max(...all));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (values.length === 1 ? innerW / 2 : (innerW * i) / (values.length - 1));
  const y = (v: number) => PAD.top + innerH - ((v - min) / (max - min || 1)) * innerH;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 1000; t += step) ticks.push(Math.round(t * 100) / 100);
  const latest = values.at(-1)!;
  const summary = `${measure.title}, ${values.length} ${values.length === 1 ? 'value' : 'values'} from ${values[0]!.periodLabel} to ${latest.periodLabel}. Latest ${withUnit(latest.value, measure.unit)} in ${latest.periodLabel}: ${measureRagWords[latest.rag].toLowerCase()} against a target of ${withUnit(measure.target, measure.unit)} (${measure.direction === 'HIGHER_IS_BETTER' ? 'higher' : 'lower'} is better). The table below gives every value.`;
  const labelEvery = Math.ceil(values.length / 8);
  return (
    <figure className="mb-4 max-w-3xl">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${idBase}-title ${idBase}-desc`} className="h-auto w-full bg-white">
        <title id={`${idBase}-title`}>{`Chart of ${measure.title} against its target`}</title>
        <desc id={`${idBase}-desc`}>{summary}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={PAD.left + innerW} y1={y(t)} y2={y(t)} stroke="#b1b4b6" strokeWidth="1" />
            <text x={PAD.left - 8} y={y(t) + 4} textAnchor="end" fontSize="12" fill="#0b0c0c">
              {withUnit(t, measure.unit === '%' ? '%' : '')}
            </text>
          </g>
        ))}
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={PAD.top + innerH} stroke="#0b0c0c" strokeWidth="1" />
        <line x1={PAD.left} x2={PAD.left + innerW} y1={y(measure.target)} y2={y(measure.target)} stroke="#1d70b8" strokeWidth="2.5" strokeDasharray="8 5" />
        <text
          x={PAD.left + innerW + 8}
          y={y(measure.target) + 4}
          fontSize="13"
          fontWeight="bold"
          fill="#0c2d4a"
        >{`Target ${withUnit(measure.target, measure.unit)}`}</text>
        {values.length > 1 && <polyline points={values.map((v, i) => `${x(i)},${y(v.value)}`).join(' ')} fill="none" stroke="#0b0c0c" strokeWidth="2.5" />}
        {values.map((v, i) => (
          <g key={v.id}>
            {v.rag === 'GREEN' ? (
              <circle cx={x(i)} cy={y(v.value)} r="6" fill="#0b0c0c" />
            ) : (
              <path
                d={`M ${x(i)} ${y(v.value) - 7} L ${x(i) + 7} ${y(v.value)} L ${x(i)} ${y(v.value) + 7} L ${x(i) - 7} ${y(v.value)} Z`}
                fill="#ffffff"
                stroke="#0b0c0c"
                strokeWidth="2.5"
              />
            )}
            <text x={x(i)} y={y(v.value) - 12} textAnchor="middle" fontSize="12" fill="#0b0c0c">
              {withUnit(v.value, measure.unit === '%' ? '%' : '')}
            </text>
            {i % labelEvery === 0 || i === values.length - 1 ? (
              <text x={x(i)} y={PAD.top + innerH + 20} textAnchor="middle" fontSize="12" fill="#0b0c0c">
                {shortLabel(v.periodLabel)}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption className="text-secondary">
        Solid line: the values. Dashed line: the target. Filled circle: on target; hollow diamond: short of the target. Every value is in the table below.
      </figcaption>
    </figure>
  );
}
