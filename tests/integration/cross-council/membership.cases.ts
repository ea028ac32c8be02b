import type { Cases } from './world';

export const cases: Cases = {
  'invitations.create': (w) => ({
    email: 'intruder@example.test',
    councilRole: 'MEMBER',
    boardId: w.b.board.id,
    boardRole: 'MEMBER',
    councilId: w.b.council.id,
  }),
  'invitations.revoke': (w) => ({ invitationId: w.b.invitation.id }),
  'members.remove': (w) => ({ membershipId: w.b.membership.id }),
};
