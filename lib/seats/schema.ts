import { z } from 'zod';
import { enumField, everyTime, optionalDay, optionalId, optionalText, requiredDay, requiredId, requiredText, versionField } from '../forms/fields';

export const seatRoles = ['INDEPENDENT_CHAIR', 'CHAIR', 'VICE_CHAIR', 'MEMBER', 'ATTENDEE'] as const;

/** The person select's two choices that are not a person: someone new, or nobody yet. */
export const NEW_PERSON = 'NEW';
export const VACANT = 'VACANT';

export type PersonPick = { kind: 'existing'; id: string } | { kind: 'new'; name: string; email: string | null };
export type HolderPick = PersonPick | { kind: 'vacant' };

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
// A select posts one value; two values (a crafted post) are refused, not joined.
const oneChoice = (message: string) => z.preprocess((v) => (v === undefined || v === null ? '' : v), z.string({ error: message }).trim());
const email = (what: string) =>
  z.preprocess(
    text,
    z
      .string()
      .trim()
      .toLowerCase()
      .max(320, `${what} must be 320 characters or fewer`)
      .refine((v) => v === '' || z.string().email().safeParse(v).success, `Enter ${what.toLowerCase()} in the correct format, like name@council.gov.uk`)
      .transform((v) => v || null),
  );

type Picked = { choice: unknown; name: string | null; email: string | null };
type Fields = { choice: string; name: string; email: string };
type Issue = { path: string[]; message: string };

/**
 * Reads a person select and its "new contact" fields. Typing a name without touching
 * the select means someone new; typing a name while a listed person is chosen is
 * ambiguous, so it is refused rather than guessed. Pure, so the schema can report its
 * issues alongside every other field's (a refinement) and then use its answer.
 */
function pick(value: Picked, f: Fields, opts: { allowVacant: boolean; required: boolean }): { pick: HolderPick | null; issues: Issue[] } {
  // a choice that failed its own parse (two values posted) has been reported already
  if (typeof value.choice !== 'string') return { pick: null, issues: [] };
  const c = value.choice;
  const fail = (field: string, message: string, result: HolderPick | null = null) => ({ pick: result, issues: [{ path: [field], message }] });
  if (c === VACANT && opts.allowVacant) {
    return value.name
      ? fail(f.name, 'You chose “to be appointed”: clear this name, or choose someone new', { kind: 'vacant' })
      : { pick: { kind: 'vacant' }, issues: [] };
  }
  if (c === NEW_PERSON || (c === '' && value.name)) {
    const person: HolderPick = { kind: 'new', name: value.name ?? '', email: value.email };
    return value.name ? { pick: person, issues: [] } : fail(f.name, 'Enter the new contact’s full name', person);
  }
  if (c === '') {
    if (opts.required) return fail(f.choice, 'Choose who holds the seat: a person from the list, someone new, or to be appointed');
    return value.email ? fail(f.name, 'Enter the new contact’s full name as well as their email address') : { pick: null, issues: [] };
  }
  if (!z.string().uuid().safeParse(c).success) return fail(f.choice, 'Choose a person from the list');
  const person: HolderPick = { kind: 'existing', id: c };
  return value.name ? fail(f.name, 'You chose a person from the list: clear this name, or choose someone new', person) : { pick: person, issues: [] };
}

const report = (issues: Issue[], ctx: z.RefinementCtx) => issues.forEach((i) => ctx.addIssue({ code: 'custom', ...i }));

