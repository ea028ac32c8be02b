import type { PrismaClient } from '../../lib/db/generated/prisma/client';
import { withCouncil } from '../../lib/db/tenant';
import type { BoardContext } from '../../lib/boards/context';
import { boardContext } from './support';
import * as make from '../fixtures';

/**
 * A council with an improvement board, its administrator and a member, an inspection
 * with two findings, and a plan answering it with one theme and one action; a second
 * board has a plan of its own. Shared by the plan import, export, measures and report tests.
 */
export async function planWorld(prisma: PrismaClient) {
  const council = await make.council();
  const person = (label: string) => prisma.person.create({ data: { name: `${label} ${council.slug}`, email: `${label.toLowerCase()}@${council.slug}.test` } });
  const admin = await person('Admin');
  const member = await person('Member');
  return withCouncil(council.id, async (tx) => {
    await tx.councilMembership.create({ data: { councilId: council.id, personId: admin.id, role: 'ADMIN' } });
    await tx.councilMembership.create({ data: { councilId: council.id, personId: member.id, role: 'MEMBER' } });
    const board = await tx.board.create({ data: { councilId: council.id, slug: 'improvement-board', name: 'Improvement Board', kind: 'IMPROVEMENT_BOARD' } });
    const otherBoard = await tx.board.create({ data: { councilId: council.id, slug: 'executive-group', name: 'Executive Group', kind: 'EXECUTIVE_GROUP' } });
    await tx.seat.create({
      data: { councilId: council.id, boardId: board.id, personId: member.id, role: 'MEMBER', agency: 'Council', position: "Director of Children's Services" },
    });
    const inspection = await tx.inspection.create({
      data: {
        councilId: council.id,
        kind: 'FULL_INSPECTION',
        title: 'Inspection of local authority children’s services',
        visitedOn: new Date('2026-01-20T00:00:00Z'),
        judgement: 'INADEQUATE',
        findings: {
          create: [
            { councilId: council.id, kind: 'PRIORITY_ACTION', reference: 'PA1', text: 'Strategy discussions happen without delay.', position: 1 },
            { councilId: council.id, kind: 'AREA_FOR_IMPROVEMENT', reference: 'AFI1', text: 'Quality of supervision.', position: 2 },
          ],
        },
      },
    });
    const plan = await tx.improvementPlan.create({
      data: { councilId: council.id, boardId: board.id, inspectionId: inspection.id, title: 'Improvement Plan 2026–28', status: 'IN_DELIVERY' },
    });
    const theme = await tx.planTheme.create({ data: { councilId: council.id, planId: plan.id, name: 'Scrutiny', position: 1 } });
    const action = await tx.planAction.create({
      data: {
        councilId: council.id,
        planId: plan.id,
        themeId: theme.id,
        reference: 'SC1.1',
        description: 'Agree a scrutiny work programme.',
        leadOfficer: 'Democratic Services Manager',
        dueOn: new Date('2026-06-30T00:00:00Z'),
      },
    });
    const otherPlan = await tx.improvementPlan.create({ data: { councilId: council.id, boardId: otherBoard.id, title: 'Executive Group plan' } });
    const ctx = (actorId = admin.id, roles: BoardContext['roles'] = ['ADMINISTRATOR']) => boardContext(council, board, actorId, roles);
    return { council, board, otherBoard, admin, member, inspection, plan, theme, action, otherPlan, ctx };
  });
}
export type PlanWorld = Awaited<ReturnType<typeof planWorld>>;

/** Council A's admin posting a form to a board-scoped action on the world's board. */
export const call = (w: PlanWorld, input: Record<string, unknown>, actorId = w.admin.id) => ({
  actorId,
  councilSlug: w.council.slug,
  boardSlug: w.board.slug,
  input,
});
