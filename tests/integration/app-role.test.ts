import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, openDatabase, type Database } from '../../lib/db/connection';
import { withAuth, withCouncil, withMailer } from '../../lib/db/tenant';
import type { PrismaClient } from '../../lib/db/generated/prisma/client';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

// On the PostgreSQL server the app connects as a login role that is only a member of
// tabled_app: it owns nothing and cannot bypass row-level security. (The embedded
// database has a single superuser; there the tenant transaction's SET ROLE does the job,
// which tenancy.test.ts covers.)
const serverUrl = inject('databaseUrl');
const onServer = Boolean(serverUrl);

let t: TestDb;
let app: Database;
let appPrisma: PrismaClient;
beforeAll(async () => {
  t = await openTestDatabase();
  if (!onServer) return;
  await t.db.exec(`DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tabled_it_login') THEN
      CREATE ROLE tabled_it_login LOGIN NOINHERIT IN ROLE tabled_app;
    END IF;
  END $$`);
  // as the README's deployment steps say: a member of the sign-in and mail roles too
  await t.db.exec('GRANT tabled_auth, tabled_mailer TO tabled_it_login');
  const url = new URL(serverUrl);
  url.username = 'tabled_it_login';
  url.password = '';
  // a pool of one, so the same connection serves every transaction below
  app = await openDatabase({ kind: 'server', url: url.toString(), poolSize: 1 });
  appPrisma = createPrismaClient(app);
});
afterAll(async () => {
  if (onServer) {
    await appPrisma.$disconnect();
    await app.close();
  }
  await closeTestDatabase(t);
});

async function councilWithBoard() {
  const council = await make.council();
  await withCouncil(council.id, (tx) => tx.board.create({ data: { councilId: council.id, slug: 'ib', name: 'IB', kind: 'IMPROVEMENT_BOARD' } }));
  return council;
}

describe.runIf(onServer)('the app’s login role on the server', () => {
  it('reads nothing outside a tenant transaction', async () => {
    await councilWithBoard();
    await expect(app.query('SELECT count(*) FROM "Board"')).rejects.toThrow(/permission denied/);
  });

  it('sees only the council its transaction sets', async () => {
    const a = await councilWithBoard();
    await councilWithBoard();
    const boards = await withCouncil(a.id, (tx) => tx.board.findMany(), appPrisma);
    expect(boards.map((b) => b.councilId)).toEqual([a.id]);
  });

  it('cannot switch row-level security off', async () => {
    await expect(app.query('ALTER TABLE "Board" DISABLE ROW LEVEL SECURITY')).rejects.toThrow(/must be owner/);
    await expect(app.query("SELECT set_config('role', 'root', false)")).rejects.toThrow(/permission denied/);
    await expect(
      app.withSession(async (s) => {
        try {
          await s.exec("BEGIN; SET LOCAL row_security = off; SELECT set_config('role', 'tabled_app', true)");
          return await s.query('SELECT count(*) FROM "Board"');
        } finally {
          await s.exec('ROLLBACK');
        }
      }),
    ).rejects.toThrow(/row-level security/);
  });

  it('signs in and delivers mail through its narrow roles, and never reads a password hash', async () => {
    const person = await t.prisma.person.create({
      data: {
        name: 'Login role check',
        email: `login-${Date.now()}@example.test`,
        password: { create: { hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA' } },
      },
    });
    expect(await withAuth((tx) => tx.person.findUnique({ where: { id: person.id }, select: { id: true } }), appPrisma)).toEqual({ id: person.id });
    const [row] = await withAuth((tx) => tx.$queryRaw<{ hash: string }[]>`SELECT tabled_password_hash(${person.id}::uuid) AS hash`, appPrisma);
    expect(row?.hash).toMatch(/^\$argon2id\$/);
    expect(await withMailer((tx) => tx.outboxMessage.count(), appPrisma)).toBeGreaterThanOrEqual(0);
    await expect(app.query('SELECT * FROM "PasswordCredential"')).rejects.toThrow(/permission denied/);
    await expect(withAuth((tx) => tx.$queryRaw`SELECT * FROM "PasswordCredential"`, appPrisma)).rejects.toThrow(/permission denied/);
    await expect(withCouncil(person.id, (tx) => tx.$queryRaw`SELECT * FROM "PasswordCredential"`, appPrisma)).rejects.toThrow(/permission denied/);
  });

  it('does not leak a transaction’s council to the next user of the pooled connection', async () => {
    const a = await councilWithBoard();
    await withCouncil(a.id, (tx) => tx.board.findMany(), appPrisma);
    const [row] = await app.query<{ council: string; role: string }>("SELECT current_setting('app.council_id', true) AS council, current_user AS role");
    expect(row).toEqual({ council: '', role: 'tabled_it_login' });
  });
});

describe.runIf(!onServer)('on the embedded database', () => {
  it('runs the tenant transaction as tabled_app, not as the superuser', async () => {
    const a = await councilWithBoard();
    const [who] = await withCouncil(
      a.id,
      (tx) => tx.$queryRaw<{ role: string; council: string }[]>`SELECT current_user AS role, current_setting('app.council_id', true) AS council`,
    );
    expect(who).toEqual({ role: 'tabled_app', council: a.id });
  });
});
