// The editor's field names and the draft they carry, shared by the browser (autosave,
// the clash panel) and the server (parsing a save). No server imports here.

export type DecisionKind = 'DECISION' | 'RECOMMENDATION';
export type DraftDecision = { kind: DecisionKind; text: string; decisionMaker: string };
/**
 * actionId: the log action this row already raised (a correction's copy of an approved
 * row), carried through the editor in a hidden field so a reworded action keeps its link
 * to the log rather than being matched by its words. '' for a row not yet in the log.
 */
export type DraftAction = { description: string; ownerSeatId: string; dueOn: string; actionId: string };
export type DraftItem = { position: number; discussion: string; decisions: DraftDecision[]; actions: DraftAction[] };

export const discussionField = (p: number) => `discussion-${p}`;
export const decisionField = (p: number, k: number, part: 'kind' | 'text' | 'maker') => `decision-${p}-${k}-${part}`;
export const actionField = (p: number, k: number, part: 'description' | 'owner' | 'due' | 'link') => `action-${p}-${k}-${part}`;

const discussionKey = /^discussion-(\d{1,3})$/;
const decisionKey = /^decision-(\d{1,3})-(\d{1,3})-(kind|text|maker)$/;
const actionKey = /^action-(\d{1,3})-(\d{1,3})-(description|owner|due|link)$/;

export const emptyDecision = (): DraftDecision => ({ kind: 'DECISION', text: '', decisionMaker: '' });
export const emptyAction = (): DraftAction => ({ description: '', ownerSeatId: '', dueOn: '', actionId: '' });

export const blankDecision = (d: DraftDecision) => d.text.trim() === '' && d.decisionMaker.trim() === '';
export const blankAction = (a: DraftAction) => a.description.trim() === '' && a.ownerSeatId === '' && a.dueOn.trim() === '';

/** The draft as form fields (rows numbered from 1 in order). */
export function draftToFields(items: readonly DraftItem[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    out[discussionField(item.position)] = item.discussion;
    item.decisions.forEach((d, i) => {
      out[decisionField(item.position, i + 1, 'kind')] = d.kind;
      out[decisionField(item.position, i + 1, 'text')] = d.text;
      out[decisionField(item.position, i + 1, 'maker')] = d.decisionMaker;
    });
    item.actions.forEach((a, i) => {
      out[actionField(item.position, i + 1, 'description')] = a.description;
      out[actionField(item.position, i + 1, 'owner')] = a.ownerSeatId;
      out[actionField(item.position, i + 1, 'due')] = a.dueOn;
      if (a.actionId) out[actionField(item.position, i + 1, 'link')] = a.actionId;
    });
  }
  return out;
}

export type ParsedRow<T> = { row: T; key: number };

/**
 * Form fields back into a draft, item by item. Rows keep their field numbers (for
 * error messages that link to the field) and come in number order; rows left entirely
 * blank are dropped, since an "add" button leaves one behind. Line endings are
 * normalised: browsers post CRLF, and the approved hash must not depend on the browser.
 */
