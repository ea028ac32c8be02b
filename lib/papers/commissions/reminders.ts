import 'server-only';
import type { Tx } from '../../db/tenant';
import { regionOf } from '../../boards/regions';
import { dayString } from '../../format';
import { newInvitationToken } from '../../invitations/token';
import { commissionAuthorReminder, uploadLinkExpiry } from '../../rules/commissions';
import { paperDeadline } from '../../rules/deadlines';
import { commissionMailFacts, mailAuthorReminder } from './mail';

/**
 * Reminds each commissioned author whose paper is still asked of them (issue 19.2): on the
 * day it is due and on the paper deadline's day (lib/rules/commissions.ts). Each reminder
 * carries a fresh single-use link (the earlier one stops working: the newest mail always
 * has the one that works). The reminder's key is set on the commission in the transaction
 * that queues the mail, on the condition that it is not set already, so two servers
 * running the reminders at once send it once. Run by the reminders dispatcher, in the
 * council's tenant transaction. Returns how many were sent.
 */
export async function remindCommissionedAuthors(tx: Tx, council: { id: string; slug: string; name: string; region: string }, now: Date): Promise<number> {
  const region = regionOf(council.region);
  const rows = await tx.paperCommission.findMany({
    where: { councilId: council.id, status: 'REQUESTED', board: { status: { not: 'DISSOLVED' } } },
    select: {
      id: true,
      status: true,
      title: true,
      note: true,
      dueOn: true,
      remindedKey: true,
      createdAt: true,
      requestedById: true,
      reviewedAt: true,
      authorName: true,
      authorEmail: true,
      authorPersonId: true,
      board: { select: { slug: true, name: true, paperNoticeWorkingDays: true } },
      meeting: { select: { title: true, startsAt: true } },
      forwardPlanItem: { select: { meeting: { select: { title: true, startsAt: true } } } },
    },
  });
  let sent = 0;
  for (const c of rows) {
    const meeting = c.meeting ?? c.forwardPlanItem?.meeting ?? null;
    const dueOn = dayString(c.dueOn);
    const paperDeadlineAt = meeting ? paperDeadline(meeting.startsAt, c.board.paperNoticeWorkingDays, region) : null;
    const step = commissionAuthorReminder({ id: c.id, status: c.status, dueOn, paperDeadlineAt }, now);
    if (!step || step.key === c.remindedKey) continue;
    // The author was sent a link since this step fired (asked today, or sent back for
    // changes): that mail is the reminder, and its link stays the one that works.
    const lastLinkAt = Math.max(c.createdAt.getTime(), c.reviewedAt?.getTime() ?? 0);
    if (lastLinkAt >= step.firesAt.getTime()) {
      await tx.paperCommission.updateMany({ where: { id: c.id, status: 'REQUESTED' }, data: { remindedKey: step.key } });
      continue;
    }
    const { token, tokenHash } = newInvitationToken(council.id);
    const expiresAt = uploadLinkExpiry(meeting?.startsAt ?? null, dueOn);
    const { count } = await tx.paperCommission.updateMany({
      where: { id: c.id, status: 'REQUESTED', OR: [{ remindedKey: null }, { remindedKey: { not: step.key } }] },
      data: { remindedKey: step.key, uploadTokenHash: tokenHash, uploadTokenExpiresAt: expiresAt },
    });
    if (count === 0) continue; // another server sent it meanwhile
    const account = c.authorPersonId
      ? await tx.councilMembership.findFirst({ where: { councilId: council.id, personId: c.authorPersonId, endedAt: null }, select: { id: true } })
      : null;
    await mailAuthorReminder(
      tx,
      commissionMailFacts(
        council,
        c,
        meeting,
        Boolean(account),
        await tx.person.findUnique({ where: { id: c.requestedById }, select: { name: true, email: true } }),
      ),
      token,
      expiresAt,
      step.key.startsWith('commission-deadline:'),
    );
    sent += 1;
  }
  return sent;
}
