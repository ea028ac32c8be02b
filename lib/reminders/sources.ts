import 'server-only';
// Over 300 lines on purpose: one source per kind of reminder, side by side, so the kinds read alike and share one read of the council's boards and people.
import type { Tx } from '../db/tenant';
import { appUrl } from '../app-url';
import { dayString, formatDateTime, formatDayLong } from '../format';
import { regionOf } from '../boards/regions';
import { actionPath, boardSectionPath, meetingSectionPath, meetingsPath, minutesPath, riskPath } from '../routes';
import { addCalendarDays, londonDay, type LondonDay } from '../rules/london-calendar';
import { distributionDueOn } from '../rules/minutes';
import { scheduleReview } from '../rules/schedule-review';
import { nextReviewDate } from '../rules/deadlines';
import {
  ACTION_NOTICE_DAYS,
  actionDueReminders,
  apologyReminders,
  distributionReminders,
  minutesApprovalReminders,
  papersMissingReminders,
  REVIEW_NOTICE_DAYS,
  reviewReminders,
  revisionReminders,
  type ReminderEvent,
} from '../rules/reminders';

/** "the meeting of the Improvement Board", or "Budget workshop of the Improvement Board": a meeting titled as its board is not named twice. */
function meetingOf(title: string, boardName: string): string {
  return title.trim().toLowerCase() === boardName.trim().toLowerCase() ? `the meeting of the ${boardName}` : `${title} of the ${boardName}`;
}
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// What is due, per kind, in one council (the caller's tenant transaction): each reminder
// event with who gets it and the words of its mail. Reads only what can be due around
// `now` (the rules decide exactly which step, lib/rules/reminders.ts).

export type DueReminder = {
  event: ReminderEvent;
  personIds: string[];
  subject: string;
  /** what is due and when, in sentences; the link follows */
  lines: string[];
  link: string;
  /** one line for the weekly digest */
  summary: string;
};

const longDay = (day: LondonDay) => formatDayLong(new Date(`${day}T00:00:00Z`));
const asDate = (day: LondonDay) => new Date(`${day}T00:00:00Z`);
const DAY_MS = 86_400_000;
/** How far ahead meetings are read for apologies and papers (further than any notice a board sets). */
const MEETINGS_AHEAD_DAYS = 60;

type BoardPeople = { id: string; slug: string; name: string; admins: string[]; chairs: string[] };

