// A strict reader of the iCalendar the app writes, for tests: it refuses anything a
// picky client might choke on (bare LF, lines over 75 octets, unescaped commas or
// semicolons in text, missing required properties) rather than guessing.

export type ParsedProperty = { name: string; params: Record<string, string>; value: string };
export type ParsedComponent = { name: string; properties: ParsedProperty[]; components: ParsedComponent[] };

const TEXT_PROPERTIES = new Set(['SUMMARY', 'LOCATION', 'DESCRIPTION', 'UID', 'X-WR-CALNAME', 'COMMENT']);
const DATE_TIME_PROPERTIES = new Set(['DTSTAMP', 'DTSTART', 'DTEND', 'LAST-MODIFIED', 'CREATED']);
const REQUIRED: Record<string, string[]> = {
  VCALENDAR: ['VERSION', 'PRODID'],
  VEVENT: ['UID', 'DTSTAMP', 'DTSTART'],
};

export function unescapeText(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === ';' || c === ',') throw new Error(`unescaped "${c}" in text value: ${raw}`);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = raw[++i];
    if (next === 'n' || next === 'N') out += '\n';
    else if (next === '\\' || next === ';' || next === ',') out += next;
    else throw new Error(`bad escape \\${next ?? ''} in: ${raw}`);
  }
  return out;
}

export function parseStrict(ics: string): ParsedComponent {
  if (!ics.endsWith('\r\n')) throw new Error('the calendar must end with CRLF');
  const physical = ics.slice(0, -2).split('\r\n');
  const encoder = new TextEncoder();
  physical.forEach((line, n) => {
    if (/[\r\n]/.test(line)) throw new Error(`bare CR or LF on line ${n + 1}`);
    if (encoder.encode(line).length > 75) throw new Error(`line ${n + 1} is longer than 75 octets: ${line}`);
    if (line.length === 0) throw new Error(`empty line ${n + 1}`);
  });
  // unfold: a line starting with a space or tab continues the one before
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (logical.length === 0) throw new Error('a continuation line with nothing to continue');
      logical[logical.length - 1] += line.slice(1);
    } else logical.push(line);
  }

  const stack: ParsedComponent[] = [];
  let root: ParsedComponent | null = null;
  for (const line of logical) {
    const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/.exec(line);
    if (!match) throw new Error(`not a content line: ${line}`);
    const name = match[1]!.toUpperCase();
    const params = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/;([A-Za-z0-9-]+)=("[^"]*"|[^";:,]*)/g)].map((m) => [m[1]!.toUpperCase(), m[2]!.replace(/^"|"$/g, '')]),
    );
    const value = match[3]!;
    if (name === 'BEGIN') {
      const component: ParsedComponent = { name: value, properties: [], components: [] };
      if (stack.length) stack[stack.length - 1]!.components.push(component);
      else if (root) throw new Error('more than one top-level component');
      else root = component;
      stack.push(component);
      continue;
    }
    if (name === 'END') {
      const open = stack.pop();
      if (!open || open.name !== value) throw new Error(`END:${value} does not close ${open?.name ?? 'anything'}`);
      for (const required of REQUIRED[open.name] ?? []) {
        const count = open.properties.filter((p) => p.name === required).length;
        if (count !== 1) throw new Error(`${open.name} needs exactly one ${required}, has ${count}`);
      }
      continue;
    }
    const current = stack[stack.length - 1];
    if (!current) throw new Error(`property ${name} outside any component`);
    if (DATE_TIME_PROPERTIES.has(name) && !/^\d{8}T\d{6}Z$/.test(value) && !params.TZID) throw new Error(`${name} is not a UTC date-time: ${value}`);
    current.properties.push({ name, params, value: TEXT_PROPERTIES.has(name) ? unescapeText(value) : value });
  }
  if (stack.length) throw new Error(`${stack[stack.length - 1]!.name} is never closed`);
  if (!root || root.name !== 'VCALENDAR') throw new Error('not a VCALENDAR');
  return root;
}

export const prop = (c: ParsedComponent, name: string) => c.properties.find((p) => p.name === name)?.value;
export const events = (c: ParsedComponent) => c.components.filter((x) => x.name === 'VEVENT');
