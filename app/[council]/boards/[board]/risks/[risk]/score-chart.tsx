import { formatDay } from '@/lib/format';
import type { ScorePoint } from '@/lib/rules/risk-review';

const W = 560;
const H = 220;
const PAD = { left: 40, right: 16, top: 12, bottom: 36 };

const epochDay = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * The current score at each review, on a 0 to 25 scale, with the board's appetite as a
 * dashed line. The chart is an image whose text alternative says the same in words; the
 * table beside it holds every figure.
 */
export function ScoreChart({ points, appetite, describedBy }: { points: ScorePoint[]; appetite: number; describedBy: string }) {
  if (points.length === 0) return null;
  const first = epochDay(points[0]!.reviewedOn);
  const last = epochDay(points.at(-1)!.reviewedOn);
  const span = Math.max(1, last - first);
  const x = (day: string) =>
    points.length === 1 ? PAD.left + (W - PAD.left - PAD.right) / 2 : PAD.left + ((epochDay(day) - first) / span) * (W - PAD.left - PAD.right);
  const y = (score: number) => PAD.top + (1 - score / 25) * (H - PAD.top - PAD.bottom);
  const line = points.map((p) => `${x(p.reviewedOn).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="mb-4 h-auto w-full max-w-xl" role="img" aria-labelledby={describedBy}>
      {[0, 5, 10, 15, 20, 25].map((s) => (
        <g key={s}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(s)} y2={y(s)} stroke="#b1b4b6" strokeWidth="1" />
          <text x={PAD.left - 6} y={y(s) + 4} textAnchor="end" fontSize="12" fill="#0b0c0c">
            {s}
          </text>
        </g>
      ))}
      <line x1={PAD.left} x2={W - PAD.right} y1={y(appetite)} y2={y(appetite)} stroke="#d4351c" strokeWidth="2" strokeDasharray="6 4" />
      <text x={W - PAD.right} y={y(appetite) - 4} textAnchor="end" fontSize="12" fill="#0b0c0c">
        appetite {appetite}
      </text>
      <polyline points={line} fill="none" stroke="#1d70b8" strokeWidth="3" />
      {points.map((p, i) => (
        <circle key={i} cx={x(p.reviewedOn)} cy={y(p.score)} r="5" fill="#1d70b8" />
      ))}
      <text x={PAD.left} y={H - 10} fontSize="12" fill="#0b0c0c">
        {formatDay(asDate(points[0]!.reviewedOn))}
      </text>
      {points.length > 1 && (
        <text x={W - PAD.right} y={H - 10} textAnchor="end" fontSize="12" fill="#0b0c0c">
          {formatDay(asDate(points.at(-1)!.reviewedOn))}
        </text>
      )}
    </svg>
  );
}

/** The chart in words: every score with its date, and where it ended. */
export function describeHistory(points: ScorePoint[], appetite: number): string {
  if (points.length === 0) return 'No score has been recorded yet.';
  const steps = points.map((p) => `${p.score} on ${formatDay(asDate(p.reviewedOn))}`).join(', ');
  const lastScore = points.at(-1)!.score;
  return `Current score at each review: ${steps}. The latest score, ${lastScore}, is ${lastScore > appetite ? 'above' : 'within'} the board’s appetite of ${appetite}.`;
}
