import { describe, expect, it } from 'vitest';
import { inFamilies } from '@/lib/rules/board-families';

const board = (id: string, name: string, parentBoardId: string | null = null) => ({ id, name, parentBoardId });

describe('boards in families', () => {
  it('puts each supporting board under its parent, each level by name', () => {
    const list = inFamilies([
      board('eg', 'Executive Group', 'ib'),
      board('trust', 'Children’s Trust'),
      board('ib', 'Improvement Board'),
      board('pg', 'Planning Group', 'trust'),
      board('qa', 'Quality Assurance Subgroup', 'eg'),
      board('aa', 'Audit Subgroup', 'eg'),
    ]);
    expect(list.map((b) => [b.id, b.depth])).toEqual([
      ['trust', 0],
      ['pg', 1],
      ['ib', 0],
      ['eg', 1],
      ['aa', 2],
      ['qa', 2],
    ]);
  });

  it('starts a family from a board whose parent is not in the list, and never loses one to a cycle', () => {
    expect(inFamilies([board('eg', 'Executive Group', 'ib')]).map((b) => [b.id, b.depth])).toEqual([['eg', 0]]);
    const cycle = inFamilies([board('a', 'A', 'b'), board('b', 'B', 'a')]);
    expect(cycle.map((b) => b.id).sort()).toEqual(['a', 'b']);
  });
});
