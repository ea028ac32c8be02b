import { describe, expect, it } from 'vitest';
import { actionFilterSchema } from '../../lib/action-log/queries';

describe("the action log's owner filter", () => {
  it('keeps a seat with a real uuid and a named agency', () => {
    const id = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
    expect(actionFilterSchema.parse({ owner: `seat:${id}` }).owner).toBe(`seat:${id}`);
    expect(actionFilterSchema.parse({ owner: ' agency:Northbridge Police ' }).owner).toBe('agency:Northbridge Police');
  });

  it('drops a seat id that is not a uuid, which the SQL would otherwise fail to cast', () => {
    for (const owner of [
      'seat:------------------------------------',
      `seat:${'f'.repeat(36)}`,
      'seat:3f2504e0-4f89-41d3-9a0c-0305e82c330',
      'seat:',
      'agency:',
      'someone',
    ]) {
      expect(actionFilterSchema.parse({ owner }).owner, owner).toBeUndefined();
    }
  });
});
