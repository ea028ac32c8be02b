import crypto from 'node:crypto';
import { addCalendarDays, calendarDaysBetween, londonDay, type LondonDay } from './london-calendar';

// Minutes of a board meeting: "taken and distributed by the administrator ... agreed by
// the Chair before being distributed to the members one week after the Board meeting"
// (Plymouth's terms, DOMAIN.md source 001).

export type MinutesStatus = 'DRAFT' | 'SENT_TO_CHAIR' | 'RETURNED' | 'APPROVED' | 'DISTRIBUTED' | 'CONFIRMED' | 'SUPERSEDED';
export type MinutesStep = 'send' | 'approve' | 'return' | 'distribute' | 'confirm' | 'supersede';

/**
 * The path: draft -> sent to the Chair -> approved, or returned with comments (and sent
 * again) -> distributed -> confirmed as an accurate record at the next meeting. Any signed
 * version is superseded when a correction of it is approved.
 */
const steps: Record<MinutesStep, { from: readonly MinutesStatus[]; to: MinutesStatus }> = {
  send: { from: ['DRAFT', 'RETURNED'], to: 'SENT_TO_CHAIR' },
  approve: { from: ['SENT_TO_CHAIR'], to: 'APPROVED' },
  return: { from: ['SENT_TO_CHAIR'], to: 'RETURNED' },
  distribute: { from: ['APPROVED'], to: 'DISTRIBUTED' },
  confirm: { from: ['DISTRIBUTED'], to: 'CONFIRMED' },
  supersede: { from: ['APPROVED', 'DISTRIBUTED', 'CONFIRMED'], to: 'SUPERSEDED' },
};

/** The status a step leads to from `from`, or null when the step is not open from there. */
export function nextMinutesStatus(from: MinutesStatus, step: MinutesStep): MinutesStatus | null {
  const rule = steps[step];
  return rule.from.includes(from) ? rule.to : null;
}

/** Signed by the Chair: the text is fixed for good (a correction is a new version). */
export const isSignedMinutes = (status: MinutesStatus) =>
  status === 'APPROVED' || status === 'DISTRIBUTED' || status === 'CONFIRMED' || status === 'SUPERSEDED';

/**
 * The administrator edits a draft, or one the Chair returned. Once sent, the Chair reads
 * a text that does not move under them; to change it, the Chair returns it.
 */
export const isEditableMinutes = (status: MinutesStatus) => status === 'DRAFT' || status === 'RETURNED';

/**
 * A correction starts from a signed version that is still the record and has reached the
 * members: distributed or confirmed. Approved minutes not yet distributed are distributed
 * first (only the newest version moves on, so a correction started earlier would block
 * their distribution).
 */
export const canCorrectMinutes = (status: MinutesStatus) => status === 'DISTRIBUTED' || status === 'CONFIRMED';

/** Distribution is due N calendar days after the London day the meeting ended (default 7). */
export function distributionDueOn(meetingEndsAt: Date, days: number): LondonDay {
  return addCalendarDays(londonDay(meetingEndsAt), days);
}

export type DistributionState =
  | { kind: 'distributed'; dueOn: LondonDay; on: LondonDay; late: boolean; daysLate: number }
  | { kind: 'due'; dueOn: LondonDay; daysLeft: number }
  | { kind: 'overdue'; dueOn: LondonDay; daysOverdue: number };

/**
 * Where distribution stands: distributed (on time or late, recorded either way), due, or
 * overdue once the due day has passed in London without distribution.
 */
export function distributionState(input: { meetingEndsAt: Date; days: number; distributedAt: Date | null; now: Date }): DistributionState {
  const dueOn = distributionDueOn(input.meetingEndsAt, input.days);
  if (input.distributedAt) {
    const on = londonDay(input.distributedAt);
    const daysLate = Math.max(0, calendarDaysBetween(dueOn, on));
    return { kind: 'distributed', dueOn, on, late: daysLate > 0, daysLate };
  }
  const today = londonDay(input.now);
  const gap = calendarDaysBetween(dueOn, today);
  return gap > 0 ? { kind: 'overdue', dueOn, daysOverdue: gap } : { kind: 'due', dueOn, daysLeft: Math.abs(gap) };
}

