import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient, openDatabase, type Database } from '../../lib/db/connection';
import { applyMigrations } from '../../lib/db/migrate';
import { withCouncil } from '../../lib/db/tenant';
import { appendAudit } from '../../lib/audit/append';
import { verifyAuditChains } from '../../lib/audit/verify';
import type { AuditKind } from '../../lib/audit/kinds';
import { seedDemo } from '../../prisma/seed/demo';
import { DEMO_ACCOUNTS } from '../../prisma/seed/demo-credentials';

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

// the second run: the same steps by a managed service's kind of administrator
const tag2 = crypto.randomBytes(4).toString('hex');
const second = {
  admin: `tabled_admin_${tag2}`,
  owner: `tabled_owner_${tag2}`,
  web: `tabled_web_${tag2}`,
  backup: `tabled_backup_${tag2}`,
  db: `tabled_setup_${tag2}`,
};

afterAll(async () => {
  if (!admin) return;
  for (const db of [dbName, second.db]) await admin.exec(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  for (const role of [web, backup, owner, second.web, second.backup, second.owner, second.admin]) await admin.exec(`DROP ROLE IF EXISTS ${role}`);
  await admin.close();
});

const urlFor = (user: string, db: string) => {
  const url = new URL(server!);
  url.username = user;
  url.password = password;
  url.pathname = `/${db}`;
  return url.toString();
};

describe.skipIf(!server)('PostgreSQL setup as the README writes it', () => {
  it('owner migrates and writes as tabled_app; the web role runs the app and audit:verify; the backup role sees every row', async () => {
    admin = await openDatabase({ kind: 'server', url: server!, poolSize: 1 });
    // --- README step 1, as a superuser ---
    for (const role of ['tabled_app', 'tabled_auth', 'tabled_mailer', 'tabled_queue']) {
      await admin.exec(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${role} NOLOGIN; END IF; END $$`);
    }
    await admin.exec(`CREATE ROLE ${owner} LOGIN PASSWORD '${password}'`);
    await admin.exec(`GRANT tabled_app, tabled_auth, tabled_mailer, tabled_queue TO ${owner} WITH ADMIN OPTION`);
    await admin.exec(`GRANT ${owner} TO CURRENT_USER`);
    await admin.exec(`CREATE DATABASE ${dbName} OWNER ${owner}`);
    await admin.exec(`CREATE ROLE ${web} LOGIN PASSWORD '${password}' NOINHERIT IN ROLE tabled_app, tabled_auth, tabled_mailer`);
    await admin.exec(`CREATE ROLE ${backup} LOGIN PASSWORD '${password}' BYPASSRLS IN ROLE pg_read_all_data`);

    // --- step 2: migrations and the demo seed's kind of writes, as the owner ---
    const asOwner = await openDatabase({ kind: 'server', url: urlAs(owner), poolSize: 2 });
    await applyMigrations(asOwner);
    const ownerPrisma = createPrismaClient(asOwner);
    const council = await ownerPrisma.council.create({ data: { slug: `setup-${tag}`, name: 'Setup Council' } });
    await withCouncil(
      council.id,
      (tx) =>
        appendAudit(tx, { councilId: council.id, actorId: null, ip: null, userAgent: null }, [
          { kind: 'setup.check' as AuditKind, entityType: 'Council', entityId: council.id },
        ]),
      ownerPrisma,
    );
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
      expect((await asBackup.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Council"`))[0]!.n).toBeGreaterThan(0);
    } finally {
      await asBackup.close();
    }
  });
});