/** Every live board of the council with its administrators (their access, else the council's administrators) and Chairs. */
async function boardsOf(tx: Tx, councilId: string, now: Date): Promise<Map<string, BoardPeople>> {
  const today = asDate(londonDay(now));
  const [boards, councilAdmins] = await Promise.all([
    tx.board.findMany({
      where: { councilId, status: { not: 'DISSOLVED' } },
      select: {
        id: true,
        slug: true,
        name: true,
        access: { where: { role: { in: ['ADMINISTRATOR', 'CHAIR'] } }, select: { personId: true, role: true } },
        seats: {
          where: { role: { in: ['CHAIR', 'INDEPENDENT_CHAIR'] }, personId: { not: null }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
          select: { personId: true },
        },
      },
    }),
    tx.councilMembership.findMany({ where: { councilId, endedAt: null, role: { in: ['OWNER', 'ADMIN'] } }, select: { personId: true } }),
  ]);
  const fallback = councilAdmins.map((m) => m.personId);
  return new Map(
    boards.map((b) => {
      const admins = b.access.filter((a) => a.role === 'ADMINISTRATOR').map((a) => a.personId);
      const chairs = [...b.seats.map((s) => s.personId!), ...b.access.filter((a) => a.role === 'CHAIR').map((a) => a.personId)];
      return [b.id, { id: b.id, slug: b.slug, name: b.name, admins: admins.length ? admins : fallback, chairs: [...new Set(chairs)] }];
    }),
  );
}

/** Every reminder due at `now` in this council, of every kind. */
export async function dueRemindersIn(tx: Tx, council: { id: string; slug: string; region: string }, now: Date): Promise<DueReminder[]> {
  const region = regionOf(council.region);
  const boards = await boardsOf(tx, council.id, now);
  const boardIds = [...boards.keys()];
  const today = londonDay(now);
  const url = (path: string) => `${appUrl()}${path}`;
  const out: DueReminder[] = [];
  const push = (events: ReminderEvent[], rest: Omit<DueReminder, 'event'>) => {
    for (const event of events) if (rest.personIds.length) out.push({ event, ...rest });
  };

  // Actions: their owners, 7 days before the date that counts, on it, weekly while overdue.
  const actions = await tx.action.findMany({
    where: {
      boardId: { in: boardIds },
      status: { in: ['OPEN', 'IN_PROGRESS'] },
      ownerSeat: { personId: { not: null } },
      OR: [{ effectiveDueOn: { lte: asDate(addCalendarDays(today, ACTION_NOTICE_DAYS)) } }, { effectiveDueOn: null }],
    },
    select: {
      id: true,
      boardId: true,
      reference: true,
      description: true,
      status: true,
      dueOn: true,
      agreedDueOn: true,
      ownerSeat: { select: { personId: true } },
    },
  });
  for (const a of actions) {
    const board = boards.get(a.boardId)!;
    const due = dayString(a.agreedDueOn ?? a.dueOn);
    const events = actionDueReminders({ id: a.id, status: a.status, effectiveDue: due }, now);
    const overdue = due < today;
    push(events, {
      personIds: [a.ownerSeat!.personId!],
      subject: `${overdue ? 'Overdue' : 'Action due'}: ${a.reference}, due ${longDay(due)}`,
      lines: [
        `Action ${a.reference} of the ${board.name}, which you own, ${overdue ? 'was' : 'is'} due on ${longDay(due)}${overdue ? ' and is overdue' : ''}.`,
        a.description,
        'Record its progress, or propose a new date with a reason for the board to agree.',
      ],
      link: url(actionPath(council.slug, board.slug, a.reference)),
      summary: `${a.reference} (${board.name}): ${overdue ? 'overdue since' : 'due'} ${longDay(due)}`,
    });
  }

  // Meetings to come: the next of each board (revised dates), apologies, papers missing.
  const meetings = await tx.meeting.findMany({
    where: {
      boardId: { in: boardIds },
      status: 'SCHEDULED',
      historical: false,
      startsAt: { gt: now, lte: new Date(now.getTime() + MEETINGS_AHEAD_DAYS * DAY_MS) },
    },
    orderBy: { startsAt: 'asc' },
    select: {
      id: true,
      boardId: true,
      title: true,
      startsAt: true,
      board: { select: { paperNoticeWorkingDays: true, apologyNoticeWorkingDays: true } },
      attendance: { select: { seatId: true, status: true, apologySentAt: true } },
      agendaItems: { where: { standing: null }, select: { id: true, papers: { where: { status: 'CIRCULATED' }, select: { id: true } } } },
    },
  });
  const seats = await tx.seat.findMany({
    where: { boardId: { in: boardIds }, personId: { not: null }, role: { not: 'ATTENDEE' }, OR: [{ endsOn: null }, { endsOn: { gte: asDate(today) } }] },
    select: { id: true, boardId: true, personId: true, startsOn: true },
  });
  const nextMeeting = new Map<string, (typeof meetings)[number]>();
  for (const m of meetings) {
    const board = boards.get(m.boardId)!;
    if (!nextMeeting.has(m.boardId)) nextMeeting.set(m.boardId, m);
    const when = formatDateTime(m.startsAt);
    for (const seat of seats.filter((s) => s.boardId === m.boardId)) {
      const record = m.attendance.find((a) => a.seatId === seat.id);
      const replied = !!record && (record.apologySentAt !== null || record.status !== 'EXPECTED');
      const events = apologyReminders(
        { meetingId: m.id, seatId: seat.id, startsAt: m.startsAt, apologyNoticeWorkingDays: m.board.apologyNoticeWorkingDays, replied },
        region,
        now,
      );
      for (const e of events)
        push([e], {
          personIds: [seat.personId!],
          subject: `Apologies by ${longDay(e.dueOn)}: ${m.title}, ${when}`,
          lines: [
            `${capitalise(meetingOf(m.title, board.name))} is on ${when}.`,
            `If you cannot attend, send your apologies, and say whether your substitute attends, by the end of ${longDay(e.dueOn)}.`,
          ],
          link: url(meetingSectionPath(council.slug, board.slug, m.id, 'attendance')),
          summary: `${m.title} (${board.name}, ${when}): apologies by ${longDay(e.dueOn)}`,
        });
    }
    const missing = m.agendaItems.filter((i) => i.papers.length === 0).length;
    const events = papersMissingReminders(
      { meetingId: m.id, startsAt: m.startsAt, paperNoticeWorkingDays: m.board.paperNoticeWorkingDays, missing },
      region,
      now,
    );
    for (const e of events)
      push([e], {
        personIds: board.admins,
        subject: `Papers missing: ${m.title}, ${when}`,
        lines: [
          `The paper deadline for ${meetingOf(m.title, board.name)} on ${when} was the end of ${longDay(e.dueOn)}.`,
          `${missing} agenda item${missing === 1 ? ' has' : 's have'} no paper circulated. Chase the authors, or agree with the Chair to take a late paper or defer the item.`,
        ],
        link: url(meetingSectionPath(council.slug, board.slug, m.id, 'papers')),
        summary: `${m.title} (${board.name}): ${missing} paper${missing === 1 ? '' : 's'} missing at the deadline of ${longDay(e.dueOn)}`,
      });
  }

  // Revised dates waiting for the next meeting's agreement: their proposers.
  const revisions = await tx.actionDueDateRevision.findMany({
    where: { agreedAt: null, proposedById: { not: null }, action: { boardId: { in: boardIds }, status: { in: ['OPEN', 'IN_PROGRESS', 'AWAITING_SIGN_OFF'] } } },
    select: {
      id: true,
      proposedDueOn: true,
      proposedById: true,
      action: { select: { boardId: true, reference: true, board: { select: { paperNoticeWorkingDays: true } } } },
    },
  });
  for (const r of revisions) {
    const board = boards.get(r.action.boardId)!;
    const next = nextMeeting.get(r.action.boardId);
    if (!next) continue;
    const proposed = dayString(r.proposedDueOn);
    const events = revisionReminders(
      {
        id: r.id,
        proposedDueOn: proposed,
        nextMeeting: { id: next.id, startsAt: next.startsAt },
        paperNoticeWorkingDays: r.action.board.paperNoticeWorkingDays,
      },
      region,
      now,
    );
    push(events, {
      personIds: [r.proposedById!],
      subject: `New date to agree: ${r.action.reference} at ${next.title}`,
      lines: [
        `You proposed ${longDay(proposed)} as the new due date of action ${r.action.reference} of the ${board.name}.`,
        `It counts only once the board agrees it: the next meeting is ${next.title} on ${formatDateTime(next.startsAt)}. Make sure it is on the agenda.`,
      ],
      link: url(actionPath(council.slug, board.slug, r.action.reference)),
      summary: `${r.action.reference} (${board.name}): new date ${longDay(proposed)} to be agreed on ${formatDateTime(next.startsAt)}`,
    });
  }

  // Minutes: waiting for the Chair's approval; distribution due (the administrator).
  const held = await tx.meeting.findMany({
    where: {
      boardId: { in: boardIds },
      status: { not: 'CANCELLED' },
      historical: false,
      endsAt: { lte: now, gte: new Date(now.getTime() - MEETINGS_AHEAD_DAYS * DAY_MS) },
    },
    select: {
      id: true,
      boardId: true,
      title: true,
      startsAt: true,
      endsAt: true,
      board: { select: { minutesDistributionDays: true } },
      minutes: { select: { id: true, status: true, sentToChairAt: true, distributedAt: true } },
    },
  });
  for (const m of held) {
    const board = boards.get(m.boardId)!;
    const dueOn = distributionDueOn(m.endsAt, m.board.minutesDistributionDays);
    const when = formatDateTime(m.startsAt);
    for (const v of m.minutes.filter((v) => v.status === 'SENT_TO_CHAIR' && v.sentToChairAt)) {
      push(minutesApprovalReminders({ versionId: v.id, sentToChairAt: v.sentToChairAt!, dueOn }, region, now), {
        personIds: board.chairs,
        subject: `Minutes to approve: ${m.title}, ${when}`,
        lines: [
          `The minutes of ${meetingOf(m.title, board.name)} on ${when} were sent to you for approval on ${formatDateTime(v.sentToChairAt!)}.`,
          `They are due to be distributed by ${longDay(dueOn)}, and go out only once you approve them.`,
        ],
        link: url(minutesPath(council.slug, board.slug, m.id)),
        summary: `${m.title} (${board.name}): minutes waiting for your approval, to be distributed by ${longDay(dueOn)}`,
      });
    }
    const distributed = m.minutes.some((v) => v.distributedAt !== null);
    push(distributionReminders({ meetingId: m.id, dueOn, distributed }, region, now), {
      personIds: board.admins,
      subject: `Minutes due out ${longDay(dueOn)}: ${m.title}`,
      lines: [
        `The minutes of ${meetingOf(m.title, board.name)} on ${when} are due to be distributed by ${longDay(dueOn)}.`,
        'They go out once the Chair has approved them.',
      ],
      link: url(minutesPath(council.slug, board.slug, m.id)),
      summary: `${m.title} (${board.name}): minutes due to be distributed by ${longDay(dueOn)}`,
    });
  }

  // Reviews: terms of reference and the meeting schedule (administrators), risks (owners).
  const boardRows = await tx.board.findMany({
    where: { id: { in: boardIds } },
    select: {
      id: true,
      termsReviewMonths: true,
      scheduleReviewMonths: true,
      scheduleReviewedOn: true,
      series: { select: { startsOn: true } },
      terms: { where: { status: 'APPROVED', approvedAt: { not: null } }, orderBy: { approvedAt: 'desc' }, take: 1, select: { id: true, approvedAt: true } },
    },
  });
  for (const b of boardRows) {
    const board = boards.get(b.id)!;
    const terms = b.terms[0];
    if (terms) {
      const reviewOn = nextReviewDate(terms.approvedAt!, b.termsReviewMonths);
      push(reviewReminders(`terms:${terms.id}`, reviewOn, now), {
        personIds: board.admins,
        subject: `Terms of reference review due ${longDay(reviewOn)}: ${board.name}`,
        lines: [`The terms of reference of the ${board.name} are due for review on ${longDay(reviewOn)}.`],
        link: url(boardSectionPath(council.slug, board.slug, 'terms')),
        summary: `${board.name}: terms of reference review due ${longDay(reviewOn)}`,
      });
    }
    const schedule = scheduleReview({
      seriesStarts: b.series.map((s) => dayString(s.startsOn)),
      reviewedOn: b.scheduleReviewedOn ? dayString(b.scheduleReviewedOn) : null,
      months: b.scheduleReviewMonths,
      today,
    });
    if (schedule.dueOn) {
      const dueOn = schedule.dueOn;
      push(reviewReminders(`schedule:${b.id}`, dueOn, now), {
        personIds: board.admins,
        subject: `Meeting schedule review due ${longDay(dueOn)}: ${board.name}`,
        lines: [`The meeting schedule of the ${board.name} is due for review on ${longDay(dueOn)}.`],
        link: url(meetingsPath(council.slug, board.slug)),
        summary: `${board.name}: meeting schedule review due ${longDay(dueOn)}`,
      });
    }
  }
  const risks = await tx.risk.findMany({
    where: { boardId: { in: boardIds }, status: { not: 'CLOSED' }, reviewDueOn: { lte: asDate(addCalendarDays(today, REVIEW_NOTICE_DAYS)) } },
    select: { id: true, boardId: true, reference: true, title: true, reviewDueOn: true, ownerSeat: { select: { personId: true } } },
  });
  for (const r of risks) {
    const board = boards.get(r.boardId)!;
    const dueOn = dayString(r.reviewDueOn);
    const owner = r.ownerSeat?.personId;
    push(reviewReminders(`risk:${r.id}`, dueOn, now), {
      personIds: owner ? [owner] : board.admins,
      subject: `Risk review due ${longDay(dueOn)}: ${r.reference}`,
      lines: [`Risk ${r.reference} of the ${board.name}, “${r.title}”, is due for review on ${longDay(dueOn)}.`],
      link: url(riskPath(council.slug, board.slug, r.reference)),
      summary: `${r.reference} (${board.name}): risk review due ${longDay(dueOn)}`,
    });
  }
  return out;
}
