import 'server-only';
// Over 300 lines on purpose: one person's task list across every council and board, each
// kind of task from the board pages' own queries, gathered in one place.
import type { Route } from 'next';
import { withCouncil, type Tx } from '../db/tenant';
import type { Prisma } from '../db/generated/prisma/client';
import type { Actor } from '../auth/session';
import { can } from '../auth/permissions';
import { councilBoardsIn } from '../boards/access';
import { regionOf, type BoardContext } from '../boards/context';
import { getBoardOverview } from '../boards/queries';
import { listActions } from '../action-log/queries';
import { listRisks } from '../risk-log/queries';
import { listMyMeetings } from '../attendance/my-meetings';
import { getSchedule } from '../meetings/schedule-queries';
import { listTermsVersions } from '../terms/queries';
import { getMembership } from '../seats/queries';
import { awaitingChairConsent } from '../rules/paper-access';
import { londonDay } from '../rules/london-calendar';
import { apologiesStillOpen, compareTasks, isDueSoon, taskState, type TaskState } from '../rules/for-you';
import { dayString } from '../format';
import { interestReviewTasks } from '../interests/for-you';
import { commissionTasks } from '../papers/commissions/for-you';
import {
  actionPath,
  agendasToAgreePath,
  boardSectionPath,
  meetingPath,
  meetingSectionPath,
  minutesPath,
  riskPath,
  termsVersionPath,
  withHash,
} from '../routes';

export type TaskSection = 'papers' | 'apologies' | 'actions' | 'risks' | 'interests' | 'chair' | 'admin';

export type Task = {
  id: string;
  section: TaskSection;
  /** what to do, as the link text */
  text: string;
  href: Route;
  /** the deadline, when there is one */
  due: Date | null;
  /** what the deadline is for, e.g. "Apologies by" */
  dueLabel: string;
  /** the deadline is a moment (apologies, papers, a meeting), not only a day */
  dueTime?: boolean;
  state: TaskState;
  /** a second line in words: counts, what is missing */
  hint?: string;
  council: { slug: string; name: string };
  board: { slug: string; name: string };
};

/** Per board, the numbers the task list is built from, each from the board pages' own query. */
export type BoardCounts = {
  boardId: string;
  /** the action log: my actions, overdue (its "My actions" and "Overdue" filters) */
  overdueActions: number;
  /** my open actions with the date that counts within DUE_SOON_DAYS */
  actionsDueSoon: number;
  /** the risk log: risks owned by my seats with a review due (its "review due" filter) */
  risksToReview: number;
  minutesToApprove: number;
  agendasToAgree: number;
  latePapersToConsent: number;
  termsToApprove: number;
  papersMissing: number;
  minutesOverdue: number;
  scheduleReviewDue: boolean;
  termsReviewDue: boolean;
  membersWithoutSubstitute: number;
};

type Person = Pick<Actor, 'id' | 'name' | 'email' | 'memberships'>;

/** The board contexts this person has, in every council they belong to: the same roles the board pages resolve. */
async function myBoards(person: Person): Promise<BoardContext[]> {
  const perCouncil = await Promise.all(
    person.memberships.map(async (m) => {
      const boards = await withCouncil(m.council.id, (tx) => councilBoardsIn(tx, m.council.id, m.role, person.id));
      return boards
        .filter((b) => b.roles.length > 0 && b.status !== 'DISSOLVED')
        .map(({ roles, parentBoard: _p, meetings: _m, ...board }): BoardContext => ({
          actor: { id: person.id, name: person.name, email: person.email },
          council: m.council,
          councilRole: m.role,
          board,
          roles,
          region: regionOf(m.council.region),
        }));
    }),
  );
  return perCouncil.flat();
}

