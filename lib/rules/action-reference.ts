/**
 * Action log references read like `IB-2024-017`: the board's prefix, the London year the
 * action was raised, and a number that restarts each year. Numbers are never reused, so
 * the next one follows the highest already issued that year, gaps and all.
 */
const PREFIX = /^[A-Z][A-Z0-9]{0,9}$/;

export function formatActionReference(prefix: string, year: number, n: number): string {
  if (!PREFIX.test(prefix)) throw new RangeError(`prefix must be 1 to 10 capital letters or digits, got ${prefix}`);
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new RangeError(`year out of range: ${year}`);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`number must be a positive whole number, got ${n}`);
  return `${prefix}-${year}-${String(n).padStart(3, '0')}`;
}

/** The number a new reference takes, given the references already issued that year. */
export function nextActionNumber(existing: readonly string[], prefix: string, year: number): number {
  const head = `${prefix}-${year}-`;
  let highest = 0;
  for (const reference of existing) {
    if (!reference.startsWith(head)) continue;
    const tail = reference.slice(head.length);
    if (!/^\d+$/.test(tail)) continue;
    highest = Math.max(highest, Number(tail));
  }
  return highest + 1;
}
