// Over 300 lines on purpose: every row one seeded meeting needs (agenda, papers, files,
// attendance, minutes) is built here together so they stay consistent with the board's rules.
// Builds one meeting's rows: the meeting, its agenda, papers and their files,
// attendance and minutes, all consistent with the board's rules (papers five working
// days ahead, apologies two, minutes to the Chair and out within a week).
import type {
  AttendanceStatus,
  DecisionKind,
  ItemPurpose,
  MeetingKind,
  MeetingStatus,
  MinutesStatus,
  ProtectiveMarking,
  SeatRole,
  StandingItem,
} from '../../lib/db/generated/prisma/client';
import { addDays, addHours, apologiesDueBy, dbDate, longDate, monthKey, notAfter, papersDueBy, type LondonDay, type Slot } from './dates';
import type { Rows } from './rows';
import { pendingPdf, sectionsText, sha256, uuid } from './util';

export type SeatRef = {
  id: string;
  key: string;
  personId: string | null;
  substituteId: string | null;
  role: SeatRole;
  startsOn: LondonDay;
  position: string;
};

export type DecisionSpec = { kind: DecisionKind; text: string; decisionMaker?: string };

export type ItemSpec = {
  title: string;
  presenter?: string;
  purpose: ItemPurpose;
  duration?: number;
  standing?: StandingItem;
  paper?: { title: string; slug: string; marking?: ProtectiveMarking };
  minutes?: string;
  decisions?: DecisionSpec[];
};

export type PaperMode = 'none' | 'circulated' | 'last-held' | 'next';
export type AttendanceMode = 'none' | 'held' | 'next';
export type MinutesMode =
  | { status: 'NONE' }
  | { status: Extract<MinutesStatus, 'CONFIRMED'>; confirmedAtMeetingId: string }
  | { status: Extract<MinutesStatus, 'DRAFT' | 'SENT_TO_CHAIR' | 'APPROVED' | 'DISTRIBUTED'> };

export type MeetingSpec = {
  id: string;
  boardId: string;
  seriesId?: string;
  kind: MeetingKind;
  theme?: string;
  title: string;
  slot: Slot;
  venue: string;
  virtualLink?: string;
  status: MeetingStatus;
  items: ItemSpec[];
  papers: PaperMode;
  attendance: AttendanceMode;
  minutes: MinutesMode;
  /** the day of the previous meeting, for "minutes of the meeting held on ..." */
  previousDay?: LondonDay;
  /** overrides for attendance by seat key (held meetings) */
  attendanceOverrides?: Record<string, { status: AttendanceStatus; late?: boolean; substituteAttends?: boolean }>;
};

export type MeetingContext = {
  councilId: string;
  now: Date;
  adminId: string;
  chairId: string;
  chairTitle: string;
  seats: SeatRef[];
  names: Map<string, string>;
  rng: () => number;
  paperNoticeWorkingDays?: number;
};

export type BuiltMeeting = {
  id: string;
  agendaItemIds: string[];
  /** minutes item id by agenda position (index), when minutes were written */
  minutesItemIds: string[];
  itemTitles: string[];
};

/** Rounded up to the whole minute (so 23:59:59.999 becomes 00:00). */
function minute(instant: Date): Date {
  return new Date(Math.ceil(instant.getTime() / 60_000) * 60_000);
}

function nameOf(ctx: MeetingContext, personId: string | null): string {
  return (personId && ctx.names.get(personId)) ?? 'a member';
}