export type MinutesDecisionText = { kind: 'DECISION' | 'RECOMMENDATION'; text: string; decisionMaker: string | null };
export type MinutesActionText = { description: string; owner: string | null; dueOn: LondonDay | null };
export type MinutesItemText = { heading: string; discussion: string; decisions: readonly MinutesDecisionText[]; actions: readonly MinutesActionText[] };
export type MinutesAttendanceText = { name: string; position: string; attendance: string };
/** A declaration of interest as the minutes record it: who, in which item (null: the meeting generally), what kind, and whether they withdrew. */
export type MinutesDeclarationText = { name: string; item: string | null; kind: string; description: string; withdrew: boolean };
export type MinutesText = {
  attendance: readonly MinutesAttendanceText[] | null;
  /** declarations of interest made before or at the meeting; none (or approved before they were recorded) adds no section */
  declarations?: readonly MinutesDeclarationText[] | null;
  /** the Chair's decision on whether enough members were present, where the board sets no quorum */
  quorum?: string | null;
  items: readonly MinutesItemText[];
};

/**
 * The canonical text of a version of minutes: what the page and the PDF show, in order,
 * one line per fact, so that a hash of it proves which words the Chair approved. Versions
 * approved before attendance was snapshotted (attendance null) hash without it, and those
 * with no quorum decision (or approved before it was recorded in minutes) without that line.
 */
export function canonicalMinutesText(doc: MinutesText): string {
  const parts: string[] = [];
  if (doc.attendance) {
    parts.push(['Attendance', ...doc.attendance.map((a) => `${a.name}, ${a.position}: ${a.attendance}`)].join('\n'));
  }
  if (doc.quorum) parts.push(`Quorum (the Chair's decision): ${doc.quorum}`);
  if (doc.declarations?.length) parts.push(['Declarations of interest', ...doc.declarations.map(declarationLine)].join('\n'));
  doc.items.forEach((item, i) => {
    const lines = [`${i + 1}. ${item.heading}`, item.discussion];
    for (const d of item.decisions) {
      lines.push(d.kind === 'RECOMMENDATION' ? `Recommendation (for ${d.decisionMaker ?? 'not named'} to decide): ${d.text}` : `Decision: ${d.text}`);
    }
    for (const a of item.actions) lines.push(`Action: ${a.description} Owner: ${a.owner ?? 'not named'}. Due: ${a.dueOn ?? 'not set'}.`);
    parts.push(lines.join('\n'));
  });
  return parts.join('\n\n');
}

/** One declaration as the minutes, their PDF and the hash say it. */
export function declarationLine(d: MinutesDeclarationText): string {
  return `${d.name}: ${d.kind}, ${d.item ? `item ${d.item}` : 'the meeting generally'}: ${d.description}${/[.!?]$/.test(d.description) ? '' : '.'} ${d.withdrew ? 'Withdrew for the item.' : 'Remained in the meeting.'}`;
}

/** sha256 hex of the canonical text, as recorded in MinutesVersion.approvedHash. */
export function minutesHash(doc: MinutesText): string {
  return crypto.createHash('sha256').update(canonicalMinutesText(doc), 'utf8').digest('hex');
}

/**
 * Who reads which version: the administrator and the Chair see every version, drafts
 * included; everyone else reads minutes once they have been distributed (a superseded
 * version that was distributed stays readable, as the record it was).
 */
export function mayReadMinutesVersion(v: { distributedAt: Date | null }, seesDrafts: boolean): boolean {
  return seesDrafts || v.distributedAt !== null;
}