/** One board's tasks and counts for this person, through the board pages' own queries so the numbers agree. */
async function boardTasks(ctx: BoardContext, now: Date): Promise<{ tasks: Task[]; counts: BoardCounts }> {
  const today = londonDay(now);
  const c = { slug: ctx.council.slug, name: ctx.council.name };
  const b = { slug: ctx.board.slug, name: ctx.board.name };
  const at = [c.slug, b.slug] as const;
  const tasks: Task[] = [];
  const task = (t: Omit<Task, 'council' | 'board'>) => tasks.push({ ...t, council: c, board: b });
  const chair = can(ctx.roles, 'minutes', 'approve');
  const administrator = ctx.roles.includes('ADMINISTRATOR');

  // ---- my actions: the action log's "My actions" list, open work in the order it falls due
  const [mine, overdueMine] = await Promise.all([listActions(ctx, { mine: '1', sort: 'due' }, now), listActions(ctx, { mine: '1', overdue: '1' }, now)]);
  let actionsDueSoon = 0;
  for (const a of mine.rows) {
    const due = a.agreedDueOn ?? a.dueOn;
    const soon = !a.overdue && a.status !== 'AWAITING_SIGN_OFF' && isDueSoon(dayString(due), today);
    if (soon) actionsDueSoon += 1;
    if (!a.overdue && !soon) continue;
    task({
      id: `action-${a.id}`,
      section: 'actions',
      text: a.overdue && !a.proposedRevision ? `Update ${a.reference} or propose a new date` : `Update ${a.reference}`,
      href: actionPath(...at, a.reference),
      due,
      dueLabel: 'Due',
      state: a.overdue ? 'overdue' : 'due-soon',
      hint: a.overdue && a.proposedRevision ? `${a.description} A new date is proposed and waits for the board.` : a.description,
    });
  }

  // ---- risks I own whose review is due: the risk log's owner and "review due" filters
  const seats = await withCouncil(ctx.council.id, (tx) =>
    tx.seat.findMany({
      where: { boardId: ctx.board.id, personId: ctx.actor.id, OR: [{ endsOn: null }, { endsOn: { gte: new Date(`${today}T00:00:00Z`) } }] },
      select: { id: true },
    }),
  );
  let risksToReview = 0;
  for (const seat of seats) {
    const risks = await listRisks(ctx, { owner: seat.id, review: 'due', sort: 'review' }, now);
    risksToReview += risks.total;
    for (const r of risks.rows) {
      task({
        id: `risk-${r.id}`,
        section: 'risks',
        text: `Review risk ${r.reference}: ${r.title}`,
        href: riskPath(...at, r.reference),
        due: r.reviewDueOn,
        dueLabel: 'Review by',
        state: r.reviewOverdue ? 'overdue' : 'due-soon',
      });
    }
  }

  const counts: BoardCounts = {
    boardId: ctx.board.id,
    overdueActions: overdueMine.total,
    actionsDueSoon,
    risksToReview,
    minutesToApprove: 0,
    agendasToAgree: 0,
    latePapersToConsent: 0,
    termsToApprove: 0,
    papersMissing: 0,
    minutesOverdue: 0,
    scheduleReviewDue: false,
    termsReviewDue: false,
    membersWithoutSubstitute: 0,
  };
  if (!chair && !administrator) return { tasks, counts };

  // ---- the board overview's own figures: minutes with the Chair or overdue, the next meeting's papers
  const [overview, terms] = await Promise.all([getBoardOverview(ctx, now), listTermsVersions(ctx, now)]);

  if (chair) {
    for (const m of overview.minutes.filter((a) => a.kind === 'awaiting-chair')) {
      counts.minutesToApprove += 1;
      task({
        id: `minutes-${m.meetingId}`,
        section: 'chair',
        text: `Approve or return the minutes of ${m.title}`,
        href: minutesPath(...at, m.meetingId),
        due: m.dueOn ? new Date(`${m.dueOn}T12:00:00Z`) : null,
        dueLabel: 'To be sent out by',
        state: m.daysOverdue > 0 ? 'overdue' : 'to-do',
      });
    }
    // this board's meetings, and (apart, so neither crowds out the other) those of boards whose agendas it agrees (a planning group)
    const comingOf = (tx: Tx, where: Prisma.MeetingWhereInput) =>
      tx.meeting.findMany({
        where: { ...where, status: 'SCHEDULED', startsAt: { gte: now } },
        orderBy: { startsAt: 'asc' },
        take: 12,
        select: {
          id: true,
          title: true,
          startsAt: true,
          agendaAgreedAt: true,
          board: { select: { id: true, name: true, agendaAgreedByBoardId: true } },
          _count: { select: { agendaItems: true } },
          papers: {
            where: { status: 'CIRCULATED', isLate: true, lateAcceptedAt: null },
            select: { id: true, title: true, status: true, marking: true, isLate: true, lateAcceptedAt: true },
          },
        },
      });
    const coming = await withCouncil(ctx.council.id, async (tx) => [
      ...(await comingOf(tx, { boardId: ctx.board.id })),
      ...(await comingOf(tx, { board: { agendaAgreedByBoardId: ctx.board.id } })),
    ]);
    for (const m of coming) {
      const own = m.board.id === ctx.board.id;
      // a board whose planning group agrees its agendas gives its Chair no agenda to agree
      const agreesIt = own ? !m.board.agendaAgreedByBoardId : m.board.agendaAgreedByBoardId === ctx.board.id;
      if (agreesIt && m._count.agendaItems > 0 && !m.agendaAgreedAt) {
        counts.agendasToAgree += 1;
        task({
          id: `agenda-${m.id}`,
          section: 'chair',
          text: own ? `Agree the agenda for ${m.title}` : `Agree the agenda for ${m.board.name}: ${m.title}`,
          href: own ? withHash(meetingPath(...at, m.id), 'agree-agenda') : agendasToAgreePath(...at),
          due: m.startsAt,
          dueLabel: 'Meeting on',
          dueTime: true,
          state: taskState(londonDay(m.startsAt), today),
        });
      }
      if (!own) continue;
      const late = m.papers.filter(awaitingChairConsent);
      if (late.length > 0) {
        counts.latePapersToConsent += late.length;
        task({
          id: `late-${m.id}`,
          section: 'chair',
          text: `Decide whether to accept ${late.length === 1 ? 'a late paper' : `${late.length} late papers`} for ${m.title}`,
          href: meetingSectionPath(...at, m.id, 'papers'),
          due: m.startsAt,
          dueLabel: 'Meeting on',
          dueTime: true,
          state: taskState(londonDay(m.startsAt), today),
          hint: late.map((p) => p.title).join('; '),
        });
      }
    }
    // where a named body approves the terms, the Chair has nothing to approve: the administrator records its decision
    for (const v of terms.versions.filter((v) => v.status === 'AGREED' && terms.route.termsApprovalRoute === 'CHAIR')) {
      counts.termsToApprove += 1;
      task({
        id: `terms-${v.id}`,
        section: 'chair',
        text: `Approve the terms of reference, ${v.named}`,
        href: termsVersionPath(...at, v.label),
        due: null,
        dueLabel: '',
        state: 'to-do',
        hint: v.agreedAtMeeting ? `Agreed at ${v.agreedAtMeeting.title}` : undefined,
      });
    }
  }

  if (administrator) {
    const next = overview.nextMeeting;
    if (next && next.papersOutstanding > 0) {
      counts.papersMissing = next.papersOutstanding;
      task({
        id: `papers-${next.id}`,
        section: 'admin',
        text: `Circulate the papers for ${next.title}`,
        href: meetingSectionPath(...at, next.id, 'papers'),
        due: next.paperDeadline,
        dueLabel: 'Papers due by',
        dueTime: true,
        state: now > next.paperDeadline ? 'overdue' : taskState(londonDay(next.paperDeadline), today),
        hint: `${next.papersOutstanding} ${next.papersOutstanding === 1 ? 'paper' : 'papers'} not yet circulated, ${next.papersCirculated} circulated`,
      });
    }
    const body = terms.route.termsApprovalRoute === 'NAMED_BODY' ? terms.route.termsApprovalBody : null;
    for (const v of body ? terms.versions.filter((v) => v.status === 'AGREED') : []) {
      task({
        id: `terms-decision-${v.id}`,
        section: 'admin',
        text: `Record ${body}’s decision on the terms of reference, ${v.named}`,
        href: termsVersionPath(...at, v.label),
        due: null,
        dueLabel: '',
        state: 'to-do',
        hint: v.agreedAtMeeting ? `Agreed at ${v.agreedAtMeeting.title}` : undefined,
      });
    }
    for (const m of overview.minutes.filter((a) => a.kind === 'overdue')) {
      counts.minutesOverdue += 1;
      task({
        id: `distribute-${m.meetingId}`,
        section: 'admin',
        text: `Send out the minutes of ${m.title}`,
        href: minutesPath(...at, m.meetingId),
        due: m.dueOn ? new Date(`${m.dueOn}T12:00:00Z`) : null,
        dueLabel: 'Due by',
        state: 'overdue',
        hint: `${m.daysOverdue} ${m.daysOverdue === 1 ? 'day' : 'days'} overdue`,
      });
    }
    const [schedule, membership] = await Promise.all([getSchedule(ctx, now), getMembership(ctx, now)]);
    if (schedule.review.due) {
      counts.scheduleReviewDue = true;
      task({
        id: `schedule-${ctx.board.id}`,
        section: 'admin',
        text: 'Review the meeting schedule',
        href: boardSectionPath(...at, 'meetings'),
        due: schedule.review.dueOn ? new Date(`${schedule.review.dueOn}T12:00:00Z`) : null,
        dueLabel: 'Review due',
        state: 'overdue',
      });
    }
    if (terms.review?.due) {
      counts.termsReviewDue = true;
      task({
        id: `terms-review-${ctx.board.id}`,
        section: 'admin',
        text: 'Review the terms of reference',
        href: boardSectionPath(...at, 'terms'),
        due: new Date(`${terms.review.reviewOn}T12:00:00Z`),
        dueLabel: 'Review due',
        state: terms.review.overdue ? 'overdue' : 'due-soon',
      });
    }
    const without = membership.members.filter((s) => s.flags.includes('no-substitute'));
    if (without.length > 0) {
      counts.membersWithoutSubstitute = without.length;
      task({
        id: `substitutes-${ctx.board.id}`,
        section: 'admin',
        text: `Nominate substitutes: ${without.length} ${without.length === 1 ? 'member has' : 'members have'} none`,
        href: boardSectionPath(...at, 'membership'),
        due: null,
        dueLabel: '',
        state: 'to-do',
        hint: without.map((s) => s.person?.name ?? s.position).join(', '),
      });
    }
  }
  return { tasks, counts };
}

