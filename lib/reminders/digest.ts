import 'server-only';
import { withCouncil, type Tx } from '../db/tenant';
import { enqueueMail } from '../mail/outbox';
import { addCalendarDays, londonDay } from '../rules/london-calendar';
import { deliveryFor, digestIsDue, isReminderKind, mondayOf, reminderKindLabels, REMINDER_KINDS, type Delivery, type ReminderKind } from '../rules/reminders';
import { formatDayLong } from '../format';
import { councilsFor, type ReminderRunOptions } from './dispatch';
import { reminderFooter, unsubscribeParts } from './mail';

export type DigestRun = { sent: number; entries: number };

/** The latest Monday whose digest may go at `now` (this Monday from 07:00 London, else last Monday). */
export function latestDigestDay(now: Date) {
  const monday = mondayOf(londonDay(now));
  return digestIsDue(monday, now) ? monday : addCalendarDays(monday, -7);
}

/**
 * Monday morning (07:00 Europe/London, scheduled by the job queue): one mail per person
 * per council with every digest entry waiting for that Monday or an earlier one (a missed
 * Monday is caught up by the next run). Each person's digest of a week goes once, whole,
 * even with two runs at the same moment: the week's ledger row ('digest:<Monday>') is
 * inserted ON CONFLICT DO NOTHING before their entries are read, and the entries are marked
 * sent, all in one transaction with the queued mail.
 */
export async function sendWeeklyDigests(now: Date, opts: ReminderRunOptions = {}): Promise<DigestRun> {
  const total: DigestRun = { sent: 0, entries: 0 };
  const day = latestDigestDay(now);
  for (const council of await councilsFor(opts)) {
    const run = await withCouncil(council.id, (tx) => digestIn(tx, council, day, now), opts.prisma);
    total.sent += run.sent;
    total.entries += run.entries;
  }
  return total;
}

async function digestIn(tx: Tx, council: { id: string; name: string }, day: string, now: Date): Promise<DigestRun> {
  const run: DigestRun = { sent: 0, entries: 0 };
  const waiting = await tx.digestEntry.findMany({
    where: { councilId: council.id, sentAt: null, digestDay: { lte: new Date(`${day}T00:00:00Z`) } },
    distinct: ['personId'],
    select: { personId: true },
  });
  if (waiting.length === 0) return run;
  const people = await tx.person.findMany({
    where: { id: { in: waiting.map((w) => w.personId) } },
    select: { id: true, name: true, email: true, disabledAt: true },
  });
  const prefs = await tx.reminderPreference.findMany({
    where: { councilId: council.id, personId: { in: people.map((p) => p.id) } },
    select: { personId: true, kind: true, delivery: true },
  });
  // a kind turned off since its entry was kept (from the digest's own unsubscribe link, say) is left out
  const stillWanted = (personId: string, kind: string) =>
    !isReminderKind(kind) || deliveryFor(kind, prefs.find((p) => p.personId === personId && p.kind === kind)?.delivery as Delivery | undefined) !== 'OFF';
  for (const person of people) {
    // The week's ledger row first: a second run at the same moment waits on it here and
    // then skips the person, so whoever takes it sends the whole week, every entry at once.
    const { count } = await tx.reminderSent.createMany({
      data: [{ councilId: council.id, eventKey: `digest:${day}`, personId: person.id, kind: 'digest', channel: 'digest-mail', createdAt: now }],
      skipDuplicates: true,
    });
    // this week's digest already went (entries that came in since wait for next week)
    if (count === 0) continue;
    const all = await tx.digestEntry.findMany({
      where: { councilId: council.id, personId: person.id, sentAt: null, digestDay: { lte: new Date(`${day}T00:00:00Z`) } },
      orderBy: [{ createdAt: 'asc' }],
      select: { id: true, personId: true, kind: true, summary: true, link: true },
    });
    await tx.digestEntry.updateMany({ where: { id: { in: all.map((e) => e.id) } }, data: { sentAt: now } });
    const mine = all.filter((e) => stillWanted(person.id, e.kind));
    if (mine.length === 0 || !person.email || person.disabledAt) continue;
    const sections = REMINDER_KINDS.flatMap((kind: ReminderKind) => {
      const ofKind = mine.filter((e) => e.kind === kind);
      return ofKind.length ? [reminderKindLabels[kind].title, ...ofKind.map((e) => `- ${e.summary}\n  ${e.link}`), ''] : [];
    });
    await enqueueMail(tx, {
      councilId: council.id,
      kind: 'reminder.digest',
      to: person.email,
      subject: `Your reminders for the week of ${formatDayLong(new Date(`${day}T00:00:00Z`))}: ${council.name}`,
      text: [
        `Dear ${person.name},`,
        '',
        `Your reminders from ${council.name} this week (${mine.length}):`,
        '',
        ...sections,
        ...reminderFooter('digest', council.name),
      ].join('\n'),
      ...unsubscribeParts(council.id, person.id, 'digest'),
    });
    run.sent += 1;
    run.entries += mine.length;
  }
  return run;
}
