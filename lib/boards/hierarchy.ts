/**
 * Boards support other boards (an Executive Group supports the Improvement Board, 000).
 * The chain of parents must end: a board cannot support itself, directly or through
 * the boards it supports.
 */
export type BoardEdge = { id: string; parentBoardId: string | null };

/** Every board that supports `boardId`, directly or through others. */
export function supportingBoards(boardId: string, edges: readonly BoardEdge[]): Set<string> {
  const children = new Map<string, string[]>();
  for (const e of edges) {
    if (e.parentBoardId) children.set(e.parentBoardId, [...(children.get(e.parentBoardId) ?? []), e.id]);
  }
  const found = new Set<string>();
  const queue = [...(children.get(boardId) ?? [])];
  while (queue.length) {
    const id = queue.shift() as string;
    if (found.has(id) || id === boardId) continue;
    found.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return found;
}

export type ParentProblem = 'self' | 'cycle';

/** Why `parentId` cannot be the board `boardId` supports, or null. */
export function parentProblem(boardId: string, parentId: string | null, edges: readonly BoardEdge[]): ParentProblem | null {
  if (parentId === null) return null;
  if (parentId === boardId) return 'self';
  return supportingBoards(boardId, edges).has(parentId) ? 'cycle' : null;
}
