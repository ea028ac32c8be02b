import 'server-only';
import { withCouncil } from '../db/tenant';
import { interestsPath } from '../routes';
import { interestReviewState } from '../rules/interests';
import { londonDay } from '../rules/london-calendar';
import { taskState } from '../rules/for-you';
import { dbDay } from '../forms/fields';

type Membership = { council: { id: string; slug: string; name: string } };

/**
 * The yearly review of a register of interests, for each council where the person holds a
 * seat on a board that is not dissolved: a task once it is due (or never done), shown
 * against the first such board.
 */
export async function interestReviewTasks(personId: string, memberships: readonly Membership[], now: Date) {
  const today = londonDay(now);
  const tasks = [];
  for (const m of memberships) {
    const found = await withCouncil(m.council.id, async (tx) => {
      const seat = await tx.seat.findFirst({
        where: { personId, board: { status: { not: 'DISSOLVED' } }, OR: [{ endsOn: null }, { endsOn: { gte: dbDay(today) } }] },
        orderBy: { createdAt: 'asc' },
        select: { board: { select: { slug: true, name: true } } },
      });
      if (!seat) return null;
      const last = await tx.interestRegisterReview.findFirst({ where: { personId }, orderBy: { reviewedAt: 'desc' }, select: { reviewedAt: true } });
      return { board: seat.board, review: interestReviewState(last?.reviewedAt ?? null, now) };
    });
    if (!found || found.review.kind === 'current') continue;
    const dueOn = found.review.kind === 'due' ? found.review.dueOn : null;
    tasks.push({
      id: `interests-${m.council.slug}`,
      section: 'interests' as const,
      text: 'Review your register of interests',
      href: interestsPath(m.council.slug),
      due: dueOn ? dbDay(dueOn) : null,
      dueLabel: 'Review due',
      state: dueOn ? taskState(dueOn, today) : ('to-do' as const),
      hint: dueOn ? 'Confirm it is complete and up to date, as every year' : 'Not yet confirmed complete and up to date',
      council: { slug: m.council.slug, name: m.council.name },
      board: found.board,
    });
  }
  return tasks;
}
