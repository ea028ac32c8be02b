import { describe, expect, it } from 'vitest';
import {
  actionField,
  adoptStoredDraft,
  decisionField,
  discussionField,
  draftToFields,
  fieldsToDraft,
  fieldsToItems,
  sameItem,
  type DraftItem,
} from '../../lib/minutes/fields';

const item: DraftItem = {
  position: 2,
  discussion: 'The board reviewed the plan.',
  decisions: [
    { kind: 'DECISION', text: 'Noted.', decisionMaker: '' },
    { kind: 'RECOMMENDATION', text: 'Fund posts.', decisionMaker: 'Cabinet' },
  ],
  actions: [
    { description: 'Report caseloads.', ownerSeatId: '6f1c2a9e-3b7d-4c1e-9a55-0d2b8e7f1a34', dueOn: '2026-04-30', actionId: '' },
    { description: 'Reworded in a correction.', ownerSeatId: '', dueOn: '2026-05-01', actionId: '0b6a1c3e-5d2f-4e8a-9c71-2f4d6b8a0e13' },
  ],
};

describe('the minutes editor fields', () => {
  it('round-trips a draft through form fields', () => {
    const fields = draftToFields([item]);
    expect(fields[discussionField(2)]).toBe('The board reviewed the plan.');
    expect(fields[decisionField(2, 2, 'maker')]).toBe('Cabinet');
    expect(fields[actionField(2, 1, 'due')]).toBe('2026-04-30');
    // a row already in the action log carries its link in a hidden field, not its words
    expect(fields[actionField(2, 1, 'link')]).toBeUndefined();
    expect(fields[actionField(2, 2, 'link')]).toBe('0b6a1c3e-5d2f-4e8a-9c71-2f4d6b8a0e13');
    expect(fieldsToItems(fields, [2])).toEqual([item]);
  });

  it('drops rows left blank, keeps the others in number order with their field numbers, and normalises line endings', () => {
    const parsed = fieldsToDraft({
      [discussionField(1)]: 'First line\r\n\r\nSecond line  \r\n',
      [decisionField(1, 3, 'kind')]: 'RECOMMENDATION',
      [decisionField(1, 3, 'text')]: ' Later ',
      [decisionField(1, 3, 'maker')]: ' Cabinet ',
      [decisionField(1, 1, 'kind')]: 'DECISION',
      [decisionField(1, 1, 'text')]: '',
      [decisionField(1, 1, 'maker')]: '',
      [decisionField(1, 2, 'kind')]: 'anything else',
      [decisionField(1, 2, 'text')]: 'Earlier',
      [decisionField(1, 2, 'maker')]: '',
      [actionField(1, 1, 'description')]: '',
      [actionField(1, 1, 'owner')]: '',
      [actionField(1, 1, 'due')]: '',
      unrelated: 'ignored',
    });
    const one = parsed.get(1)!;
    expect(one.discussion).toBe('First line\n\nSecond line');
    expect(one.decisions).toEqual([
      { key: 2, row: { kind: 'DECISION', text: 'Earlier', decisionMaker: '' } },
      { key: 3, row: { kind: 'RECOMMENDATION', text: 'Later', decisionMaker: 'Cabinet' } },
    ]);
    expect(one.actions).toEqual([]);
  });

  it('compares two versions of an item by what they say', () => {
    expect(sameItem(item, { ...item, discussion: 'The board reviewed the plan.\r\n' })).toBe(true);
    expect(sameItem(item, { ...item, decisions: [...item.decisions, { kind: 'DECISION', text: '', decisionMaker: '' }] })).toBe(true);
    expect(sameItem(item, { ...item, discussion: 'Something else.' })).toBe(false);
    expect(sameItem(item, { ...item, actions: [{ ...item.actions[0]!, dueOn: '2026-05-01' }, item.actions[1]!] })).toBe(false);
    expect(sameItem(item, { ...item, actions: [item.actions[0]!, { ...item.actions[1]!, actionId: '' }] })).toBe(false);
  });

  it('after a save, takes the stored rows so row numbers are the server’s, keeping typed spacing and blank rows at the end', () => {
    const owner = '6f1c2a9e-3b7d-4c1e-9a55-0d2b8e7f1a34';
    const link = '0b6a1c3e-5d2f-4e8a-9c71-2f4d6b8a0e13';
    const blank = { description: '', ownerSeatId: '', dueOn: '', actionId: '' };
    const editor: DraftItem[] = [
      {
        position: 1,
        discussion: 'Typing ',
        decisions: [
          { kind: 'DECISION', text: '', decisionMaker: '' },
          { kind: 'DECISION', text: 'Noted ', decisionMaker: '' },
        ],
        actions: [
          blank,
          { description: 'Report caseloads ', ownerSeatId: owner, dueOn: '2026-04-30', actionId: '' },
          { description: 'Second', ownerSeatId: '', dueOn: '', actionId: '' },
        ],
      },
    ];
    const stored: DraftItem[] = [
      {
        position: 1,
        discussion: 'Typing',
        decisions: [{ kind: 'DECISION', text: 'Noted', decisionMaker: '' }],
        actions: [
          { description: 'Report caseloads', ownerSeatId: owner, dueOn: '2026-04-30', actionId: link },
          { description: 'Second', ownerSeatId: '', dueOn: '', actionId: '' },
        ],
      },
    ];
    const [item] = adoptStoredDraft(editor, stored);
    // the blank rows the server dropped move after every stored row: stored row 1 is editor row 1
    expect(item!.decisions).toEqual([
      { kind: 'DECISION', text: 'Noted ', decisionMaker: '' },
      { kind: 'DECISION', text: '', decisionMaker: '' },
    ]);
    expect(item!.actions).toEqual([
      { description: 'Report caseloads ', ownerSeatId: owner, dueOn: '2026-04-30', actionId: link },
      stored[0]!.actions[1],
      blank,
    ]);
    expect(item!.discussion).toBe('Typing ');
    // so a send error for action 2 names the field the editor shows as action 2
    expect(draftToFields([item!])[actionField(1, 2, 'description')]).toBe('Second');
  });
});
