/**
 * The one permission table: which board roles may do what to which resource.
 * Council owners and admins act as administrators of every board in their council.
 */
export const boardRoles = ['ADMINISTRATOR', 'CHAIR', 'MEMBER', 'SUBSTITUTE', 'ATTENDEE', 'OBSERVER'] as const;
export type BoardRole = (typeof boardRoles)[number];

export type Resource =
  'board' | 'terms' | 'membership' | 'meeting' | 'agenda' | 'paper' | 'attendance' | 'minutes' | 'action' | 'risk' | 'forward-plan' | 'plan';
export type Operation = 'read' | 'create' | 'update' | 'approve' | 'sign-off';

const everyone: readonly BoardRole[] = boardRoles;
const officers: readonly BoardRole[] = ['ADMINISTRATOR'];
const chair: readonly BoardRole[] = ['CHAIR'];
const members: readonly BoardRole[] = ['ADMINISTRATOR', 'CHAIR', 'MEMBER', 'SUBSTITUTE'];

export const permissionTable: Record<Resource, Partial<Record<Operation, readonly BoardRole[]>>> = {
  board: { read: everyone, update: officers },
  terms: { read: everyone, create: officers, update: officers, approve: chair },
  membership: { read: everyone, create: officers, update: officers },
  meeting: { read: everyone, create: officers, update: officers },
  agenda: { read: everyone, create: officers, update: officers, approve: chair },
  paper: { read: everyone, create: officers, update: officers, approve: chair },
  attendance: { read: members, create: members, update: officers, approve: chair },
  minutes: { read: everyone, create: officers, update: officers, approve: chair },
  action: { read: everyone, create: officers, update: members, 'sign-off': ['ADMINISTRATOR', 'CHAIR'] },
  risk: { read: everyone, create: officers, update: members },
  'forward-plan': { read: everyone, create: officers, update: officers },
  plan: { read: everyone, create: officers, update: officers, approve: chair, 'sign-off': ['ADMINISTRATOR', 'CHAIR'] },
};

export function can(roles: readonly BoardRole[], resource: Resource, operation: Operation): boolean {
  const allowed = permissionTable[resource][operation] ?? [];
  return roles.some((role) => allowed.includes(role));
}
