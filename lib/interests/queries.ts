import 'server-only';
import { z } from 'zod';
import { withCouncil, type Tx } from '../db/tenant';
import { notFound } from '../errors';
import { isCouncilAdmin } from '../councils/access';
import type { CouncilContext } from '../councils/queries';
import { interestReviewState } from '../rules/interests';
import { londonDay } from '../rules/london-calendar';
import { councilBySlug } from '../public/queries';

const entrySelect = {
  id: true,
  category: true,
  description: true,
  fromOn: true,
  toOn: true,
  createdAt: true,
  supersededAt: true,
  replacedById: true,
  createdBy: { select: { name: true } },
} as const;

/** One person's register in a council: the interests as they stand, every earlier entry, and the yearly review. */
export async function registerOfPerson(tx: Tx, councilId: string, personId: string, now: Date) {
  const entries = await tx.interestRegisterEntry.findMany({
    where: { councilId, personId },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    select: entrySelect,
  });
  const last = await tx.interestRegisterReview.findFirst({
    where: { councilId, personId },
    orderBy: { reviewedAt: 'desc' },
    select: { reviewedAt: true, reviewedBy: { select: { name: true } } },
  });
  return {
    current: entries.filter((e) => !e.supersededAt),
    history: entries.filter((e) => e.supersededAt),
    lastReview: last,
    review: interestReviewState(last?.reviewedAt ?? null, now),
  };
}

/**
 * The council's register of interests page: a member sees and keeps their own; an
 * administrator sees everyone's, one person at a time (?person=id), and the council's
 * choice whether public boards publish them.
 */
export async function interestRegisterPage(ctx: CouncilContext, personParam: string | undefined, now: Date) {
  const admin = isCouncilAdmin(ctx.councilRole);
  if (personParam && !z.string().uuid().safeParse(personParam).success) throw notFound();
  // someone else's register is the administrators' to see (a public board may publish it)
  if (personParam && personParam !== ctx.actor.id && !admin) throw notFound();
  const wanted = personParam ?? ctx.actor.id;
  return withCouncil(ctx.council.id, async (tx) => {
    const membership = await tx.councilMembership.findFirst({
      where: { councilId: ctx.council.id, personId: wanted },
      select: { person: { select: { id: true, name: true } } },
    });
    if (!membership) throw notFound();
    const register = await registerOfPerson(tx, ctx.council.id, wanted, now);
    const people = admin
      ? await tx.councilMembership.findMany({
          where: { councilId: ctx.council.id, person: { disabledAt: null } },
          orderBy: { person: { name: 'asc' } },
          select: {
            person: { select: { id: true, name: true, _count: { select: { interests: { where: { councilId: ctx.council.id, supersededAt: null } } } } } },
          },
        })
      : [];
    const council = await tx.council.findUniqueOrThrow({ where: { id: ctx.council.id }, select: { publishInterestRegister: true } });
    return {
      person: membership.person,
      own: wanted === ctx.actor.id,
      admin,
      ...register,
      people: people.map((p) => p.person),
      publish: council.publishInterestRegister,
    };
  });
}

/** Whether the person's yearly review of their register is due (for their "for you" list). */
export async function interestReviewDue(tx: Tx, councilId: string, personId: string, now: Date) {
  const last = await tx.interestRegisterReview.findFirst({ where: { councilId, personId }, orderBy: { reviewedAt: 'desc' }, select: { reviewedAt: true } });
  return interestReviewState(last?.reviewedAt ?? null, now).kind !== 'current';
}

/**
 * A public board's seat holders and their interests as they stand, when the council
 * publishes registers; null when it does not (the page then says nothing of them).
 * The caller has already checked that the board is public.
 */
export async function publicInterestRegister(tx: Tx, councilId: string, boardId: string, now: Date) {
  const council = await tx.council.findUniqueOrThrow({ where: { id: councilId }, select: { publishInterestRegister: true } });
  if (!council.publishInterestRegister) return null;
  const today = new Date(`${londonDay(now)}T00:00:00Z`);
  const seats = await tx.seat.findMany({
    where: {
      boardId,
      personId: { not: null },
      AND: [{ OR: [{ startsOn: null }, { startsOn: { lte: today } }] }, { OR: [{ endsOn: null }, { endsOn: { gte: today } }] }],
    },
    orderBy: [{ role: 'asc' }, { position: 'asc' }],
    select: { position: true, agency: true, personId: true, person: { select: { name: true } } },
  });
  const ids = [...new Set(seats.map((s) => s.personId!))];
  const entries = await tx.interestRegisterEntry.findMany({
    where: { councilId, personId: { in: ids }, supersededAt: null },
    orderBy: [{ category: 'asc' }, { createdAt: 'asc' }],
    select: { personId: true, category: true, description: true, fromOn: true, toOn: true },
  });
  const seen = new Set<string>();
  return seats.flatMap((s) => {
    if (seen.has(s.personId!)) return [];
    seen.add(s.personId!);
    return [{ name: s.person!.name, position: s.position, agency: s.agency, interests: entries.filter((e) => e.personId === s.personId) }];
  });
}

/**
 * A public board's register of interests page, for anyone: only where the board is public
 * and its council publishes registers; null (404) otherwise, however close.
 */
export async function getPublicInterests(councilSlug: string, boardSlug: string, now: Date) {
  const council = await councilBySlug(councilSlug);
  if (!council) return null;
  return withCouncil(council.id, async (tx) => {
    const board = await tx.board.findFirst({ where: { councilId: council.id, slug: boardSlug, isPublic: true }, select: { id: true, slug: true, name: true } });
    if (!board) return null;
    const members = await publicInterestRegister(tx, council.id, board.id, now);
    return members ? { council, board, members } : null;
  });
}