/**
 * "For you": the person's own task list across every council and board they belong to,
 * each task with its deadline and a link to where it is done. Papers and apologies come
 * from My meetings; actions, risks, minutes, agendas, papers and reviews from the board
 * pages' own queries, so every number here is the number the board page shows.
 */
export async function forYou(person: Person, now = new Date()) {
  const today = londonDay(now);
  const [boards, meetings] = await Promise.all([myBoards(person), listMyMeetings(person.id, now)]);
  const perBoard = [];
  for (const ctx of boards) perBoard.push(await boardTasks(ctx, now));
  const tasks = perBoard.flatMap((p) => p.tasks);

  const nextPerBoard = new Set<string>();
  for (const m of meetings) {
    if (m.meeting.status === 'CANCELLED') continue;
    const at = [m.council.slug, m.board.slug, m.meeting.id] as const;
    const where = { council: m.council, board: { slug: m.board.slug, name: m.board.name } };
    if (m.papers.circulated > 0) {
      tasks.push({
        ...where,
        id: `read-${m.meeting.id}`,
        section: 'papers',
        text: `Read the papers for ${m.meeting.title}`,
        href: meetingSectionPath(...at, 'papers'),
        due: m.meeting.startsAt,
        dueLabel: 'Meeting on',
        dueTime: true,
        state: m.papers.unopened === 0 ? 'done' : taskState(londonDay(m.meeting.startsAt), today),
        hint: m.papers.unopened === 0 ? `All ${m.papers.circulated} opened` : `${m.papers.unopened} of ${m.papers.circulated} not opened yet`,
      });
    }
    // the next meeting of each board: a reply still open there is the one that matters now
    const key = `${m.council.slug}/${m.board.slug}`;
    if (nextPerBoard.has(key)) continue;
    nextPerBoard.add(key);
    for (const seat of m.seats) {
      if (!apologiesStillOpen({ replied: seat.replied, startsAt: m.meeting.startsAt, apologyDeadline: m.apologyDeadline }, now)) continue;
      tasks.push({
        ...where,
        id: `apologies-${m.meeting.id}-${seat.position}`,
        section: 'apologies',
        text: `Send apologies if you cannot attend ${m.meeting.title}`,
        href: meetingSectionPath(...at, 'attendance'),
        due: m.apologyDeadline,
        dueLabel: 'Apologies by',
        dueTime: true,
        state: taskState(londonDay(m.apologyDeadline), today),
        hint: seat.substituteName ? `Say whether your substitute, ${seat.substituteName}, attends in your place` : undefined,
      });
    }
  }
  tasks.push(...(await interestReviewTasks(person.id, person.memberships, now)));
  tasks.push(...(await commissionTasks(person.id, person.memberships, now)));
  tasks.sort(compareTasks);
  return { tasks, counts: perBoard.map((p) => p.counts) };
}

/** The Chair's tasks only (minutes, agendas, late papers, terms), for My meetings. */
export async function chairTasks(person: Person, now = new Date()): Promise<Task[]> {
  const boards = (await myBoards(person)).filter((ctx) => can(ctx.roles, 'minutes', 'approve'));
  const out: Task[] = [];
  for (const ctx of boards) out.push(...(await boardTasks(ctx, now)).tasks.filter((t) => t.section === 'chair'));
  return out.sort(compareTasks);
}
