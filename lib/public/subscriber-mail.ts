import type { Tx } from '../db/tenant';
import { enqueueMail, SECRET_PLACEHOLDER } from '../mail/outbox';
import { appUrl } from '../app-url';
import { openSecret } from '../auth/secret-box';
import { formatDateTime } from '../format';
import { publicBoardPath, publicMinutesPath, publicOneClickUnsubscribePath, publicUnsubscribePath } from '../routes';
import type { SubscriptionTopic } from '../rules/public-subscription';
import { isAgendaPublic } from '../rules/public-visibility';

// Mail to the public's confirmed subscribers of a public board, queued in the transaction
// of the change that causes it (so it goes if and only if that commits). A private board
// mails nobody, whoever once subscribed. Each message carries its subscriber's own
// unsubscribe link, as the outbox's secret (in the body and in List-Unsubscribe).

type BoardForMail = { id: string; slug: string; name: string; isPublic: boolean; council: { id: string; slug: string; name: string } };

async function boardForMail(tx: Tx, boardId: string): Promise<BoardForMail | null> {
  const board = await tx.board.findUnique({
    where: { id: boardId },
    select: { id: true, slug: true, name: true, isPublic: true, council: { select: { id: true, slug: true, name: true } } },
  });
  return board?.isPublic ? board : null;
}

/** The board's confirmed subscribers to a topic, each with their unsubscribe token (unsealed) for the mail. */
export async function subscribersOf(tx: Tx, boardId: string, topic: SubscriptionTopic) {
  const rows = await tx.publicSubscription.findMany({
    where: { boardId, confirmedAt: { not: null }, unsubscribedAt: null, topics: { has: topic } },
    orderBy: { createdAt: 'asc' },
    select: { email: true, unsubscribeTokenSealed: true },
  });
  return rows.flatMap((r) => {
    const token = openSecret(r.unsubscribeTokenSealed);
    return token ? [{ email: r.email, unsubscribeToken: token }] : [];
  });
}

const kinds: Record<SubscriptionTopic, string> = { agenda: 'public.agenda', 'meeting-changes': 'public.meeting-changed', minutes: 'public.minutes' };

async function mailSubscribers(tx: Tx, board: BoardForMail, topic: SubscriptionTopic, subject: string, lines: string[]): Promise<number> {
  const subscribers = await subscribersOf(tx, board.id, topic);
  const at = [board.council.slug, board.slug] as const;
  for (const s of subscribers) {
    await enqueueMail(tx, {
      councilId: board.council.id,
      kind: kinds[topic],
      to: s.email,
      subject,
      text: [
        ...lines,
        '',
        '--',
        `You are sent this because you asked for email updates about the ${board.name} of ${board.council.name}.`,
        `To stop them: ${appUrl()}${publicUnsubscribePath(...at, SECRET_PLACEHOLDER)}`,
      ].join('\n'),
      secret: s.unsubscribeToken,
      listUnsubscribe: `${appUrl()}${publicOneClickUnsubscribePath(...at, SECRET_PLACEHOLDER)}`,
    });
  }
  return subscribers.length;
}

type MeetingLine = { title: string; startsAt: Date; historical: boolean; boardId: string };
const meetingSelect = { title: true, startsAt: true, historical: true, boardId: true, cancelledReason: true } as const;

/**
 * The agenda and public papers of a public board's meeting went on its public page: by
 * "publish now", or by themselves at the deadline (announceDueAgendas). Each meeting is
 * announced once (publicAnnouncedAt), whichever way comes first.
 */
export async function mailAgendaPublished(tx: Tx, meetingId: string, now: Date): Promise<number> {
  const m = await tx.meeting.findUnique({ where: { id: meetingId }, select: meetingSelect });
  const board = m && !m.historical ? await boardForMail(tx, m.boardId) : null;
  if (!m || !board) return 0;
  const { count } = await tx.meeting.updateMany({ where: { id: meetingId, publicAnnouncedAt: null }, data: { publicAnnouncedAt: now } });
  if (count === 0) return 0;
  return mailSubscribers(tx, board, 'agenda', `Agenda published: ${m.title}, ${formatDateTime(m.startsAt)}`, [
    `The agenda and public papers of ${m.title} of the ${board.name} on ${formatDateTime(m.startsAt)} are now published:`,
    `${appUrl()}${publicBoardPath(board.council.slug, board.slug)}`,
  ]);
}

