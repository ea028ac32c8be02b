import { withCouncil } from '../../../lib/db/tenant';
import { routeCouncilOnly, type Cases, type World } from './world';

const DAY = 86_400_000;

/** A recommendation to Cabinet in council B's distributed minutes (written as a draft, then signed). */
async function recommendationOfB(w: World) {
  const side = w.b;
  return withCouncil(side.council.id, async (tx) => {
    const startsAt = new Date(Date.now() - 10 * DAY);
    const meeting = await tx.meeting.create({
      data: {
        councilId: side.council.id,
        boardId: side.board.id,
        title: 'Held meeting',
        status: 'HELD',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 7_200_000),
      },
    });
    const minutes = await tx.minutesVersion.create({
      data: {
        councilId: side.council.id,
        meetingId: meeting.id,
        versionNo: 1,
        status: 'DRAFT',
        approvedAt: startsAt,
        approvedHash: 'f'.repeat(64),
        distributedAt: startsAt,
      },
    });
    const item = await tx.minutesItem.create({
      data: { councilId: side.council.id, minutesVersionId: minutes.id, position: 1, heading: 'Item', discussion: 'Discussed.' },
    });
    const decision = await tx.decision.create({
      data: {
        councilId: side.council.id,
        meetingId: meeting.id,
        minutesItemId: item.id,
        kind: 'RECOMMENDATION',
        text: 'Approve the plan.',
        decisionMaker: 'Cabinet',
      },
    });
    await tx.minutesVersion.update({ where: { id: minutes.id }, data: { status: 'DISTRIBUTED' } });
    return decision;
  });
}

const listEntryOfB = (w: World, table: 'decisionMaker' | 'reportingAudience') =>
  withCouncil(w.b.council.id, async (tx) =>
    table === 'decisionMaker'
      ? tx.decisionMaker.findFirstOrThrow({ where: { councilId: w.b.council.id }, select: { id: true } })
      : tx.reportingAudience.findFirstOrThrow({ where: { councilId: w.b.council.id }, select: { id: true } }),
  );

export const cases: Cases = {
  'recommendations.record-outcome': async (w) => ({
    decisionId: (await recommendationOfB(w)).id,
    outcome: 'ACCEPTED',
    decidedOn: new Date(Date.now() - DAY).toISOString().slice(0, 10),
    reference: 'CAB/1',
  }),
  // the council's own lists: adding names no record, only the council in the route
  'councils.decision-maker.add': (w) => routeCouncilOnly({ name: 'Intruding decision maker', kind: 'OTHER', councilId: w.b.council.id }),
  'councils.audience.add': (w) => routeCouncilOnly({ name: 'Intruding audience', councilId: w.b.council.id }),
  'councils.decision-maker.update': async (w) => ({
    decisionMakerId: (await listEntryOfB(w, 'decisionMaker')).id,
    name: 'Renamed by A',
    kind: 'OTHER',
    archived: 'yes',
  }),
  'councils.audience.update': async (w) => ({ audienceId: (await listEntryOfB(w, 'reportingAudience')).id, name: 'Renamed by A', archived: 'yes' }),
};
