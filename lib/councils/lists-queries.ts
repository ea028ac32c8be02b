import 'server-only';
import { withCouncil } from '../db/tenant';

/** The council's decision makers and reporting audiences, archived ones last, for its administrators' page. */
export async function councilLists(councilId: string) {
  return withCouncil(councilId, async (tx) => ({
    decisionMakers: await tx.decisionMaker.findMany({
      where: { councilId },
      orderBy: [{ archived: 'asc' }, { createdAt: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, kind: true, archived: true, _count: { select: { decisions: true } } },
    }),
    audiences: await tx.reportingAudience.findMany({
      where: { councilId },
      orderBy: [{ archived: 'asc' }, { createdAt: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, archived: true },
    }),
  }));
}
