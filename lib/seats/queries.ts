import 'server-only';
import { listAccounts } from '../people/queries';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { withCouncil, type Tx } from '../db/tenant';
import type { BoardContext } from '../boards/context';
import { londonDay } from '../rules/london-calendar';
import { isCurrentSeat, substituteFlags } from '../rules/substitutes';
import { listKnownPeople } from './people';
import { seatSelect } from './snapshot';

// Plymouth's table (001): the Independent Chair, Chair and Vice-Chair, then members, then attendees.
const roleOrder: Record<string, number> = { INDEPENDENT_CHAIR: 0, CHAIR: 1, VICE_CHAIR: 2, MEMBER: 3, ATTENDEE: 4 };

const listSelect = { ...seatSelect, createdAt: true, agreedAtMeeting: { select: { title: true, startsAt: true } } } as const;

async function historyOf(tx: Tx, where: { seat: { boardId: string } } | { seatId: string }) {
  const changes = await tx.seatChange.findMany({
    where,
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: { id: true, seatId: true, summary: true, agreedAtMeetingId: true, recordedById: true, createdAt: true },
  });
  const meetingIds = [...new Set(changes.flatMap((c) => (c.agreedAtMeetingId ? [c.agreedAtMeetingId] : [])))];
  const personIds = [...new Set(changes.flatMap((c) => (c.recordedById ? [c.recordedById] : [])))];
  // one connection per transaction: its queries run one after another
  const meetings = meetingIds.length ? await tx.meeting.findMany({ where: { id: { in: meetingIds } }, select: { id: true, title: true, startsAt: true } }) : [];
  const people = personIds.length ? await tx.person.findMany({ where: { id: { in: personIds } }, select: { id: true, name: true } }) : [];
  const meeting = new Map(meetings.map((m) => [m.id, m]));
  const person = new Map(people.map((p) => [p.id, p.name]));
  return changes.map((c) => ({
    ...c,
    agreedAt: c.agreedAtMeetingId ? (meeting.get(c.agreedAtMeetingId) ?? null) : null,
    recordedBy: c.recordedById ? (person.get(c.recordedById) ?? null) : null,
  }));
}

/**
 * The membership table: current seats in Plymouth's order (members, then attendees),
 * each with its substitute and whether one is still to be nominated; seats that have
 * ended; and the history of changes, newest first.
 */
export async function getMembership(ctx: BoardContext, now = new Date()) {
  const today = londonDay(now);
  const data = await withCouncil(ctx.council.id, async (tx) => {
    const board = await tx.board.findFirst({ where: { id: ctx.board.id }, select: { substitutesPerMember: true } });
    const seats = await tx.seat.findMany({ where: { boardId: ctx.board.id }, orderBy: [{ createdAt: 'asc' }], select: listSelect });
    const history = await historyOf(tx, { seat: { boardId: ctx.board.id } });
    return { perMember: board?.substitutesPerMember ?? 1, seats, history };
  });
  const rows = data.seats
    .map((s) => ({
      ...s,
      current: isCurrentSeat({ endsOn: s.endsOn ? s.endsOn.toISOString().slice(0, 10) : null }, today),
      flags: substituteFlags({ role: s.role, holderId: s.personId, substituteCount: s.substitutePersonId ? 1 : 0 }, data.perMember),
    }))
    .sort((a, b) => (roleOrder[a.role] ?? 9) - (roleOrder[b.role] ?? 9));
  const current = rows.filter((s) => s.current);
  const seatLabel = new Map(rows.map((s) => [s.id, `${s.person?.name ?? 'To be appointed'} (${s.position})`]));
  return {
    substitutesPerMember: data.perMember,
    members: current.filter((s) => s.role !== 'ATTENDEE'),
    attendees: current.filter((s) => s.role === 'ATTENDEE'),
    former: rows.filter((s) => !s.current),
    history: data.history.map((c) => ({ ...c, seatLabel: seatLabel.get(c.seatId) ?? '' })),
  };
}

/** The people and meetings the membership forms offer: known people, and this board's meetings that have taken place. */
export async function getSeatFormOptions(ctx: BoardContext, now = new Date()) {
  return withCouncil(ctx.council.id, async (tx) => {
    const people = await listKnownPeople(tx, ctx.council.id);
    const meetings = await tx.meeting.findMany({
      where: { boardId: ctx.board.id, startsAt: { lte: now }, status: { not: 'CANCELLED' } },
      orderBy: { startsAt: 'desc' },
      take: 24,
      select: { id: true, title: true, startsAt: true },
    });
    // members with an account, where a seat can move when its holder has a new one
    const accounts = await listAccounts(tx, ctx.council.id);
    return { people, meetings, accounts };
  });
}

const seatIdSchema = z.string().uuid();

/** One seat of this board with its history, for its edit pages; any other id answers 404. */
export async function getSeat(ctx: BoardContext, seatId: string) {
  if (!seatIdSchema.safeParse(seatId).success) notFound();
  const data = await withCouncil(ctx.council.id, async (tx) => {
    const seat = await tx.seat.findFirst({ where: { id: seatId, boardId: ctx.board.id }, select: listSelect });
    if (!seat) return null;
    return { seat, history: await historyOf(tx, { seatId }) };
  });
  if (!data) notFound();
  return data;
}
