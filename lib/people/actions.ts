import { defineAction } from '../action/define';
import { AppError, invalidField } from '../errors';
import { issueInvitation } from '../invitations/issue';
import { contactEmailSchema, mergeContactSchema } from './schema';
import { findAccount, findContact } from './contacts';

const admins = ['OWNER', 'ADMIN'] as const;

const refusals: Record<string, string> = {
  'not-contact': 'That contact is not on this council’s record',
  account: 'They have an account, and its email address is theirs to change. To put their seats on another account, merge or move them instead.',
  taken: 'That email address belongs to someone else’s account: if it is the same person, merge this contact into their account instead',
};

/**
 * A council administrator gives a contact (a seat holder with no account) an email
 * address, or corrects one they gave, and invites them to sign in as a member. The change
 * is made by a database function that refuses any account's address (migration
 * contact_email), so a council can never re-address someone's sign-in.
 */
export const setContactEmail = defineAction({
  name: 'people.set-contact-email',
  scope: 'council',
  councilRoles: admins,
  schema: contactEmailSchema,
  async run(ctx, input) {
    const contact = await findContact(ctx.tx, ctx.council.id, input.contactId);
    if (contact.email === input.email) return { data: null, message: `${contact.name}’s email address is already ${input.email}`, audit: [] };
    const [row] = await ctx.tx.$queryRaw<{ outcome: string }[]>`SELECT tabled_set_contact_email(${contact.id}::uuid, ${input.email}) AS outcome`;
    const outcome = row?.outcome ?? 'not-contact';
    if (outcome !== 'ok') throw invalidField('email', refusals[outcome] ?? refusals['not-contact']!);
    // a correction withdraws the invitation sent to the wrong address
    if (contact.email) await ctx.tx.invitation.updateMany({ where: { email: contact.email, acceptedAt: null, revokedAt: null }, data: { revokedAt: ctx.now } });
    const invitation = await issueInvitation(ctx.tx, {
      council: ctx.council,
      email: input.email,
      councilRole: 'MEMBER',
      board: null,
      boardRole: null,
      invitedById: ctx.actor.id,
      now: ctx.now,
    });
    return {
      data: { invitationId: invitation.id },
      message: `${contact.name}’s email address is now ${input.email}. An invitation to sign in is emailed within a minute: they sign in with an email link and accept it.`,
      audit: [
        { kind: 'person.set-contact-email', entityType: 'Person', entityId: contact.id, before: { email: contact.email }, after: { email: input.email } },
        { kind: 'invitation.create', entityType: 'Invitation', entityId: invitation.id, after: { email: input.email, councilRole: 'MEMBER' } },
      ],
    };
  },
});

/**
 * A contact turns out to be someone with an account (they accepted an invitation under a
 * new address): every place this council names the contact (seats held, substitutes
 * nominated and named at meetings) names the account instead. Other councils' records are
 * not this council's to change; the contact's own row is left, named by nothing here.
 */
export const mergeContact = defineAction({
  name: 'people.merge-contact',
  scope: 'council',
  councilRoles: admins,
  schema: mergeContactSchema,
  async run(ctx, input) {
    const contact = await findContact(ctx.tx, ctx.council.id, input.contactId);
    const account = await findAccount(ctx.tx, ctx.council.id, input.accountId);
    if (contact.id === account.id) throw new AppError('INVALID', 'Choose another account: that is the contact itself');
    const where = { councilId: ctx.council.id };
    // the merged account would stand in for itself
    const selfSubstitute = await ctx.tx.seat.findFirst({
      where: {
        ...where,
        OR: [
          { personId: contact.id, substitutePersonId: account.id },
          { personId: account.id, substitutePersonId: contact.id },
        ],
      },
      select: { position: true, board: { select: { name: true } } },
    });
    if (selfSubstitute)
      throw invalidField(
        'accountId',
        `${account.name} would be their own substitute on ${selfSubstitute.board.name} (${selfSubstitute.position}): change that seat’s substitute first`,
      );
    // each seat's history says who held it before and why it changed
    const affected = await ctx.tx.seat.findMany({
      where: { ...where, OR: [{ personId: contact.id }, { substitutePersonId: contact.id }] },
      select: { id: true },
    });
    const seats = await ctx.tx.seat.updateMany({ where: { ...where, personId: contact.id }, data: { personId: account.id, version: { increment: 1 } } });
    const substitutes = await ctx.tx.seat.updateMany({
      where: { ...where, substitutePersonId: contact.id },
      data: { substitutePersonId: account.id, version: { increment: 1 } },
    });
    const atMeetings = await ctx.tx.attendance.updateMany({ where: { ...where, substitutePersonId: contact.id }, data: { substitutePersonId: account.id } });
    await ctx.tx.seatChange.createMany({
      data: affected.map((seat) => ({
        councilId: ctx.council.id,
        seatId: seat.id,
        summary: `${contact.name} (a contact) merged into ${account.name}’s account (${account.email})`,
        recordedById: ctx.actor.id,
      })),
    });
    const moved = { seats: seats.count, substituteFor: substitutes.count, substituteAtMeetings: atMeetings.count };
    return {
      data: moved,
      message: `${contact.name} is merged into ${account.name}’s account (${account.email}): ${seats.count} ${seats.count === 1 ? 'seat' : 'seats'} held and ${substitutes.count + atMeetings.count} ${substitutes.count + atMeetings.count === 1 ? 'place' : 'places'} as a substitute now name them.`,
      audit: [
        {
          kind: 'person.merge-contact',
          entityType: 'Person',
          entityId: contact.id,
          before: { contact: contact.name, email: contact.email },
          after: { account: account.id, ...moved },
        },
      ],
    };
  },
});
