import { checkColumns, columnName, type CellProblem } from '../../imports/columns';
import type { Sheet } from '../../imports/sheet';
import { label } from '../../labels';
import { readDay } from '../../meetings/schema';
import type { LogStatus } from '../../rules/action-log';
import type { LondonDay } from '../../rules/london-calendar';
import { logImportFields, type LogFieldKey, type LogMapping } from './fields';

/**
 * The action log import's check of every row, pure: what the board already holds comes in
 * as knowledge, so the same check runs at preview and again at commit. A date that cannot
 * be read, a status the log does not know or a clash is a problem named by row and
 * column, never dropped: one problem anywhere imports nothing.
 */

/** A meeting of the board on a day: what an imported sign-off or agreement is linked to. */
export type KnownMeeting = { id: string; day: LondonDay; title: string; historical: boolean };
export type KnownSeat = { id: string; name: string | null; position: string };

export type LogImportKnowledge = {
  existingReferences: readonly string[];
  seats: readonly KnownSeat[];
  /** meetings of the board that have taken place, historical or run in Tabled */
  meetings: readonly KnownMeeting[];
  today: LondonDay;
};

export type ImportedAction = {
  /** null: a reference is drawn at import, as for an action added by hand */
  reference: string | null;
  description: string;
  ownerSeatId: string | null;
  ownerAgency: string | null;
  dueOn: LondonDay;
  /** a revised date: agreed on a day (at a meeting that day, if the board has one recorded), or waiting for the board */
  revision: { dueOn: LondonDay; agreedOn: LondonDay | null; meetingId: string | null } | null;
  status: LogStatus;
  progress: string | null;
  raisedOn: LondonDay | null;
  raisedAtMeetingId: string | null;
  signedOff: { on: LondonDay; meetingId: string | null } | null;
};

export type LogProblem = CellProblem<LogFieldKey>;
export type LogPreviewRow = {
  row: number;
  cells: Partial<Record<LogFieldKey, string>>;
  shown?: Partial<Record<LogFieldKey, string>>;
  action: ImportedAction | null;
  problems: LogProblem[];
};
export type LogImportPreview = { rows: LogPreviewRow[]; problems: LogProblem[] };

const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The old log's words for a status, as the log's own statuses. */
const statusWords: Record<string, LogStatus> = {
  open: 'OPEN',
  new: 'OPEN',
  notstarted: 'OPEN',
  notyetstarted: 'OPEN',
  inprogress: 'IN_PROGRESS',
  ongoing: 'IN_PROGRESS',
  started: 'IN_PROGRESS',
  ontrack: 'IN_PROGRESS',
  awaitingsignoff: 'AWAITING_SIGN_OFF',
  readyforsignoff: 'AWAITING_SIGN_OFF',
  proposedforclosure: 'AWAITING_SIGN_OFF',
  closed: 'CLOSED',
  signedoff: 'CLOSED',
  complete: 'CLOSED',
  completed: 'CLOSED',
  done: 'CLOSED',
  dropped: 'DROPPED',
  withdrawn: 'DROPPED',
  nolongerrequired: 'DROPPED',
  cancelled: 'DROPPED',
};

/** Words that would clash with the log's own pages, which sit beside the actions' references in the address. */
const RESERVED = new Set(['new', 'import', 'exportcsv', 'exportxlsx']);

const dmy = (day: LondonDay) => day.split('-').reverse().join('/');
const sayDay = (day: LondonDay) => dmy(day);

export const checkLogMapping = (headers: readonly string[], mapping: LogMapping) => checkColumns(logImportFields, headers, mapping);