export function fieldsToDraft(
  values: Record<string, unknown>,
): Map<number, { discussion?: string; decisions: ParsedRow<DraftDecision>[]; actions: ParsedRow<DraftAction>[] }> {
  const text = (v: unknown) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : '');
  const items = new Map<number, { discussion?: string; decisions: Map<number, DraftDecision>; actions: Map<number, DraftAction> }>();
  const itemAt = (p: number) => {
    let item = items.get(p);
    if (!item) items.set(p, (item = { decisions: new Map(), actions: new Map() }));
    return item;
  };
  for (const [key, value] of Object.entries(values)) {
    let m = discussionKey.exec(key);
    if (m) {
      itemAt(Number(m[1])).discussion = text(value).replace(/\s+$/, '');
      continue;
    }
    m = decisionKey.exec(key);
    if (m) {
      const rows = itemAt(Number(m[1])).decisions;
      const row = rows.get(Number(m[2])) ?? emptyDecision();
      if (m[3] === 'kind') row.kind = value === 'RECOMMENDATION' ? 'RECOMMENDATION' : 'DECISION';
      else if (m[3] === 'text') row.text = text(value).trim();
      else row.decisionMaker = text(value).trim();
      rows.set(Number(m[2]), row);
      continue;
    }
    m = actionKey.exec(key);
    if (m) {
      const rows = itemAt(Number(m[1])).actions;
      const row = rows.get(Number(m[2])) ?? emptyAction();
      if (m[3] === 'description') row.description = text(value).trim();
      else if (m[3] === 'owner') row.ownerSeatId = text(value).trim();
      else if (m[3] === 'link') row.actionId = text(value).trim();
      else row.dueOn = text(value).trim();
      rows.set(Number(m[2]), row);
    }
  }
  const sorted = <T>(rows: Map<number, T>, blank: (r: T) => boolean) =>
    [...rows.entries()]
      .sort(([a], [b]) => a - b)
      .filter(([, r]) => !blank(r))
      .map(([key, row]) => ({ key, row }));
  return new Map(
    [...items.entries()].map(([p, item]) => [
      p,
      { discussion: item.discussion, decisions: sorted(item.decisions, blankDecision), actions: sorted(item.actions, blankAction) },
    ]),
  );
}

/** The draft as the browser holds it, from form fields (the other person's version after a clash). */
export function fieldsToItems(values: Record<string, unknown>, positions: readonly number[]): DraftItem[] {
  const parsed = fieldsToDraft(values);
  return positions.map((position) => {
    const item = parsed.get(position);
    return {
      position,
      discussion: item?.discussion ?? '',
      decisions: item?.decisions.map((d) => d.row) ?? [],
      actions: item?.actions.map((a) => a.row) ?? [],
    };
  });
}

/** Whether two versions of an item say the same (blank rows aside). */
export function sameItem(a: DraftItem, b: DraftItem): boolean {
  const norm = (i: DraftItem) =>
    JSON.stringify([
      i.discussion.replace(/\r\n?/g, '\n').replace(/\s+$/, ''),
      i.decisions.filter((d) => !blankDecision(d)).map((d) => [d.kind, d.text.trim(), d.decisionMaker.trim()]),
      i.actions.filter((x) => !blankAction(x)).map((x) => [x.description.trim(), x.ownerSeatId, x.dueOn.trim(), x.actionId]),
    ]);
  return norm(a) === norm(b);
}

/**
 * After a save, the editor's rows become the stored draft's, so that row numbers (and so
 * field names and error links) are the server's: rows the server dropped as blank go to the
 * end of their item, where an "add" button had put them and where they still number after
 * every stored row. A row whose words are the stored words (only spacing differs, which the
 * server trims) keeps the words as typed, so a pause mid-sentence does not eat a space;
 * links to the action log and dates come from the stored row. Discussion stays as typed.
 */
export function adoptStoredDraft(editor: readonly DraftItem[], stored: readonly DraftItem[]): DraftItem[] {
  const norm = (s: string) => s.replace(/\r\n?/g, '\n').trim();
  return editor.map((item) => {
    const saved = stored.find((s) => s.position === item.position);
    if (!saved) return item;
    const typedDecisions = item.decisions.filter((d) => !blankDecision(d));
    const typedActions = item.actions.filter((a) => !blankAction(a));
    return {
      ...item,
      decisions: [
        ...saved.decisions.map((d, i) => {
          const typed = typedDecisions[i];
          return typed && typed.kind === d.kind && norm(typed.text) === d.text && norm(typed.decisionMaker) === d.decisionMaker ? typed : d;
        }),
        ...item.decisions.filter(blankDecision),
      ],
      actions: [
        ...saved.actions.map((a, i) => {
          const typed = typedActions[i];
          return typed && norm(typed.description) === a.description && typed.ownerSeatId === a.ownerSeatId
            ? { ...typed, dueOn: a.dueOn, actionId: a.actionId }
            : a;
        }),
        ...item.actions.filter(blankAction),
      ],
    };
  });
}
