import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient, openDatabase, type Database } from '../../lib/db/connection';
import { applyMigrations } from '../../lib/db/migrate';
import { withCouncil } from '../../lib/db/tenant';
import { appendAudit } from '../../lib/audit/append';
import { verifyAuditChains } from '../../lib/audit/verify';
import type { AuditKind } from '../../lib/audit/kinds';

// The README's "Deploying on a PostgreSQL server", step by step on the server (only with
// TEST_DATABASE_URL, a superuser): roles and database exactly as written there, migrations
// and the seed-like writes as the owner, the app and audit:verify as the login role that
// is only a member of tabled_app, and pg_dump's precondition for the backup role.
const server = process.env.TEST_DATABASE_URL;
const tag = crypto.randomBytes(4).toString('hex');
const owner = `tabled_owner_${tag}`;
const web = `tabled_web_${tag}`;
const backup = `tabled_backup_${tag}`;
const dbName = `tabled_setup_${tag}`;
const password = `pw-${tag}`;
let admin: Database | null = null;

const urlAs = (user: string) => {
  const url = new URL(server!);
  url.username = user;
  url.password = password;
  url.pathname = `/${dbName}`;
  return url.toString();
};

afterAll(async () => {
  if (!admin) return;
  await admin.exec(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  for (const role of [web, backup, owner]) await admin.exec(`DROP ROLE IF EXISTS ${role}`);
  await admin.close();
});

describe.skipIf(!server)('PostgreSQL setup as the README writes it', () => {
  it('owner migrates and writes as tabled_app; the web role runs the app and audit:verify; the backup role sees every row', async () => {
    admin = await openDatabase({ kind: 'server', url: server!, poolSize: 1 });
    // --- README step 1, as a superuser ---
    for (const role of ['tabled_app', 'tabled_auth', 'tabled_mailer']) {
      await admin.exec(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${role} NOLOGIN; END IF; END $$`);
    }
    await admin.exec(`CREATE ROLE ${owner} LOGIN PASSWORD '${password}'`);
    await admin.exec(`GRANT tabled_app, tabled_auth, tabled_mailer TO ${owner} WITH ADMIN OPTION`);
    await admin.exec(`CREATE DATABASE ${dbName} OWNER ${owner}`);
    await admin.exec(`CREATE ROLE ${web} LOGIN PASSWORD '${password}' NOINHERIT IN ROLE tabled_app, tabled_auth, tabled_mailer`);
    await admin.exec(`CREATE ROLE ${backup} LOGIN PASSWORD '${password}' BYPASSRLS IN ROLE pg_read_all_data`);

    // --- step 2: migrations and the demo seed's kind of writes, as the owner ---
    const asOwner = await openDatabase({ kind: 'server', url: urlAs(owner), poolSize: 2 });
    await applyMigrations(asOwner);
    const ownerPrisma = createPrismaClient(asOwner);
    const council = await ownerPrisma.council.create({ data: { slug: `setup-${tag}`, name: 'Setup Council' } });
    await withCouncil(council.id, (tx) => appendAudit(tx, { councilId: council.id, actorId: null, ip: null, userAgent: null }, [{ kind: 'setup.check' as AuditKind, entityType: 'Council', entityId: council.id }]), ownerPrisma);
    expect(await verifyAuditChains(ownerPrisma, council.slug)).toMatchObject([{ events: 1, brokenAt: null }]);
    await ownerPrisma.$disconnect();
    await asOwner.close();

    // --- day to day: the app and audit:verify as the web role (owns nothing) ---
    const asWeb = await openDatabase({ kind: 'server', url: urlAs(web), poolSize: 2 });
    const webPrisma = createPrismaClient(asWeb);
    try {
      expect(await withCouncil(council.id, (tx) => tx.auditEvent.count(), webPrisma)).toBe(1);
      expect(await verifyAuditChains(webPrisma, council.slug)).toMatchObject([{ events: 1, brokenAt: null }]);
      // it cannot switch the append-only trigger off, nor delete the record
      await expect(asWeb.exec(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_append_only`)).rejects.toThrow(/owner|permission/i);
      await expect(withCouncil(council.id, (tx) => tx.auditEvent.deleteMany(), webPrisma)).rejects.toThrow();
    } finally {
      await webPrisma.$disconnect();
      await asWeb.close();
    }

    // --- the backup role sees every council's rows despite forced row-level security ---
    const asBackup = await openDatabase({ kind: 'server', url: urlAs(backup), poolSize: 1 });
    try {
      expect(await asBackup.query(`SELECT count(*)::int AS n FROM "AuditEvent"`)).toEqual([{ n: 1 }]);
    } finally {
      await asBackup.close();
    }
  });
});
