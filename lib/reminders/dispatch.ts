import 'server-only';
import type { PrismaClient } from '../db/generated/prisma/client';
import { withApp, withCouncil, type Tx } from '../db/tenant';
import { enqueueMail } from '../mail/outbox';
import { deliveryFor, digestDayFor, type Delivery } from '../rules/reminders';
import { reminderFooter, unsubscribeParts } from './mail';
import { dueRemindersIn } from './sources';
import { remindCommissionedAuthors } from '../papers/commissions/reminders';

export type ReminderRunOptions = {
  /** another client (a second app server in tests); the app's own by default */
  prisma?: PrismaClient;
  /** only these councils (tests that share a database); every council by default */
  councilIds?: string[];
};

export type ReminderRun = { sent: number; digested: number; skipped: number };

/** Every council, or the ones named, with what reminders need of them. */
export function councilsFor(opts: ReminderRunOptions) {
  return withApp(
    (tx) =>
      tx.council.findMany({
        where: opts.councilIds ? { id: { in: opts.councilIds } } : {},
        orderBy: { id: 'asc' },
        select: { id: true, slug: true, name: true, region: true },
      }),
    opts.prisma,
  );
}

/**
 * Sends every reminder due at `now`, council by council, each in one tenant transaction.
 * Each event goes to each person once: its ledger row (ReminderSent) is inserted with ON
 * CONFLICT DO NOTHING in the transaction that queues its mail or digest entry, so a
 * second dispatcher running at the same moment waits on the row and then skips it.
 * Scheduled hourly by the job queue; safe to run at any time, as often as wanted.
 */
export async function runDueReminders(now: Date, opts: ReminderRunOptions = {}): Promise<ReminderRun> {
  const total: ReminderRun = { sent: 0, digested: 0, skipped: 0 };
  for (const council of await councilsFor(opts)) {
    const run = await withCouncil(council.id, (tx) => dispatchIn(tx, council, now), opts.prisma);
    total.sent += run.sent;
    total.digested += run.digested;
    total.skipped += run.skipped;
  }
  return total;
}

async function dispatchIn(tx: Tx, council: { id: string; slug: string; name: string; region: string }, now: Date): Promise<ReminderRun> {
  // commissioned authors first: theirs are the requests themselves, always sent, with a fresh link
  const run: ReminderRun = { sent: await remindCommissionedAuthors(tx, council, now), digested: 0, skipped: 0 };
  const due = await dueRemindersIn(tx, council, now);
  if (due.length === 0) return run;
  const personIds = [...new Set(due.flatMap((d) => d.personIds))];
  const [people, prefs] = await Promise.all([
    tx.person.findMany({ where: { id: { in: personIds }, disabledAt: null, email: { not: null } }, select: { id: true, name: true, email: true } }),
    tx.reminderPreference.findMany({ where: { councilId: council.id, personId: { in: personIds } }, select: { personId: true, kind: true, delivery: true } }),
  ]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const choice = (personId: string, kind: string) => prefs.find((p) => p.personId === personId && p.kind === kind)?.delivery as Delivery | undefined;

  for (const d of due) {
    const kind = d.event.kind;
    for (const personId of new Set(d.personIds)) {
      const person = byId.get(personId);
      const delivery = deliveryFor(kind, choice(personId, kind));
      if (!person?.email || delivery === 'OFF') {
        run.skipped += 1;
        continue;
      }
      const { count } = await tx.reminderSent.createMany({
        data: [{ councilId: council.id, eventKey: d.event.key, personId, kind, channel: delivery === 'DIGEST' ? 'digest' : 'mail', createdAt: now }],
        skipDuplicates: true,
      });
      if (count === 0) {
        run.skipped += 1;
        continue;
      }
      if (delivery === 'DIGEST') {
        await tx.digestEntry.create({
          data: {
            councilId: council.id,
            personId,
            kind,
            eventKey: d.event.key,
            digestDay: new Date(`${digestDayFor(now)}T00:00:00Z`),
            summary: d.summary,
            link: d.link,
            createdAt: now,
          },
        });
        run.digested += 1;
        continue;
      }
      await enqueueMail(tx, {
        councilId: council.id,
        kind: `reminder.${kind}`,
        to: person.email,
        subject: d.subject,
        text: [`Dear ${person.name},`, '', ...d.lines, '', d.link, '', ...reminderFooter(kind, council.name)].join('\n'),
        ...unsubscribeParts(council.id, personId, kind),
      });
      run.sent += 1;
    }
  }
  return run;
}
