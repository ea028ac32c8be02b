/**
 * The next reference on a board's risk log: one more than the highest number in use,
 * in the style the log already uses ("R-07" after "R-06", "R012" after "R011"), or
 * "R-01" for an empty log. References that carry no number are left alone.
 */
export function nextRiskReference(existing: readonly string[]): string {
  let best: { prefix: string; number: number; width: number } | null = null;
  for (const reference of existing) {
    const match = /^(.*?)(\d+)$/.exec(reference.trim());
    if (!match) continue;
    const number = Number(match[2]);
    if (!best || number > best.number) best = { prefix: match[1] ?? '', number, width: match[2]!.length };
  }
  if (!best) return 'R-01';
  return `${best.prefix}${String(best.number + 1).padStart(best.width, '0')}`;
}
