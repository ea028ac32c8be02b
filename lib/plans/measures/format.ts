/** "88%", "19.3 children", "4" */
export function withUnit(n: number, unit: string): string {
  const text = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  return unit === '%' ? `${text}%` : unit ? `${text} ${unit}` : text;
}
