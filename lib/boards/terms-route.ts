import { z } from 'zod';
import { boardOf, defineAction } from '../action/define';
import { invalid } from '../errors';
import { enumField, optionalText } from '../forms/fields';

export const termsRouteSchema = z.object({
  termsApprovalRoute: enumField(['CHAIR', 'NAMED_BODY'], 'Choose who approves the terms of reference'),
  termsApprovalBody: optionalText('the body that approves the terms', 120),
});

/**
 * Who approves the board's terms once drafted: the board agrees and the Chair approves
 * (001), or a named body such as full Council or Cabinet approves (002) and the
 * administrator records its decision. A board setting, changed on the board's settings.
 */
export const setTermsApprovalRoute = defineAction({
  name: 'terms.route',
  scope: 'board',
  resource: 'board',
  operation: 'update',
  schema: termsRouteSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    if (input.termsApprovalRoute === 'NAMED_BODY' && !input.termsApprovalBody) {
      throw invalid({ termsApprovalBody: ['Enter the body that approves the terms, such as Full Council or Cabinet'] });
    }
    const body = input.termsApprovalRoute === 'NAMED_BODY' ? input.termsApprovalBody : null;
    const before = await ctx.tx.board.findUniqueOrThrow({ where: { id: board.id }, select: { termsApprovalRoute: true, termsApprovalBody: true } });
    await ctx.tx.board.update({ where: { id: board.id }, data: { termsApprovalRoute: input.termsApprovalRoute, termsApprovalBody: body } });
    return {
      data: { route: input.termsApprovalRoute, body },
      message: body ? `Terms of reference are now approved by ${body}` : 'Terms of reference are now agreed by the board and approved by the Chair',
      audit: [
        {
          kind: 'terms.route',
          entityType: 'Board',
          entityId: board.id,
          before,
          after: { termsApprovalRoute: input.termsApprovalRoute, termsApprovalBody: body },
        },
      ],
    };
  },
});
