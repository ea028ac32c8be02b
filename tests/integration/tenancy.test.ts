import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

async function councilWithBoard() {
  const council = await make.council();
  const board = await withCouncil(council.id, (tx) =>
    tx.board.create({ data: { councilId: council.id, slug: 'improvement-board', name: 'Improvement Board', kind: 'IMPROVEMENT_BOARD' } }),
  );
  return { council, board };
}

describe('tenant transaction and row-level security', () => {
  it('shows a council only its own rows, even to a query with no where clause', async () => {
    const a = await councilWithBoard();
    const b = await councilWithBoard();
    const seenByA = await withCouncil(a.council.id, (tx) => tx.board.findMany());
    const seenByB = await withCouncil(b.council.id, (tx) => tx.board.findMany());
    expect(seenByA.map((x) => x.id)).toEqual([a.board.id]);
    expect(seenByB.map((x) => x.id)).toEqual([b.board.id]);
  });

  it('answers a foreign id as not there', async () => {
    const a = await councilWithBoard();
    const b = await councilWithBoard();
    const found = await withCouncil(b.council.id, (tx) => tx.board.findUnique({ where: { id: a.board.id } }));
    expect(found).toBeNull();
  });

  it('refuses to write a row into another council', async () => {
    const a = await councilWithBoard();
    const b = await councilWithBoard();
    await expect(
      withCouncil(b.council.id, (tx) => tx.board.create({ data: { councilId: a.council.id, slug: 'sneaky', name: 'Sneaky', kind: 'IMPROVEMENT_BOARD' } })),
    ).rejects.toThrow();
    const boards = await withCouncil(a.council.id, (tx) => tx.board.findMany());
    expect(boards.map((x) => x.slug)).toEqual(['improvement-board']);
  });

  it('refuses to move a row into another council by update', async () => {
    const a = await councilWithBoard();
    const b = await councilWithBoard();
    await expect(withCouncil(a.council.id, (tx) => tx.board.update({ where: { id: a.board.id }, data: { councilId: b.council.id } }))).rejects.toThrow();
  });

  it('sees nothing when no council is set', async () => {
    await councilWithBoard();
    const rows = await t.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('role', 'tabled_app', true)`;
      return tx.board.findMany();
    });
    expect(rows).toEqual([]);
  });

  it('keeps the council setting inside its transaction', async () => {
    const a = await councilWithBoard();
    await withCouncil(a.council.id, (tx) => tx.board.findMany());
    const [row] = await t.db.query<{ council: string | null; role: string }>(
      "SELECT NULLIF(current_setting('app.council_id', true), '') AS council, current_user AS role",
    );
    expect(row?.council ?? null).toBeNull();
    expect(row?.role).not.toBe('tabled_app');
  });

  it('keeps the audit trail append-only for the application', async () => {
    const a = await councilWithBoard();
    const event = await withCouncil(a.council.id, (tx) =>
      tx.auditEvent.create({ data: { councilId: a.council.id, kind: 'board.created', entityType: 'Board', entityId: a.board.id, data: {}, hash: 'h' } }),
    );
    await expect(withCouncil(a.council.id, (tx) => tx.auditEvent.update({ where: { id: event.id }, data: { kind: 'tampered' } }))).rejects.toThrow();
    await expect(withCouncil(a.council.id, (tx) => tx.auditEvent.delete({ where: { id: event.id } }))).rejects.toThrow();
  });
});
