import 'server-only';
import type { CouncilRole } from '../../db/generated/prisma/client';
import { withCouncil } from '../../db/tenant';
import { councilBoardsIn } from '../../boards/access';
import { dayString } from '../../format';
import { londonDay } from '../../rules/london-calendar';
import { taskState } from '../../rules/for-you';
import { authorCommissionPath, commissionPath } from '../../routes';
import { standing } from './queries';

type Membership = { role: CouncilRole; council: { id: string; slug: string; name: string } };

/**
 * Commissioned papers on the For you list: for a board's administrators, the overdue
 * commissions and the papers ready to circulate; for a reviewer, the papers waiting for
 * their review; for an author with an account, the papers asked of them.
 */
export async function commissionTasks(personId: string, memberships: readonly Membership[], now: Date) {
  const today = londonDay(now);
  const tasks = [];
  for (const m of memberships) {
    const c = { slug: m.council.slug, name: m.council.name };
    const found = await withCouncil(m.council.id, async (tx) => {
      const boards = (await councilBoardsIn(tx, m.council.id, m.role, personId)).filter((b) => b.status !== 'DISSOLVED');
      const administered = boards.filter((b) => b.roles.includes('ADMINISTRATOR')).map((b) => b.id);
      const rows = await tx.paperCommission.findMany({
        where: {
          status: { in: ['REQUESTED', 'SUBMITTED', 'APPROVED'] },
          board: { status: { not: 'DISSOLVED' } },
          OR: [{ boardId: { in: administered } }, { reviewerId: personId }, { authorPersonId: personId }],
        },
        orderBy: { dueOn: 'asc' },
        select: {
          id: true,
          title: true,
          status: true,
          reviewerId: true,
          authorPersonId: true,
          authorName: true,
          dueOn: true,
          boardId: true,
          board: { select: { slug: true, name: true } },
        },
      });
      return { rows, administered: new Set(administered) };
    });
    for (const r of found.rows) {
      const s = standing(r, now);
      const b = { slug: r.board.slug, name: r.board.name };
      const due = r.dueOn;
      const where = { council: c, board: b };
      if (r.authorPersonId === personId && r.status === 'REQUESTED') {
        tasks.push({
          ...where,
          id: `commission-write-${r.id}`,
          section: 'papers' as const,
          text: `Upload your paper “${r.title}”`,
          href: authorCommissionPath(c.slug, r.id),
          due,
          dueLabel: 'Due by',
          state: taskState(dayString(due), today),
          hint: `Asked for by ${r.board.name}`,
        });
      }
      if (r.reviewerId === personId && s.awaitingReview) {
        tasks.push({
          ...where,
          id: `commission-review-${r.id}`,
          section: 'papers' as const,
          text: `Review “${r.title}” and approve it or ask for changes`,
          href: commissionPath(c.slug, b.slug, r.id),
          due: null,
          dueLabel: '',
          state: 'to-do' as const,
          hint: `Submitted by ${r.authorName}`,
        });
      }
      if (!found.administered.has(r.boardId)) continue;
      if (s.overdue) {
        tasks.push({
          ...where,
          id: `commission-overdue-${r.id}`,
          section: 'admin' as const,
          text: `Chase ${r.authorName} for “${r.title}”`,
          href: commissionPath(c.slug, b.slug, r.id),
          due,
          dueLabel: 'Was due',
          state: 'overdue' as const,
          hint: 'Commissioned paper overdue',
        });
      } else if (s.readyToCirculate) {
        tasks.push({
          ...where,
          id: `commission-circulate-${r.id}`,
          section: 'admin' as const,
          text: `Circulate “${r.title}”`,
          href: commissionPath(c.slug, b.slug, r.id),
          due: null,
          dueLabel: '',
          state: 'to-do' as const,
          hint: r.status === 'APPROVED' ? 'Approved by its reviewer' : `Submitted by ${r.authorName}`,
        });
      }
    }
  }
  return tasks;
}
