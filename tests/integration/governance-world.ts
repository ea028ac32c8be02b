import * as make from '../fixtures';

/**
 * A council with an administrator (council admin), the Chair and a member of its
 * Improvement Board, another board beside it, and a maker of meetings `daysFromNow`
 * days from `now` (two hours long, held unless told otherwise).
 */
export async function governanceWorld(now: Date) {
  const council = await make.council();
  const admin = await make.person(council, 'The admin', { role: 'ADMIN', key: 'admin' });
  const chair = await make.person(council, 'The chair', { key: 'chair' });
  const member = await make.person(council, 'The member', { key: 'member' });
  const board = await make.board(council);
  const otherBoard = await make.executiveGroup(council);
  await make.access(council, board, chair, 'CHAIR');
  await make.access(council, board, member, 'MEMBER');
  const meeting = (boardId: string, daysFromNow: number, status: 'SCHEDULED' | 'HELD' | 'CANCELLED' = 'HELD') =>
    make.meetingDaysFrom(council, { id: boardId }, now, daysFromNow, status);
  return { council, admin, chair, member, board, otherBoard, meeting };
}
