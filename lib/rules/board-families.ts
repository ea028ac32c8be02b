/**
 * Boards in families: each board the list starts from is followed by the boards that
 * support it (an Executive Group under its Improvement Board), and theirs under them, each
 * level by name. A board whose parent is not in the list (a person who sits on the group
 * only) starts a family of its own, so no board is ever left out.
 */
export function inFamilies<B extends { id: string; name: string; parentBoardId: string | null }>(boards: readonly B[]): (B & { depth: number })[] {
  const ids = new Set(boards.map((b) => b.id));
  const byName = (a: B, b: B) => a.name.localeCompare(b.name, 'en-GB');
  const children = new Map<string, B[]>();
  for (const b of boards) if (b.parentBoardId && ids.has(b.parentBoardId)) children.set(b.parentBoardId, [...(children.get(b.parentBoardId) ?? []), b]);
  const out: (B & { depth: number })[] = [];
  const seen = new Set<string>();
  const visit = (b: B, depth: number) => {
    // a cycle in the data (a board set as its own ancestor) must not loop or hide a board
    if (seen.has(b.id)) return;
    seen.add(b.id);
    out.push({ ...b, depth });
    for (const child of (children.get(b.id) ?? []).sort(byName)) visit(child, depth + 1);
  };
  for (const b of boards.filter((x) => !x.parentBoardId || !ids.has(x.parentBoardId)).sort(byName)) visit(b, 0);
  for (const b of [...boards].sort(byName)) visit(b, 0);
  return out;
}