const holderFields = {
  personChoice: oneChoice('Choose one person to hold the seat'),
  newPersonName: optionalText('the new contact’s name', 200),
  newPersonEmail: email('The new contact’s email address'),
};
const substituteFields = {
  substituteChoice: oneChoice('Each member nominates exactly one named substitute: choose one person'),
  newSubstituteName: optionalText('the new substitute’s name', 200),
  newSubstituteEmail: email('The new substitute’s email address'),
};
const meetingField = { agreedAtMeetingId: optionalId('Choose a meeting from the list') };
const seatRef = { seatId: requiredId('That seat was not found'), version: versionField };
const holderOf = (v: { personChoice: unknown; newPersonName: string | null; newPersonEmail: string | null }) => ({
  choice: v.personChoice,
  name: v.newPersonName,
  email: v.newPersonEmail,
});
const substituteOf = (v: { substituteChoice: unknown; newSubstituteName: string | null; newSubstituteEmail: string | null }) => ({
  choice: v.substituteChoice,
  name: v.newSubstituteName,
  email: v.newSubstituteEmail,
});
const HOLDER = { choice: 'personChoice', name: 'newPersonName', email: 'newPersonEmail' };
const SUBSTITUTE = { choice: 'substituteChoice', name: 'newSubstituteName', email: 'newSubstituteEmail' };

const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const endsAfterStart = (v: { startsOn: unknown; endsOn: unknown }, ctx: z.RefinementCtx) => {
  if (isDay(v.startsOn) && isDay(v.endsOn) && v.endsOn < v.startsOn)
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'The end date must be on or after the start date' });
};

const details = {
  role: enumField(seatRoles, 'Choose the role on the board'),
  agency: requiredText('the agency', 200),
  position: requiredText('the position', 200),
  startsOn: optionalDay('the start date'),
};

const HOLDER_OPTS = { allowVacant: true, required: true };
const FILL_OPTS = { allowVacant: false, required: true };
const SUBSTITUTE_OPTS = { allowVacant: false, required: false };

export const createSeatSchema = z
  .object({ ...holderFields, ...details, endsOn: optionalDay('the end date'), ...substituteFields, ...meetingField })
  .superRefine((v, ctx) => {
    endsAfterStart(v, ctx);
    report(pick(holderOf(v), HOLDER, HOLDER_OPTS).issues, ctx);
    report(pick(substituteOf(v), SUBSTITUTE, SUBSTITUTE_OPTS).issues, ctx);
  }, everyTime)
  .transform((v) => ({
    holder: pick(holderOf(v), HOLDER, HOLDER_OPTS).pick ?? ({ kind: 'vacant' } as HolderPick),
    substitute: pick(substituteOf(v), SUBSTITUTE, SUBSTITUTE_OPTS).pick as PersonPick | null,
    role: v.role,
    agency: v.agency,
    position: v.position,
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    agreedAtMeetingId: v.agreedAtMeetingId,
  }));

export const updateSeatSchema = z.object({ ...seatRef, ...details, ...meetingField });

export const endSeatSchema = z.object({ ...seatRef, endsOn: requiredDay('the last day in the seat'), ...meetingField });

export const fillSeatSchema = z
  .object({ ...seatRef, ...holderFields, startsOn: optionalDay('the start date'), ...meetingField })
  .superRefine((v, ctx) => {
    if (v.personChoice === VACANT) ctx.addIssue({ code: 'custom', path: ['personChoice'], message: 'Choose who fills the seat' });
    else report(pick(holderOf(v), HOLDER, FILL_OPTS).issues, ctx);
  }, everyTime)
  .transform((v) => ({
    seatId: v.seatId,
    version: v.version,
    startsOn: v.startsOn,
    agreedAtMeetingId: v.agreedAtMeetingId,
    holder: pick(holderOf(v), HOLDER, FILL_OPTS).pick as PersonPick,
  }));

export const changeSubstituteSchema = z
  .object({ ...seatRef, ...substituteFields, ...meetingField })
  .superRefine((v, ctx) => report(pick(substituteOf(v), SUBSTITUTE, SUBSTITUTE_OPTS).issues, ctx), everyTime)
  .transform((v) => ({
    seatId: v.seatId,
    version: v.version,
    agreedAtMeetingId: v.agreedAtMeetingId,
    substitute: pick(substituteOf(v), SUBSTITUTE, SUBSTITUTE_OPTS).pick as PersonPick | null,
  }));

export const agreeChangeSchema = z.object({
  changeId: requiredId('That change was not found'),
  meetingId: requiredId('Choose the meeting at which the board agreed the change'),
});

export type CreateSeatInput = z.infer<typeof createSeatSchema>;