export function validateLogImport(sheet: Sheet, mapping: LogMapping, knowledge: LogImportKnowledge): LogImportPreview {
  const existing = new Set(knowledge.existingReferences.map((r) => r.toLowerCase()));
  const firstRowOf = new Map<string, number>();
  const seatsByName = new Map<string, KnownSeat[]>();
  for (const s of knowledge.seats) {
    for (const name of [s.name, s.position]) {
      if (!name) continue;
      seatsByName.set(key(name), [...(seatsByName.get(key(name)) ?? []), s]);
    }
  }
  const meetingOn = (day: LondonDay) => knowledge.meetings.find((m) => m.day === day) ?? null;
  const rows: LogPreviewRow[] = [];

  sheet.rows.forEach((cellsIn, i) => {
    const row = i + 2;
    const problems: LogProblem[] = [];
    const cells: Partial<Record<LogFieldKey, string>> = {};
    for (const f of logImportFields) {
      const index = mapping[f.key];
      if (index !== null) cells[f.key] = cellsIn[index] ?? '';
    }
    const problem = (field: LogFieldKey, message: string) => {
      const index = mapping[field];
      problems.push({ row, field, column: index === null ? logImportFields.find((f) => f.key === field)!.label : columnName(sheet.headers, index), message });
    };
    const text = (field: LogFieldKey, limit: number, missing?: string): string => {
      const value = (cells[field] ?? '').trim();
      if (!value && missing) problem(field, missing);
      if (value.length > limit) problem(field, `Shorten this to ${limit} characters or fewer (it has ${value.length})`);
      return value;
    };
    /** A day as people write it (15/1/2027 is 15 January 2027); a day that cannot be read is a problem, never left out. */
    const date = (field: LogFieldKey, what: string, opts: { missing?: string; notAfterToday?: boolean } = {}): LondonDay | null => {
      const raw = text(field, 40, opts.missing);
      if (!raw) return null;
      const day = readDay(raw);
      if (!day) {
        problem(field, `"${raw}" is not a date: enter the ${what} as day/month/year, for example 15/01/2027, or as 2027-01-15`);
        return null;
      }
      if (opts.notAfterToday && day > knowledge.today) {
        problem(field, `The ${what} ${sayDay(day)} is after today: it records something that has already happened`);
        return null;
      }
      return day;
    };

    let reference: string | null = text('reference', 40) || null;
    if (reference) {
      const seenAt = firstRowOf.get(reference.toLowerCase());
      if (seenAt) problem('reference', `The reference ${reference} is also used in row ${seenAt}: each action needs its own reference`);
      else firstRowOf.set(reference.toLowerCase(), row);
      if (existing.has(reference.toLowerCase()))
        problem('reference', `The action log already has an action ${reference}: give this one another reference, or leave the cell empty to draw a new one`);
      if (RESERVED.has(key(reference)) || /[/?#\\]/.test(reference))
        problem('reference', `${reference} cannot be used as a reference: use letters, numbers, spaces, dots and dashes`);
    } else reference = null;

    const description = text('description', 4000, 'Enter what the action is');
    const ownerText = text('owner', 200);
    let ownerSeatId: string | null = null;
    let ownerAgency: string | null = null;
    let ownerShown = ownerText || 'No owner';
    if (ownerText) {
      const matches = seatsByName.get(key(ownerText)) ?? [];
      if (matches.length === 1) {
        ownerSeatId = matches[0]!.id;
        ownerShown = `${matches[0]!.name ?? 'To be appointed'}, ${matches[0]!.position} (a member of the board)`;
      } else ownerAgency = ownerText;
    }

    const dueOn = date('dueOn', 'original due date', { missing: 'Enter the original due date, for example 31/03/2025' });
    const revisedDueOn = date('revisedDueOn', 'revised due date');
    const revisedAgreedOn = date('revisedAgreedOn', 'date the revised date was agreed', { notAfterToday: true });
    const raisedOn = date('raisedOn', 'date the action was raised', { notAfterToday: true });
    const signedOffOn = date('signedOffOn', 'date the board signed the action off', { notAfterToday: true });

    if (revisedDueOn && dueOn && revisedDueOn === dueOn)
      problem('revisedDueOn', 'The revised due date is the same as the original: leave it empty if the date was not revised');
    if (revisedAgreedOn && !revisedDueOn && !(cells.revisedDueOn ?? '').trim())
      problem('revisedAgreedOn', 'This row says when a revised date was agreed but gives no revised due date');
    if (raisedOn && revisedAgreedOn && revisedAgreedOn < raisedOn)
      problem('revisedAgreedOn', 'The revised date was agreed before the action was raised: check both dates');
    if (raisedOn && signedOffOn && signedOffOn < raisedOn) problem('signedOffOn', 'The action was signed off before it was raised: check both dates');

    const statusText = text('status', 100);
    let status: LogStatus = signedOffOn ? 'CLOSED' : 'OPEN';
    if (statusText) {
      const read = statusWords[key(statusText)];
      if (!read)
        problem('status', `"${statusText}" is not a status the action log knows: use Open, In progress, Awaiting sign-off, Closed (signed off) or Dropped`);
      else {
        status = read;
        if (read === 'CLOSED' && !signedOffOn && !(cells.signedOffOn ?? '').trim())
          problem('signedOffOn', `The action is ${statusText.toLowerCase()}: enter the date the board signed it off, or import it as Awaiting sign-off`);
        if (read !== 'CLOSED' && signedOffOn)
          problem('status', `The action has a sign-off date but its status is "${statusText}": a signed-off action is closed`);
      }
    }
    const progress = text('progress', 4000) || null;

    const agreedMeeting = revisedAgreedOn ? meetingOn(revisedAgreedOn) : null;
    const signOffMeeting = signedOffOn ? meetingOn(signedOffOn) : null;
    const raisedMeeting = raisedOn ? meetingOn(raisedOn) : null;
    const at = (m: KnownMeeting | null) => (m ? ` at ${m.title}${m.historical ? ' (historical record)' : ''}` : '');

    const ok = problems.length === 0;
    rows.push({
      row,
      cells,
      shown: ok
        ? {
            reference: reference ?? 'Drawn on import',
            owner: ownerShown,
            dueOn: dmy(dueOn!),
            revisedDueOn: revisedDueOn
              ? `${dmy(revisedDueOn)}${revisedAgreedOn ? `, agreed ${dmy(revisedAgreedOn)}${at(agreedMeeting)}` : ', waiting for the board to agree it'}`
              : 'None',
            status: label('actionStatus', status),
            signedOffOn: signedOffOn ? `${dmy(signedOffOn)}${at(signOffMeeting)}` : '',
          }
        : undefined,
      problems,
      action: ok
        ? {
            reference,
            description,
            ownerSeatId,
            ownerAgency,
            dueOn: dueOn!,
            revision: revisedDueOn ? { dueOn: revisedDueOn, agreedOn: revisedAgreedOn, meetingId: agreedMeeting?.id ?? null } : null,
            status,
            progress,
            raisedOn,
            raisedAtMeetingId: raisedMeeting?.id ?? null,
            signedOff: signedOffOn ? { on: signedOffOn, meetingId: signOffMeeting?.id ?? null } : null,
          }
        : null,
    });
  });
  return { rows, problems: rows.flatMap((r) => r.problems) };
}
