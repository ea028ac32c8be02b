import { z } from 'zod';
import { defineAction } from '../action/define';

/**
 * Council admins decide whether the council's administrators and Chairs must sign in with
 * a second factor (an authenticator app, or Entra ID's own). Audited like every change.
 */
export const setSecondFactorRequirement = defineAction({
  name: 'councils.requireSecondFactor',
  scope: 'council',
  councilRoles: ['OWNER', 'ADMIN'],
  schema: z.object({ requireSecondFactor: z.enum(['yes', 'no'], { message: 'Choose whether a second factor is required' }) }),
  async run(ctx, input) {
    const required = input.requireSecondFactor === 'yes';
    const before = await ctx.tx.council.findUniqueOrThrow({ where: { id: ctx.council.id }, select: { requireSecondFactor: true } });
    if (before.requireSecondFactor !== required) {
      await ctx.tx.council.update({ where: { id: ctx.council.id }, data: { requireSecondFactor: required } });
    }
    return {
      data: { requireSecondFactor: required },
      message: required ? 'Administrators and Chairs now need a second factor to reach this council' : 'A second factor is no longer required',
      audit:
        before.requireSecondFactor === required
          ? []
          : [
              {
                kind: 'council.second-factor-requirement',
                entityType: 'Council',
                entityId: ctx.council.id,
                before: { requireSecondFactor: before.requireSecondFactor },
                after: { requireSecondFactor: required },
              },
            ],
    };
  },
});
