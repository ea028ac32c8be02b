import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBoardWithRoles } from '../../lib/boards/access';
import { withCouncil } from '../../lib/db/tenant';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const day = (offset: number) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + offset));

describe('a person’s roles on a board', () => {
  it('come from a current seat or nomination as substitute, and end when the seat ends', async () => {
    const council = await make.council();
    const [holder, substitute, former, formerSub, stranger] = await Promise.all(
      ['holder', 'substitute', 'former', 'former substitute', 'stranger'].map((name) => t.prisma.person.create({ data: { name } })),
    );
    await withCouncil(council.id, async (tx) => {
      const board = await tx.board.create({ data: { councilId: council.id, slug: 'ib', name: 'IB', kind: 'IMPROVEMENT_BOARD' } });
      await tx.seat.create({
        data: {
          councilId: council.id,
          boardId: board.id,
          personId: holder!.id,
          substitutePersonId: substitute!.id,
          role: 'MEMBER',
          agency: 'Council',
          position: 'Director',
        },
      });
      await tx.seat.create({
        data: {
          councilId: council.id,
          boardId: board.id,
          personId: former!.id,
          substitutePersonId: formerSub!.id,
          role: 'MEMBER',
          agency: 'Police',
          position: 'Superintendent',
          endsOn: day(-1),
        },
      });
    });
    const roles = async (personId: string) => (await findBoardWithRoles(council.id, 'MEMBER', 'ib', personId))?.roles ?? null;
    expect(await roles(holder!.id)).toEqual(['MEMBER']);
    expect(await roles(substitute!.id)).toEqual(['SUBSTITUTE']);
    expect(await roles(former!.id)).toBeNull();
    expect(await roles(formerSub!.id)).toBeNull();
    expect(await roles(stranger!.id)).toBeNull();
    // a council admin administers every board without a seat
    expect(await findBoardWithRoles(council.id, 'ADMIN', 'ib', stranger!.id)).toMatchObject({ roles: ['ADMINISTRATOR'] });
  });
});
