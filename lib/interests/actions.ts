import { defineAction, type ActionContext } from '../action/define';
import { AppError, invalid, notFound } from '../errors';
import { dbDay } from '../forms/fields';
import { label } from '../labels';
import type { LondonDay } from '../rules/london-calendar';
import { addInterestSchema, endInterestSchema, publishRegisterSchema, reviewInterestsSchema, updateInterestSchema } from './schema';

const everyone = ['OWNER', 'ADMIN', 'MEMBER'] as const;
const admins = ['OWNER', 'ADMIN'] as const;

const isAdmin = (ctx: ActionContext) => ctx.councilRole === 'OWNER' || ctx.councilRole === 'ADMIN';

/**
 * Whose register: a member keeps their own; a council administrator keeps anyone's in the
 * council (a partner agency's member who sends theirs by email).
 */
async function registerOf(ctx: ActionContext, personId: string | null) {
  const id = personId ?? ctx.actor.id;
  if (id !== ctx.actor.id && !isAdmin(ctx)) throw new AppError('FORBIDDEN', 'You can only change your own register of interests');
  const member = await ctx.tx.councilMembership.findFirst({
    where: { councilId: ctx.council.id, personId: id },
    select: { person: { select: { id: true, name: true } } },
  });
  // someone outside the council is not there, like any foreign id
  if (!member) throw notFound('Person');
  return member.person;
}

/** A current entry (not replaced or removed) the person may change. */
async function currentEntry(ctx: ActionContext, entryId: string) {
  const entry = await ctx.tx.interestRegisterEntry.findFirst({ where: { id: entryId, councilId: ctx.council.id } });
  if (!entry) throw notFound('Interest');
  if (entry.personId !== ctx.actor.id && !isAdmin(ctx)) throw new AppError('FORBIDDEN', 'You can only change your own register of interests');
  if (entry.supersededAt) throw new AppError('CONFLICT', 'That interest has already been changed or removed. Reload the register to see it as it stands.');
  return entry;
}

type Fields = { fromOn: LondonDay | null; toOn: LondonDay | null };

function dates(input: Fields) {
  if (input.fromOn && input.toOn && input.toOn < input.fromOn) throw invalid({ toOn: ['The date the interest ended must be on or after the date it began'] });
  return { fromOn: input.fromOn ? dbDay(input.fromOn) : null, toOn: input.toOn ? dbDay(input.toOn) : null };
}

const shown = (e: { category: string; description: string; fromOn: Date | null; toOn: Date | null }) => ({
  category: e.category,
  description: e.description,
  fromOn: e.fromOn,
  toOn: e.toOn,
});

export const addInterest = defineAction({
  name: 'interests.add',
  scope: 'council',
  councilRoles: everyone,
  schema: addInterestSchema,
  async run(ctx, input) {
    const person = await registerOf(ctx, input.personId);
    const entry = await ctx.tx.interestRegisterEntry.create({
      data: {
        councilId: ctx.council.id,
        personId: person.id,
        category: input.category,
        description: input.description,
        ...dates(input),
        createdAt: ctx.now,
        createdById: ctx.actor.id,
      },
    });
    return {
      data: { entryId: entry.id },
      message: `${label('interestCategory', entry.category)} added to ${person.id === ctx.actor.id ? 'your' : `${person.name}’s`} register of interests`,
      audit: [{ kind: 'interest.add' as const, entityType: 'InterestRegisterEntry', entityId: entry.id, after: { personId: person.id, ...shown(entry) } }],
    };
  },
});

/** A change is a new entry; the old one is kept, marked as replaced, so the register's history stays. */
export const updateInterest = defineAction({
  name: 'interests.update',
  scope: 'council',
  councilRoles: everyone,
  schema: updateInterestSchema,
  async run(ctx, input) {
    const before = await currentEntry(ctx, input.entryId);
    const entry = await ctx.tx.interestRegisterEntry.create({
      data: {
        councilId: ctx.council.id,
        personId: before.personId,
        category: input.category,
        description: input.description,
        ...dates(input),
        createdAt: ctx.now,
        createdById: ctx.actor.id,
      },
    });
    const { count } = await ctx.tx.interestRegisterEntry.updateMany({
      where: { id: before.id, supersededAt: null },
      data: { supersededAt: ctx.now, replacedById: entry.id },
    });
    if (count === 0) throw new AppError('CONFLICT', 'That interest was changed while you were editing it. Reload the register and try again.');
    return {
      data: { entryId: entry.id },
      message: 'The interest is updated; the earlier entry is kept in the register’s history',
      audit: [
        {
          kind: 'interest.update' as const,
          entityType: 'InterestRegisterEntry',
          entityId: entry.id,
          before: { id: before.id, ...shown(before) },
          after: shown(entry),
        },
      ],
    };
  },
});

/** An interest no longer held comes off the register; the entry stays in its history. */
export const endInterest = defineAction({
  name: 'interests.end',
  scope: 'council',
  councilRoles: everyone,
  schema: endInterestSchema,
  async run(ctx, input) {
    const before = await currentEntry(ctx, input.entryId);
    const { count } = await ctx.tx.interestRegisterEntry.updateMany({ where: { id: before.id, supersededAt: null }, data: { supersededAt: ctx.now } });
    if (count === 0) throw new AppError('CONFLICT', 'That interest has already been changed or removed.');
    return {
      data: { entryId: before.id },
      message: 'The interest is removed from the register; it stays in the register’s history',
      audit: [{ kind: 'interest.end' as const, entityType: 'InterestRegisterEntry', entityId: before.id, before: shown(before) }],
    };
  },
});

/** The yearly review: the person (or an administrator for them) confirms the register is complete and up to date. */
export const reviewInterests = defineAction({
  name: 'interests.review',
  scope: 'council',
  councilRoles: everyone,
  schema: reviewInterestsSchema,
  async run(ctx, input) {
    const person = await registerOf(ctx, input.personId);
    const review = await ctx.tx.interestRegisterReview.create({
      data: { councilId: ctx.council.id, personId: person.id, reviewedAt: ctx.now, reviewedById: ctx.actor.id },
    });
    return {
      data: { reviewId: review.id },
      message: `${person.id === ctx.actor.id ? 'Your' : `${person.name}’s`} register of interests is confirmed as complete and up to date`,
      audit: [{ kind: 'interest.review' as const, entityType: 'InterestRegisterReview', entityId: review.id, after: { personId: person.id } }],
    };
  },
});

/** The council chooses whether its public boards publish their seat holders' registers. */
export const publishInterestRegister = defineAction({
  name: 'interests.publish',
  scope: 'council',
  councilRoles: admins,
  schema: publishRegisterSchema,
  async run(ctx, input) {
    const before = await ctx.tx.council.findUniqueOrThrow({ where: { id: ctx.council.id }, select: { publishInterestRegister: true } });
    await ctx.tx.council.update({ where: { id: ctx.council.id }, data: { publishInterestRegister: input.publishInterestRegister } });
    return {
      data: { publishInterestRegister: input.publishInterestRegister },
      message: input.publishInterestRegister
        ? 'Public boards now publish their members’ registers of interests'
        : 'Registers of interests are no longer published',
      audit: [
        {
          kind: 'interest.publish' as const,
          entityType: 'Council',
          entityId: ctx.council.id,
          before: { publishInterestRegister: before.publishInterestRegister },
          after: { publishInterestRegister: input.publishInterestRegister },
        },
      ],
    };
  },
});
