import type { PrismaClient } from '../db/generated/prisma/client';

/**
 * Granting and revoking the platform administrator role: the command line's alone
 * (scripts/platform.ts, as the database owner). The app's role can read the table, never
 * write it, so no web request can make anyone a platform administrator.
 */

const normalEmail = (email: string) => email.trim().toLowerCase();

export async function grantPlatformAdmin(prisma: PrismaClient, email: string, opts: { name?: string; grantedBy: string }): Promise<string> {
  const address = normalEmail(email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) throw new Error(`"${email}" is not an email address`);
  let person = await prisma.person.findUnique({ where: { email: address }, select: { id: true, name: true, disabledAt: true } });
  if (person?.disabledAt) throw new Error(`${address} belongs to a disabled account; enable it first`);
  if (!person) {
    if (!opts.name?.trim()) throw new Error(`Nobody has the email ${address} yet: give their name with --name "Full Name" to create their account`);
    person = await prisma.person.create({ data: { email: address, name: opts.name.trim() }, select: { id: true, name: true, disabledAt: true } });
  }
  await prisma.platformAdmin.upsert({ where: { personId: person.id }, create: { personId: person.id, grantedBy: opts.grantedBy }, update: {} });
  return `${person.name} <${address}> is a platform administrator. They sign in with an email link and find "Councils on this deployment" on their home page.`;
}

export async function revokePlatformAdmin(prisma: PrismaClient, email: string): Promise<string> {
  const address = normalEmail(email);
  const person = await prisma.person.findUnique({ where: { email: address }, select: { id: true } });
  const { count } = person ? await prisma.platformAdmin.deleteMany({ where: { personId: person.id } }) : { count: 0 };
  return count ? `${address} is no longer a platform administrator.` : `${address} was not a platform administrator; nothing changed.`;
}

export async function listPlatformAdmins(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.platformAdmin.findMany({
    orderBy: { grantedAt: 'asc' },
    select: { grantedAt: true, grantedBy: true, person: { select: { name: true, email: true } } },
  });
  return rows.map((r) => `${r.person.name} <${r.person.email ?? 'no email'}>, granted ${r.grantedAt.toISOString()} by ${r.grantedBy}`);
}
