/**
 * A board's address in its council (/<council>/boards/<slug>), made from its name once
 * and kept when the name changes, so that links people have saved keep working.
 */
// Route segments beside [board] that a board's slug would otherwise hide.
const RESERVED = new Set(['new']);

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'board';
}

/** The first free of base, base-2, base-3, ... among the council's slugs. */
export function uniqueSlug(name: string, taken: ReadonlySet<string>): string {
  const base = slugify(name);
  if (!taken.has(base) && !RESERVED.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Initials for action references ("Children's Trust Board" → CTB), unique among the council's prefixes. */
export function uniquePrefix(name: string, taken: ReadonlySet<string>): string {
  const initials = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(of|and|the|for|s)$/i.test(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join('')
    .replace(/^[0-9]+/, '')
    .slice(0, 6);
  const base = initials || 'B';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