function list(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function addMeeting(rows: Rows, ctx: MeetingContext, spec: MeetingSpec): BuiltMeeting {
  const { councilId, now } = ctx;
  const { slot } = spec;
  const held = spec.status === 'HELD';
  // the Chair agrees the agenda with the administrator about nine days ahead
  const agendaAgreedAt = addDays(slot.startsAt, -9);
  const agendaAgreed = agendaAgreedAt.getTime() < now.getTime();
  rows.meeting.push({
    id: spec.id,
    councilId,
    boardId: spec.boardId,
    seriesId: spec.seriesId ?? null,
    kind: spec.kind,
    theme: spec.theme ?? null,
    title: spec.title,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    venue: spec.venue,
    virtualLink: spec.virtualLink ?? null,
    status: spec.status,
    agendaAgreedById: agendaAgreed ? ctx.chairId : null,
    agendaAgreedAt: agendaAgreed ? agendaAgreedAt : null,
    quorumDecision: held
      ? `The ${ctx.chairTitle} was satisfied that enough members were present, in person or virtually, to conduct the business of the meeting.`
      : null,
    createdAt: notAfter(addDays(slot.startsAt, -60), now),
  });

  const agendaItemIds = spec.items.map(() => uuid());
  spec.items.forEach((item, index) => {
    rows.agendaItem.push({
      id: agendaItemIds[index],
      councilId,
      meetingId: spec.id,
      position: index + 1,
      title: item.title,
      presenter: item.presenter ?? null,
      purpose: item.purpose,
      durationMinutes: item.duration ?? null,
      standing: item.standing ?? null,
    });
  });

  // ---- papers ----
  const deadline = papersDueBy(slot.startsAt, ctx.paperNoticeWorkingDays ?? 5);
  const withPapers = spec.items
    .map((item, index) => ({ item, index }))
    .filter((x): x is { item: ItemSpec & { paper: NonNullable<ItemSpec['paper']> }; index: number } => !!x.item.paper);
  if (spec.papers !== 'none') {
    withPapers.forEach(({ item, index }, n) => {
      const paperId = uuid();
      let status: 'DRAFT' | 'CIRCULATED' = 'CIRCULATED';
      // the deadline is the last millisecond of its day: papers go out at 16:00 that day
      const onTime = minute(addHours(deadline, -8));
      let circulatedAt: Date | null = onTime;
      let isLate = false;
      let lateAcceptedById: string | null = null;
      let lateAcceptedAt: Date | null = null;
      let lateReason: string | null = null;
      const last = n === withPapers.length - 1;
      if (spec.papers === 'last-held' && last) {
        // a paper sent after the deadline, saved, flagged and accepted by the Chair
        circulatedAt = notAfter(minute(addHours(deadline, 34)), now); // 10:00 two days after the deadline
        isLate = true;
        lateAcceptedById = ctx.chairId;
        lateAcceptedAt = notAfter(addHours(circulatedAt, 3), now);
        lateReason = 'Month-end data was validated after the deadline; the Chair agreed to accept the paper late.';
      } else if (spec.papers === 'next') {
        const deadlinePassed = deadline.getTime() < now.getTime();
        if (n === 0) {
          circulatedAt = deadlinePassed ? onTime : notAfter(minute(addHours(now, -20)), now);
        } else if (n === 1 && deadlinePassed) {
          // circulated after the deadline and not yet accepted: waits for the Chair
          const afterDeadline = Math.min((now.getTime() - deadline.getTime()) / 2, 26 * 3_600_000);
          circulatedAt = minute(new Date(deadline.getTime() + Math.max(60_000, afterDeadline)));
          isLate = true;
          lateReason = 'Figures for the latest month were not signed off until after the deadline.';
        } else {
          status = 'DRAFT';
          circulatedAt = null;
        }
      }
      const fileName = `${item.paper.slug}-${monthKey(slot.day)}.pdf`;
      const uploadedAt = circulatedAt ?? notAfter(addDays(now, -1), now);
      rows.paper.push({
        id: paperId,
        councilId,
        meetingId: spec.id,
        agendaItemId: agendaItemIds[index],
        title: item.paper.title,
        marking: item.paper.marking ?? 'OFFICIAL',
        status,
        circulatedAt,
        isLate,
        lateAcceptedById,
        lateAcceptedAt,
        lateReason,
        createdAt: notAfter(addHours(uploadedAt, -2), now),
      });
      rows.paperFile.push({
        id: uuid(),
        councilId,
        paperId,
        versionNo: 1,
        fileName,
        contentType: 'application/pdf',
        ...pendingPdf(),
        uploadedById: ctx.adminId,
        uploadedAt: notAfter(addHours(uploadedAt, -1), now),
      });
    });
  }

  // ---- attendance ----
  const seatsNow = ctx.seats.filter((s) => s.personId && s.startsOn <= slot.day);
  const apologies: string[] = [];
  const substitutes: string[] = [];
  const virtual: string[] = [];
  if (spec.attendance !== 'none') {
    const apologyDeadline = apologiesDueBy(slot.startsAt);
    for (const seat of seatsNow) {
      let status: AttendanceStatus;
      let late = false;
      const override = spec.attendanceOverrides?.[seat.key];
      if (spec.attendance === 'next') {
        status = override?.status ?? 'EXPECTED';
      } else {
        const r = ctx.rng();
        if (override) {
          status = override.status;
          late = override.late ?? false;
        } else if (seat.role === 'INDEPENDENT_CHAIR' || seat.role === 'CHAIR') status = 'PRESENT';
        else if (r < 0.55) status = 'PRESENT';
        else if (r < 0.77) status = 'VIRTUAL';
        else if (r < 0.9 && seat.substituteId) status = 'SUBSTITUTE_ATTENDED';
        else status = 'APOLOGIES';
      }
      const sendsApology = status === 'APOLOGIES' || status === 'SUBSTITUTE_ATTENDED';
      // for a coming meeting, "apologies, and my substitute will attend"
      const subAttends = !!seat.substituteId && (status === 'SUBSTITUTE_ATTENDED' || (status === 'APOLOGIES' && override?.substituteAttends === true));
      const apologySentAt = sendsApology
        ? notAfter(late ? addHours(slot.startsAt, -2) : addDays(apologyDeadline, -(1 + Math.floor(ctx.rng() * 6))), now)
        : null;
      rows.attendance.push({
        id: uuid(),
        councilId,
        meetingId: spec.id,
        seatId: seat.id,
        status,
        substituteAttends: subAttends,
        substitutePersonId: subAttends ? seat.substituteId : null,
        apologySentAt,
        apologyLate: late,
        note: late ? 'Apologies received on the morning of the meeting.' : null,
        recordedById: sendsApology || spec.attendance === 'held' ? ctx.adminId : null,
      });
      const who = `${nameOf(ctx, seat.personId)} (${seat.position})`;
      if (status === 'APOLOGIES') apologies.push(who);
      if (status === 'SUBSTITUTE_ATTENDED') {
        apologies.push(who);
        substitutes.push(`${nameOf(ctx, seat.substituteId)} attended as nominated substitute for ${nameOf(ctx, seat.personId)}.`);
      }
      if (status === 'VIRTUAL') virtual.push(nameOf(ctx, seat.personId));
    }
  }

  // ---- minutes ----
  const minutesItemIds: string[] = [];
  if (spec.minutes.status !== 'NONE') {
    const minutesId = uuid();
    const sections = spec.items.map((item) => ({
      heading: item.title,
      body: item.minutes ?? standingMinutes(item, spec, { apologies, substitutes, virtual, chairTitle: ctx.chairTitle }),
    }));
    const sentToChairAt = notAfter(addDays(slot.endsAt, 2), now);
    const approvedAt = notAfter(addDays(slot.endsAt, 4), now);
    const distributedAt = notAfter(addHours(addDays(slot.startsAt, 7), -1), now);
    const status = spec.minutes.status;
    const approved = status === 'APPROVED' || status === 'DISTRIBUTED' || status === 'CONFIRMED';
    rows.minutesVersion.push({
      id: minutesId,
      councilId,
      meetingId: spec.id,
      versionNo: 1,
      status,
      sentToChairAt: status === 'DRAFT' ? null : sentToChairAt,
      approvedById: approved ? ctx.chairId : null,
      approvedAt: approved ? approvedAt : null,
      approvedHash: approved ? sha256(sectionsText(sections)) : null,
      distributedAt: status === 'DISTRIBUTED' || status === 'CONFIRMED' ? distributedAt : null,
      confirmedAtMeetingId: spec.minutes.status === 'CONFIRMED' ? spec.minutes.confirmedAtMeetingId : null,
      createdAt: notAfter(addDays(slot.endsAt, 1), now),
    });
    sections.forEach((section, index) => {
      const minutesItemId = uuid();
      minutesItemIds.push(minutesItemId);
      rows.minutesItem.push({
        id: minutesItemId,
        councilId,
        minutesVersionId: minutesId,
        agendaItemId: agendaItemIds[index] ?? null,
        position: index + 1,
        heading: section.heading,
        discussion: section.body,
      });
      for (const decision of spec.items[index]?.decisions ?? []) {
        rows.decision.push({
          id: uuid(),
          councilId,
          meetingId: spec.id,
          minutesItemId,
          kind: decision.kind,
          text: decision.text,
          decisionMaker: decision.decisionMaker ?? null,
        });
      }
    });
  }

  return { id: spec.id, agendaItemIds, minutesItemIds, itemTitles: spec.items.map((i) => i.title) };
}

function standingMinutes(item: ItemSpec, spec: MeetingSpec, a: { apologies: string[]; substitutes: string[]; virtual: string[]; chairTitle: string }): string {
  switch (item.standing) {
    case 'APOLOGIES': {
      const parts = [`The ${a.chairTitle} welcomed members and attendees to the meeting.`];
      parts.push(a.apologies.length ? `Apologies were received from ${list(a.apologies)}.` : 'There were no apologies.');
      parts.push(...a.substitutes);
      if (a.virtual.length) parts.push(`${list(a.virtual)} joined virtually.`);
      parts.push(`The ${a.chairTitle} was satisfied that enough members were present to conduct the business of the meeting.`);
      return parts.join(' ');
    }
    case 'PREVIOUS_MINUTES':
      return spec.previousDay
        ? `The minutes of the meeting held on ${longDate(spec.previousDay)} were agreed as an accurate record. There were no matters arising that are not covered by the action log.`
        : 'The minutes of the previous meeting were agreed as an accurate record.';
    case 'ACTION_LOG':
      return 'The action log was reviewed. Actions reported as complete were agreed for closure. Members challenged the number of actions past their due date and asked owners to propose revised dates, with reasons, for the Board to agree rather than letting dates slip.';
    case 'RISK_LOG':
      return 'The risk log was reviewed. Workforce and demand risks remain above the risk appetite and the mitigations were discussed. Owners were reminded to review their risks by the dates shown.';
    case 'FORWARD_PLAN':
      return 'The forward plan was agreed, with the items for the next two meetings confirmed. Members were invited to suggest further items through the administrator.';
    default:
      return `${item.presenter ?? 'The presenting officer'} introduced the item and answered questions from members.`;
  }
}

export function standingItems(opts: {
  chair: string;
  actionLogPresenter: string;
  riskPresenter: string;
}): Record<'apologies' | 'minutes' | 'actions' | 'risks' | 'forward', ItemSpec> {
  return {
    apologies: {
      title: 'Welcome, introductions and apologies',
      presenter: opts.chair,
      purpose: 'INFORMATION',
      duration: 5,
      standing: 'APOLOGIES',
    },
    minutes: {
      title: 'Minutes of the previous meeting and matters arising',
      presenter: opts.chair,
      purpose: 'DECISION',
      duration: 5,
      standing: 'PREVIOUS_MINUTES',
    },
    actions: {
      title: 'Action log',
      presenter: opts.actionLogPresenter,
      purpose: 'ASSURANCE',
      duration: 10,
      standing: 'ACTION_LOG',
    },
    risks: { title: 'Risk log', presenter: opts.riskPresenter, purpose: 'ASSURANCE', duration: 10, standing: 'RISK_LOG' },
    forward: { title: 'Forward plan', presenter: opts.chair, purpose: 'DECISION', duration: 5, standing: 'FORWARD_PLAN' },
  };
}

export { dbDate };
