import 'server-only';
import { withPerson, type Tx } from '../db/tenant';
import { checkSession } from '../auth/sessions';
import { notFound } from '../errors';
import { sessionEnded, signInAgain, type AccessActor } from '../access/resolve';
import { currentTime } from '../clock';

export type PlatformAdmin = { id: string; name: string; email: string | null };

/**
 * The platform's pages and changes: the session (when named), the person, and their
 * PlatformAdmin row, in one transaction acting for them. Anyone else is answered as if
 * the page were not there. Granting the role is the command line's alone (npm run platform).
 */
export async function withPlatformAdmin<T>(actor: AccessActor, fn: (admin: PlatformAdmin, tx: Tx) => Promise<T>, now = currentTime()): Promise<T> {
  if (!/^[0-9a-f-]{36}$/i.test(actor.id)) throw signInAgain();
  return withPerson(actor.id, async (tx) => {
    if (actor.sessionId !== undefined && !(await checkSession(tx, actor.sessionId, now, actor.id))) throw sessionEnded();
    const person = await tx.person.findUnique({
      where: { id: actor.id },
      select: { id: true, name: true, email: true, disabledAt: true, platformAdmin: { select: { personId: true } } },
    });
    if (!person || person.disabledAt) throw signInAgain();
    if (!person.platformAdmin) throw notFound();
    return fn({ id: person.id, name: person.name, email: person.email }, tx);
  });
}

/** Whether the person acting is a platform administrator (for a link on their home page). */
export async function isPlatformAdmin(personId: string): Promise<boolean> {
  const row = await withPerson(personId, (tx) => tx.platformAdmin.findUnique({ where: { personId }, select: { personId: true } }));
  return row !== null;
}
