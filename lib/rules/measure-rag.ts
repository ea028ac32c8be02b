export type MeasureDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
export type MeasureRag = 'GREEN' | 'AMBER' | 'RED';
export type MeasureTrend = 'improving' | 'worsening' | 'unchanged';

export interface MeasureRagInput {
  value: number;
  target: number;
  direction: MeasureDirection;
  /** how far on the wrong side of the target still counts as amber; null or 0: any miss is red */
  tolerance: number | null;
}

// Measures are held to two decimal places: compare whole hundredths, so that 0.1 + 0.2
// against 0.3 (or 90 - 5 against 85) is decided by the numbers people typed, not by
// floating-point noise.
const hundredths = (n: number, name: string) => {
  if (!Number.isFinite(n)) throw new RangeError(`${name} must be a finite number, got ${n}`);
  return Math.round(n * 100);
};

/**
 * A measure's value against its target. On target (or better) is green, exactly on the
 * target included; a miss within the tolerance is amber, the edge of the tolerance
 * included; anything further from the target is red. "Better" depends on the direction:
 * re-referrals should fall (lower is better), children seen in time should rise.
 */
export function measureRag({ value, target, direction, tolerance }: MeasureRagInput): MeasureRag {
  const v = hundredths(value, 'value');
  const t = hundredths(target, 'target');
  const tol = tolerance === null ? 0 : hundredths(tolerance, 'tolerance');
  if (tol < 0) throw new RangeError(`tolerance must not be negative, got ${tolerance}`);
  // how far short of the target, in the direction that matters; zero or less meets it
  const shortfall = direction === 'HIGHER_IS_BETTER' ? t - v : v - t;
  if (shortfall <= 0) return 'GREEN';
  if (shortfall <= tol) return 'AMBER';
  return 'RED';
}

/** Whether the latest value moved the right way since the one before. */
export function measureTrend(previous: number, latest: number, direction: MeasureDirection): MeasureTrend {
  const change = hundredths(latest, 'latest') - hundredths(previous, 'previous');
  if (change === 0) return 'unchanged';
  return change > 0 === (direction === 'HIGHER_IS_BETTER') ? 'improving' : 'worsening';
}

/** The RAG in words, so that it never rests on colour alone. */
export const measureRagWords: Record<MeasureRag, string> = {
  GREEN: 'On target',
  AMBER: 'Near target',
  RED: 'Off target',
};
