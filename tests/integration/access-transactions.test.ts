import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAuth, withCouncil } from '../../lib/db/tenant';
import { createSession, revokeSession } from '../../lib/auth/sessions';
import { createInvitation } from '../../lib/invitations/actions';
import { addReportingLine } from '../../lib/boards/actions';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { countTransactions } from './transaction-count';
import * as make from '../fixtures';

let t: TestDb;
let counting: ReturnType<typeof countTransactions>;
beforeAll(async () => {
  t = await openTestDatabase();
  counting = countTransactions(t);
});
afterAll(async () => {
  await counting.release();
  await closeTestDatabase(t);
});

async function world() {
  const council = await make.council();
  const admin = await make.person(council, 'Admin', { role: 'ADMIN', key: 'admin' });
  const board = await make.board(council, { slug: 'ib' });
  return { council, admin, board };
}

describe('transactions per request', () => {
  it('a board action: access check, change and audit event', async () => {
    const w = await world();
    const begins = await counting.during(async () => {
      const result = await addReportingLine.execute({
        actorId: w.admin.id,
        councilSlug: w.council.slug,
        boardSlug: 'ib',
        input: { boardId: w.board.id, body: 'CABINET', frequency: 'QUARTERLY' },
      });
      expect(result.ok).toBe(true);
    });
    // before one request context: person, membership, board and roles, change = 4 (+1 for the session in runFormAction)
    expect(begins).toBe(1);
  });

  it('a form post checks its session in the same transaction, and refuses an ended one', async () => {
    const w = await world();
    const sessionId = await withAuth((tx) => createSession(tx, w.admin.id, 'password', { ip: null, userAgent: null }));
    const post = (input: Record<string, unknown>) =>
      addReportingLine.execute({ actorId: w.admin.id, sessionId, councilSlug: w.council.slug, boardSlug: 'ib', input });
    const begins = await counting.during(async () => expect((await post({ boardId: w.board.id, body: 'CABINET' })).ok).toBe(true));
    expect(begins).toBe(1);
    await revokeSession(w.admin.id, sessionId);
    expect(await post({ boardId: w.board.id, body: 'DFE' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: 'Your session has ended. Sign in again to continue.',
    });
    expect(await withCouncil(w.council.id, (tx) => tx.boardReportingLine.count({ where: { boardId: w.board.id } }))).toBe(1);
  });

  it('a council action', async () => {
    const w = await world();
    const begins = await counting.during(async () => {
      const result = await createInvitation.execute({
        actorId: w.admin.id,
        councilSlug: w.council.slug,
        input: { email: `x-${w.council.slug}@example.test`, councilRole: 'MEMBER' },
      });
      expect(result.ok).toBe(true);
    });
    // before: person, membership, change = 3 (+1 for the session)
    expect(begins).toBe(1);
  });
});
