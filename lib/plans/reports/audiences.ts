import { audienceBody, audienceDefaultName, isCouncilAudience, isLineAudience, type Audience, type StandardAudience } from './period';

// Whom a progress report can address: any of the council's reporting audiences (a list its
// administrators keep: Cabinet, scrutiny, the DfE, a People's Board, a Health and Wellbeing
// Board...), and any other body the board has a reporting line to. Links made before the
// council's list (cabinet, scrutiny, dfe) still read as they did.

type Line = { id: string; body: string; name: string; frequency: string | null };
type CouncilAudience = { id: string; name: string; archived: boolean };

/** The names the list starts with for the three audiences every report once offered. */
export const standardAudienceNames: Record<StandardAudience, string> = {
  cabinet: 'Cabinet',
  scrutiny: 'Overview and Scrutiny Committee',
  dfe: 'Department for Education (DfE)',
};

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');
const withoutNote = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '').trim();

/** A body's name as a report's addressee: "Cabinet" and other one-word names as they are, else "the People's Board". */
export function addresseeName(name: string): string {
  const bare = withoutNote(name) || name.trim();
  return /^the\s/i.test(bare) || !/\s/.test(bare) ? bare : `the ${bare}`;
}

function standardOf(name: string): StandardAudience | null {
  const key = (Object.keys(standardAudienceNames) as StandardAudience[]).find((k) => same(standardAudienceNames[k], name));
  return key ?? null;
}

/** A standard audience addressed as before: the scrutiny committee by the board's line's name, Cabinet and the DfE by their usual names. */
function standard(key: StandardAudience, lines: readonly Line[]) {
  const line = lines.find((l) => l.body === audienceBody[key]) ?? null;
  const addressee = key === 'scrutiny' && line ? addresseeName(line.name) : audienceDefaultName[key];
  return { line, addressee };
}

/**
 * The audience a report asks for, checked against the council's list and the board's lines
 * (an archived audience, another council's or another board's is unknown), with the value
 * the page's list shows as chosen, whom the report addresses, and the reporting line it
 * follows, if any.
 */
export function resolveAudience(audience: Audience, list: readonly CouncilAudience[], lines: readonly Line[]) {
  const active = list.filter((a) => !a.archived);
  if (isLineAudience(audience)) {
    const line = lines.find((l) => `line-${l.id}` === audience) ?? null;
    return { selected: audience, unknown: !line, addressee: addresseeName(line?.name ?? 'the board it reports to'), line };
  }
  if (isCouncilAudience(audience)) {
    const row = active.find((a) => `aud-${a.id}` === audience);
    if (!row) return { selected: audience, unknown: true, addressee: audienceDefaultName.cabinet, line: null };
    const key = standardOf(row.name);
    if (key) return { selected: audience, unknown: false, ...standard(key, lines) };
    const line = lines.find((l) => same(withoutNote(l.name), withoutNote(row.name))) ?? null;
    return { selected: audience, unknown: false, addressee: addresseeName(row.name), line };
  }
  const row = active.find((a) => same(a.name, standardAudienceNames[audience]));
  return { selected: row ? `aud-${row.id}` : audience, unknown: false, ...standard(audience, lines) };
}

/** The choices: the council's audiences in use, then the board's other reporting lines (those not already named by the list). */
export function audienceChoices(list: readonly CouncilAudience[], lines: readonly Line[]) {
  const active = list.filter((a) => !a.archived);
  const council = active.length
    ? active.map((a) => ({ value: `aud-${a.id}`, label: a.name }))
    : (Object.keys(standardAudienceNames) as StandardAudience[]).map((k) => ({ value: k, label: standardAudienceNames[k] }));
  const standardBodies: readonly string[] = Object.values(audienceBody);
  const others = lines
    .filter((l) => !standardBodies.includes(l.body))
    .filter((l) => !active.some((a) => same(withoutNote(a.name), withoutNote(l.name))))
    .map((l) => ({ value: `line-${l.id}`, label: l.name }));
  return [...council, ...others];
}
