import { withCouncil, withPerson } from '../db/tenant';
import { regionOf } from '../boards/context';
import { apologyDeadline, isLate, paperDeadline } from '../rules/deadlines';
import { reachesAgenda } from '../rules/paper-access';
import { sitsOn } from './seats';

/** My current councils, from my own membership rows (the only council data visible before one is chosen). */
export async function myCouncils(personId: string) {
  const rows = await withPerson(personId, (tx) =>
    tx.councilMembership.findMany({
      where: { personId, endedAt: null },
      orderBy: { council: { name: 'asc' } },
      select: { council: { select: { id: true, slug: true, name: true, region: true } } },
    }),
  );
  return rows.map((r) => r.council);
}

/**
 * Coming meetings where I hold a seat, or where I stand in for a member who sent
 * apologies naming me as their substitute, across every council I belong to; each with
 * what is due from me: my reply and its deadline, the papers to read, my substitute.
 */
export async function listMyMeetings(personId: string, now = new Date()) {
  const councils = await myCouncils(personId);
  const perCouncil = await Promise.all(
    councils.map((council) =>
      withCouncil(council.id, async (tx) => {
        const seats = await tx.seat.findMany({
          where: { personId, role: { not: 'ATTENDEE' } },
          select: {
            id: true,
            boardId: true,
            role: true,
            position: true,
            personId: true,
            startsOn: true,
            endsOn: true,
            substitutePersonId: true,
            substitute: { select: { name: true } },
          },
        });
        // standing in: named when the member sent apologies, and still so once attendance is recorded
        const standingIn = { substitutePersonId: personId, substituteAttends: true, status: { in: ['APOLOGIES' as const, 'SUBSTITUTE_ATTENDED' as const] } };
        const meetings = await tx.meeting.findMany({
          where: {
            endsAt: { gt: now },
            status: { in: ['SCHEDULED', 'CANCELLED'] },
            OR: [{ boardId: { in: [...new Set(seats.map((s) => s.boardId))] } }, { attendance: { some: standingIn } }],
          },
          orderBy: { startsAt: 'asc' },
          take: 50,
          select: {
            id: true,
            title: true,
            startsAt: true,
            endsAt: true,
            venue: true,
            status: true,
            cancelledReason: true,
            board: { select: { id: true, slug: true, name: true, apologyNoticeWorkingDays: true, paperNoticeWorkingDays: true } },
            attendance: {
              where: { OR: [{ seatId: { in: seats.map((s) => s.id) } }, standingIn] },
              select: {
                seatId: true,
                status: true,
                substituteAttends: true,
                substitutePersonId: true,
                apologySentAt: true,
                apologyLate: true,
                seat: { select: { position: true, person: { select: { name: true } } } },
              },
            },
            papers: {
              where: { status: 'CIRCULATED' },
              select: {
                status: true,
                marking: true,
                isLate: true,
                lateAcceptedAt: true,
                files: { orderBy: { versionNo: 'desc' }, take: 1, select: { opened: { where: { personId }, take: 1, select: { id: true } } } },
              },
            },
          },
        });
        return { council, seats, meetings };
      }),
    ),
  );

  return perCouncil
    .flatMap(({ council, seats, meetings }) =>
      meetings.flatMap((m) => {
        const mySeats = seats.filter((s) => s.boardId === m.board.id && sitsOn(s, m.startsAt));
        const standingInFor = m.attendance.filter(
          (a) => a.substitutePersonId === personId && a.substituteAttends && (a.status === 'APOLOGIES' || a.status === 'SUBSTITUTE_ATTENDED'),
        );
        if (mySeats.length === 0 && standingInFor.length === 0) return [];
        const papers = m.papers.filter(reachesAgenda);
        const deadline = apologyDeadline(m.startsAt, m.board.apologyNoticeWorkingDays, regionOf(council.region));
        return [
          {
            council: { slug: council.slug, name: council.name },
            board: { slug: m.board.slug, name: m.board.name },
            meeting: { id: m.id, title: m.title, startsAt: m.startsAt, endsAt: m.endsAt, venue: m.venue, status: m.status, cancelledReason: m.cancelledReason },
            seats: mySeats.map((s) => {
              const reply = m.attendance.find((a) => a.seatId === s.id);
              return {
                position: s.position,
                replied: reply?.status === 'APOLOGIES',
                apologySentAt: reply?.status === 'APOLOGIES' ? reply.apologySentAt : null,
                apologyLate: reply?.status === 'APOLOGIES' && reply.apologyLate,
                substituteName: s.substitute?.name ?? null,
                substituteConfirmed: reply?.status === 'APOLOGIES' && reply.substituteAttends,
              };
            }),
            standingInFor: standingInFor.map((a) => ({ name: a.seat.person?.name ?? 'a member', position: a.seat.position })),
            apologyDeadline: deadline,
            apologyDeadlinePassed: isLate(now, deadline),
            paperDeadline: paperDeadline(m.startsAt, m.board.paperNoticeWorkingDays, regionOf(council.region)),
            papers: { circulated: papers.length, unopened: papers.filter((p) => (p.files[0]?.opened.length ?? 0) === 0).length },
          },
        ];
      }),
    )
    .sort((a, b) => a.meeting.startsAt.getTime() - b.meeting.startsAt.getTime());
}
export type MyMeeting = Awaited<ReturnType<typeof listMyMeetings>>[number];