describe.skipIf(!server)('PostgreSQL setup by an administrator that is not a superuser', () => {
  // What a managed service gives you (RDS, Azure, Cloud SQL): a login role with CREATEROLE
  // and CREATEDB, not a superuser. Step 1 of the README, statement by statement, as it.
  it('creates the roles and the database; the owner migrates and seeds, people sign in with a password; only BYPASSRLS needs more', async () => {
    admin ??= await openDatabase({ kind: 'server', url: server!, poolSize: 1 });
    await admin.exec(`CREATE ROLE ${second.admin} LOGIN PASSWORD '${password}' CREATEROLE CREATEDB`);
    const asAdmin = await openDatabase({ kind: 'server', url: urlFor(second.admin, 'postgres'), poolSize: 1 });
    try {
      // the three NOLOGIN roles are cluster-wide and exist already here (created by the first run or the test setup)
      for (const role of ['tabled_app', 'tabled_auth', 'tabled_mailer', 'tabled_queue']) {
        await asAdmin.exec(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${role} NOLOGIN; END IF; END $$`);
      }
      await asAdmin.exec(`CREATE ROLE ${second.owner} LOGIN PASSWORD '${password}'`);
      await asAdmin.exec(`GRANT tabled_app, tabled_auth, tabled_mailer, tabled_queue TO ${second.owner} WITH ADMIN OPTION`);
      // without this line (README step 1): "must be member of role" (15) / "must be able to SET ROLE" (16 and later)
      await expect(asAdmin.exec(`CREATE DATABASE ${second.db} OWNER ${second.owner}`)).rejects.toThrow(/must be (?:a )?member|must be able to SET ROLE/);
      await asAdmin.exec(`GRANT ${second.owner} TO CURRENT_USER`);
      await asAdmin.exec(`CREATE DATABASE ${second.db} OWNER ${second.owner}`);
      await asAdmin.exec(`CREATE ROLE ${second.web} LOGIN PASSWORD '${password}' NOINHERIT IN ROLE tabled_app, tabled_auth, tabled_mailer`);
      // BYPASSRLS is a superuser's to give (15), or a role's that has it itself (16 and later)
      await expect(asAdmin.exec(`CREATE ROLE ${second.backup} LOGIN PASSWORD '${password}' BYPASSRLS IN ROLE pg_read_all_data`)).rejects.toThrow(
        /superuser|BYPASSRLS|permission denied to create role/i,
      );
    } finally {
      await asAdmin.close();
    }
    await admin.exec(`CREATE ROLE ${second.backup} LOGIN PASSWORD '${password}' BYPASSRLS IN ROLE pg_read_all_data`);

    // --- step 2 and day to day: db:migrate and db:seed as the owner, sign-in and audit:verify as the web role ---
    const asOwner = await openDatabase({ kind: 'server', url: urlFor(second.owner, second.db), poolSize: 2 });
    try {
      await applyMigrations(asOwner);
      const ownerPrisma = createPrismaClient(asOwner);
      expect(await seedDemo(ownerPrisma)).toMatchObject({ created: true });
      await ownerPrisma.$disconnect();
    } finally {
      await asOwner.close();
    }
    const asWeb = await openDatabase({ kind: 'server', url: urlFor(second.web, second.db), poolSize: 2 });
    const webPrisma = createPrismaClient(asWeb);
    try {
      expect(await verifyAuditChains(webPrisma, 'northbridge')).toMatchObject([{ brokenAt: null }]);
      // a password sign-in reads the hash through the owner's function, as the sign-in role
      const [hash] = await asWeb.withSession(async (session) => {
        await session.exec('BEGIN');
        await session.exec('SET LOCAL ROLE tabled_auth');
        const rows = await session.query<{ hash: string | null }>(`SELECT tabled_password_hash(id) AS hash FROM "Person" WHERE email = $1`, [
          DEMO_ACCOUNTS.administrator,
        ]);
        await session.exec('COMMIT');
        return rows;
      });
      expect(hash?.hash).toMatch(/^\$argon2id\$/);
    } finally {
      await webPrisma.$disconnect();
      await asWeb.close();
    }
    const asBackup = await openDatabase({ kind: 'server', url: urlFor(second.backup, second.db), poolSize: 1 });
    try {
      expect((await asBackup.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Council"`))[0]!.n).toBeGreaterThan(0);
    } finally {
      await asBackup.close();
    }
  });
});

describe("the README's step 1 on the newest PostgreSQL (PGlite's, 16 and later rules)", () => {
  // The local server is 15; PGlite is a newer PostgreSQL, where CREATEROLE changed (an
  // administrator may grant only the roles it holds with the admin option). Its single
  // session is a superuser, so the statements run after SET ROLE to such an administrator.
  it('runs the SQL block exactly as the README prints it; only the backup role needs more', async () => {
    const readme = fs.readFileSync(path.join(process.cwd(), 'README.md'), 'utf8');
    const block = /1\. As a superuser or your managed service's administrator role[\s\S]*?```sql\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const statements = block!
      .split('\n')
      .map((line) => line.replace(/--.*$/, '').trim().replace(/'…'/g, "'x'"))
      .filter(Boolean);
    expect(statements).toHaveLength(10);
    const pg = new PGlite();
    try {
      const version = Number((await pg.query<{ server_version_num: string }>('SHOW server_version_num')).rows[0]!.server_version_num);
      expect(version).toBeGreaterThanOrEqual(160000);
      await pg.exec('CREATE ROLE administrator LOGIN CREATEROLE CREATEDB');
      await pg.exec('SET ROLE administrator');
      const refused: string[] = [];
      for (const sql of statements) await pg.exec(sql).catch((e: Error) => refused.push(`${sql.split(' ').slice(0, 3).join(' ')}: ${e.message}`));
      expect(refused).toEqual([expect.stringMatching(/^CREATE ROLE tabled_backup: permission denied/)]);
      // the README's way without BYPASSRLS or pg_read_all_data
      await pg.exec(`CREATE ROLE tabled_backup LOGIN PASSWORD 'x'`);
      // the owner can act as the roles it was granted, and the web role as the app's
      await pg.exec('SET ROLE tabled_owner');
      await pg.exec('SET ROLE tabled_queue');
      await pg.exec('SET ROLE tabled_owner');
      await pg.exec('SET ROLE tabled_app');
      const owner = await pg.query<{ owner: string }>(`SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = 'tabled'`);
      expect(owner.rows).toEqual([{ owner: 'tabled_owner' }]);
    } finally {
      await pg.close();
    }
  });
});
