import { z } from 'zod';
import { defineAction } from '../action/define';
import { AppError } from '../errors';

/**
 * Ends a person's membership of the council and their access to its boards. Their next
 * request is refused, because every request re-reads the membership.
 */
export const removeMember = defineAction({
  name: 'members.remove',
  scope: 'council',
  councilRoles: ['OWNER', 'ADMIN'],
  schema: z.object({ membershipId: z.string().uuid() }),
  async run(ctx, input) {
    const membership = await ctx.tx.councilMembership.findFirst({
      where: { id: input.membershipId, councilId: ctx.council.id, endedAt: null },
      select: { id: true, personId: true, role: true, person: { select: { name: true } } },
    });
    if (!membership) throw new AppError('NOT_FOUND', 'That member was not found');
    if (membership.personId === ctx.actor.id) throw new AppError('INVALID', 'You cannot remove yourself: ask another admin');
    if (membership.role === 'OWNER' && ctx.councilRole !== 'OWNER') throw new AppError('FORBIDDEN', 'Only an owner can remove an owner');
    await ctx.tx.councilMembership.update({ where: { id: membership.id }, data: { endedAt: ctx.now } });
    const removed = await ctx.tx.boardAccess.deleteMany({ where: { councilId: ctx.council.id, personId: membership.personId } });
    return {
      data: null,
      message: `${membership.person.name} no longer has access to this council`,
      audit: [
        {
          kind: 'member.remove',
          entityType: 'CouncilMembership',
          entityId: membership.id,
          before: { person: membership.person.name, role: membership.role, boardAccessRows: removed.count },
        },
      ],
    };
  },
});
