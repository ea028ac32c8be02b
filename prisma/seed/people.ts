import type { PrismaClient } from '../../lib/db/generated/prisma/client';
import { uuid } from './util';

/** A person in the demo: with an email they get an account, without one they are a contact. */
export type PersonSpec = { key: string; name: string; email?: string };

export type People = {
  /** person id by key */
  id(key: string): string;
  /** name by person id, for minutes text */
  names: Map<string, string>;
  /** ids of the rows this run created, to remove them if the seed fails */
  created: string[];
};

/**
 * Person rows are global (written here as the owner; the app's roles see them through row-level security). Accounts are matched by email so an
 * existing account is reused rather than duplicated; contacts are always new rows.
 */
export async function ensurePeople(prisma: PrismaClient, specs: PersonSpec[], passwordHash: string): Promise<People> {
  const byKey = new Map<string, string>();
  const names = new Map<string, string>();
  const created: string[] = [];
  const contacts: { id: string; name: string }[] = [];
  for (const spec of specs) {
    if (byKey.has(spec.key)) throw new Error(`seed: person key ${spec.key} used twice`);
    if (spec.email) {
      const existing = await prisma.person.findUnique({ where: { email: spec.email }, select: { id: true, name: true } });
      if (existing) {
        byKey.set(spec.key, existing.id);
        names.set(existing.id, existing.name);
        continue;
      }
      const id = uuid();
      await prisma.person.create({ data: { id, email: spec.email, name: spec.name, password: { create: { hash: passwordHash } } } });
      created.push(id);
      byKey.set(spec.key, id);
      names.set(id, spec.name);
    } else {
      const id = uuid();
      contacts.push({ id, name: spec.name });
      byKey.set(spec.key, id);
      names.set(id, spec.name);
    }
  }
  if (contacts.length) {
    await prisma.person.createMany({ data: contacts.map((c) => ({ id: c.id, name: c.name, email: null })) });
    created.push(...contacts.map((c) => c.id));
  }
  return {
    id(key) {
      const id = byKey.get(key);
      if (!id) throw new Error(`seed: no person with key ${key}`);
      return id;
    },
    names,
    created,
  };
}
