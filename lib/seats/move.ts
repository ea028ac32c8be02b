import { defineAction } from '../action/define';
import { AppError } from '../errors';
import { versionField } from '../forms/fields';
import { moveSeatSchema } from '../people/schema';
import { findAccount } from '../people/contacts';
import { boardFor, saveChange, seatAt } from './change';
import { holderName, seatSnapshot } from './snapshot';

/**
 * The same person, another account: the seat's holder signed up under a new address (or
 * was a contact and now has an account). The seat, its term and its history stay; only the
 * account that holds it changes, recorded in the seat's history. A new person in the seat
 * is not this: that is ending the seat and filling a new one, on the record.
 */
export const moveSeatToAccount = defineAction({
  name: 'seats.move-to-account',
  scope: 'board',
  resource: 'membership',
  operation: 'update',
  schema: moveSeatSchema.extend({ version: versionField }),
  async run(ctx, input) {
    const board = await boardFor(ctx);
    const before = await seatAt(ctx, board.id, input.seatId, input.version, ['accountId']);
    if (!before.personId) throw new AppError('INVALID', 'Nobody holds this seat yet: fill it instead');
    if (before.endsOn && before.endsOn.getTime() < ctx.now.getTime()) throw new AppError('INVALID', 'This seat has ended: its record stays as it was');
    const account = await findAccount(ctx.tx, ctx.council.id, input.accountId);
    if (account.id === before.personId) throw new AppError('INVALID', `${account.name} already holds this seat with that account`);
    const summary = `The seat moves from ${holderName(before)}’s record to ${account.name}’s account (${account.email})`;
    const { seat, snapshot } = await saveChange(ctx, before, { personId: account.id }, summary, null, ['accountId']);
    return {
      data: { seatId: seat.id, version: seat.version },
      message: `${summary}. Their term, role and history are unchanged.`,
      audit: [{ kind: 'seat.move-to-account', entityType: 'Seat', entityId: seat.id, before: seatSnapshot(before), after: snapshot }],
    };
  },
});