/**
 * An agreed agenda goes on the public page by itself at the publication deadline, when
 * nobody acts: the maintenance job calls this for each council to mail its subscribers.
 * Returns the meetings announced.
 */
export async function announceDueAgendasIn(tx: Tx, now: Date): Promise<number> {
  const candidates = await tx.meeting.findMany({
    where: {
      status: 'SCHEDULED',
      historical: false,
      publicAnnouncedAt: null,
      endsAt: { gt: now },
      board: { isPublic: true },
      OR: [{ agendaAgreedAt: { not: null } }, { publishedAt: { not: null } }],
    },
    orderBy: { startsAt: 'asc' },
    take: 200,
    select: { id: true, startsAt: true, publishedAt: true, agendaAgreedAt: true, board: { select: { publicationNoticeDays: true } } },
  });
  let announced = 0;
  for (const m of candidates) {
    if (!isAgendaPublic(m, m.board.publicationNoticeDays, now)) continue;
    await mailAgendaPublished(tx, m.id, now);
    announced += 1;
  }
  return announced;
}

/** A public board's meeting was cancelled (not moved: see mailMeetingMoved). */
export async function mailMeetingCancelled(tx: Tx, meetingId: string): Promise<number> {
  const m = await tx.meeting.findUnique({ where: { id: meetingId }, select: meetingSelect });
  const board = m && !m.historical ? await boardForMail(tx, m.boardId) : null;
  if (!m || !board) return 0;
  return mailSubscribers(tx, board, 'meeting-changes', `Meeting cancelled: ${m.title}, ${formatDateTime(m.startsAt)}`, [
    `${m.title} of the ${board.name} on ${formatDateTime(m.startsAt)} is cancelled.${m.cancelledReason ? ` ${m.cancelledReason.replace(/\.$/, '')}.` : ''}`,
    `${appUrl()}${publicBoardPath(board.council.slug, board.slug)}`,
  ]);
}

/** A public board's meeting moved to a new date or time (the old one cancelled, a new one made). */
export async function mailMeetingMoved(tx: Tx, fromMeetingId: string, toMeetingId: string): Promise<number> {
  const [from, to] = await Promise.all([
    tx.meeting.findUnique({ where: { id: fromMeetingId }, select: meetingSelect }),
    tx.meeting.findUnique({ where: { id: toMeetingId }, select: meetingSelect }),
  ]);
  const board = from && to && !to.historical ? await boardForMail(tx, to.boardId) : null;
  if (!from || !to || !board) return 0;
  return mailSubscribers(tx, board, 'meeting-changes', `Meeting moved: ${to.title}, now ${formatDateTime(to.startsAt)}`, [
    `${from.title} of the ${board.name}, which was to be on ${formatDateTime(from.startsAt)}, has moved to ${formatDateTime(to.startsAt)}.`,
    `${appUrl()}${publicBoardPath(board.council.slug, board.slug)}`,
  ]);
}

/** Approved minutes of a public board's meeting were distributed, which puts them on its public page. */
export async function mailMinutesPublished(tx: Tx, minutesVersionId: string): Promise<number> {
  const v = await tx.minutesVersion.findUnique({
    where: { id: minutesVersionId },
    select: { id: true, meeting: { select: { ...meetingSelect, status: true } } },
  });
  const board = v && v.meeting.status !== 'CANCELLED' ? await boardForMail(tx, v.meeting.boardId) : null;
  if (!v || !board) return 0;
  const m: MeetingLine = v.meeting;
  return mailSubscribers(tx, board, 'minutes', `Minutes published: ${m.title}, ${formatDateTime(m.startsAt)}`, [
    `The minutes of ${m.title} of the ${board.name} on ${formatDateTime(m.startsAt)}, approved by the Chair, are now published:`,
    `${appUrl()}${publicMinutesPath(board.council.slug, board.slug, v.id)}`,
  ]);
}
