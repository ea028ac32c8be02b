import 'server-only';
import { withCouncil, withPerson, type Tx } from '../db/tenant';
import { appendAudit } from '../audit/append';
import { invalidField } from '../errors';
import { DELIVERIES, deliveryFor, preferenceRefusal, REMINDER_KINDS, type Delivery, type ReminderKind } from '../rules/reminders';
import { readUnsubscribeToken } from './token';

/** A person's choice per kind in the transaction's council (every kind, defaults filled in). */
export async function preferencesIn(tx: Tx, councilId: string, personId: string): Promise<Record<ReminderKind, Delivery>> {
  const rows = await tx.reminderPreference.findMany({ where: { councilId, personId }, select: { kind: true, delivery: true } });
  const chosen = new Map(rows.map((r) => [r.kind, r.delivery as Delivery]));
  return Object.fromEntries(REMINDER_KINDS.map((k) => [k, deliveryFor(k, chosen.get(k))])) as Record<ReminderKind, Delivery>;
}

/**
 * Saves choices for one council; a mandatory kind set to anything but "immediately" is
 * refused, naming the field. Returns the kinds that changed, as [kind, before, after].
 */
export async function savePreferences(
  tx: Tx,
  councilId: string,
  personId: string,
  choices: Partial<Record<ReminderKind, Delivery>>,
  now: Date,
): Promise<[ReminderKind, Delivery, Delivery][]> {
  for (const [kind, delivery] of Object.entries(choices) as [ReminderKind, Delivery][]) {
    const refusal = preferenceRefusal(kind, delivery);
    if (refusal) throw invalidField(kind, refusal, refusal);
  }
  const before = await preferencesIn(tx, councilId, personId);
  const changed: [ReminderKind, Delivery, Delivery][] = [];
  for (const [kind, delivery] of Object.entries(choices) as [ReminderKind, Delivery][]) {
    if (!DELIVERIES.includes(delivery) || before[kind] === delivery) continue;
    await tx.reminderPreference.upsert({
      where: { councilId_personId_kind: { councilId, personId, kind } },
      create: { councilId, personId, kind, delivery, updatedAt: now },
      update: { delivery, updatedAt: now },
    });
    changed.push([kind, before[kind], delivery]);
  }
  return changed;
}

/** The Notifications screen: each council the person belongs to, with their choice per kind there. */
export async function notificationSettings(personId: string) {
  const councils = await withPerson(personId, (tx) =>
    tx.councilMembership.findMany({
      where: { personId, endedAt: null },
      orderBy: { council: { name: 'asc' } },
      select: { council: { select: { id: true, slug: true, name: true } } },
    }),
  );
  return Promise.all(
    councils.map(async ({ council }) => ({ council, preferences: await withCouncil(council.id, (tx) => preferencesIn(tx, council.id, personId)) })),
  );
}

export type UnsubscribeOutcome = { ok: true; kind: ReminderKind | 'digest'; councilName: string } | { ok: false };
/** What a link would stop, and whether it is stopped already (the page then says so, with no button). */
export type UnsubscribeView = { ok: true; kind: ReminderKind | 'digest'; councilName: string; stopped: boolean } | { ok: false };

/** What an unsubscribe link would stop, for its confirmation page (nothing is changed). */
export async function describeUnsubscribe(token: unknown): Promise<UnsubscribeView> {
  const grant = readUnsubscribeToken(token);
  if (!grant) return { ok: false };
  return withCouncil(grant.councilId, async (tx) => {
    const council = await tx.council.findUnique({ where: { id: grant.councilId }, select: { name: true } });
    if (!council) return { ok: false } as const;
    const current = await preferencesIn(tx, grant.councilId, grant.personId);
    const stopped = grant.kind === 'digest' ? !REMINDER_KINDS.some((k) => current[k] === 'DIGEST') : current[grant.kind] === 'OFF';
    return { ok: true, kind: grant.kind, councilName: council.name, stopped };
  });
}

/**
 * One-click unsubscribe (no sign-in): the token's optional kind is turned off for its
 * person in its council ('digest': every kind they had put in the digest). Mandatory
 * kinds have no token, so they keep coming. Saying it twice is the same as once.
 */
export async function unsubscribeByToken(token: unknown, now: Date): Promise<UnsubscribeOutcome> {
  const grant = readUnsubscribeToken(token);
  if (!grant) return { ok: false };
  return withCouncil(grant.councilId, async (tx) => {
    const council = await tx.council.findUnique({ where: { id: grant.councilId }, select: { id: true, name: true } });
    const member = council && (await tx.councilMembership.findFirst({ where: { councilId: council.id, personId: grant.personId }, select: { id: true } }));
    if (!council || !member) return { ok: false } as const;
    const current = await preferencesIn(tx, council.id, grant.personId);
    const kinds = grant.kind === 'digest' ? REMINDER_KINDS.filter((k) => current[k] === 'DIGEST') : [grant.kind];
    const changed = await savePreferences(tx, council.id, grant.personId, Object.fromEntries(kinds.map((k) => [k, 'OFF'])), now);
    if (changed.length)
      await appendAudit(
        tx,
        { councilId: council.id, actorId: grant.personId, ip: null, userAgent: null },
        [
          {
            kind: 'reminder.unsubscribe',
            entityType: 'Person',
            entityId: grant.personId,
            before: Object.fromEntries(changed.map(([k, b]) => [k, b])),
            after: Object.fromEntries(changed.map(([k, , a]) => [k, a])),
            summary: 'Reminders turned off from the link in an email',
          },
        ],
        now,
      );
    return { ok: true, kind: grant.kind, councilName: council.name } as const;
  });
}
