import type { Tx } from '../db/tenant';

// The action log's actions and the plans' actions keep their revised dates in two tables
// of the same shape; the one revision flow reads and writes either through this.

const revisionSelect = {
  id: true,
  previousDueOn: true,
  proposedDueOn: true,
  reason: true,
  proposedById: true,
  proposedAt: true,
  agreedAt: true,
  agreedAtMeetingId: true,
} as const;

export type Revision = {
  id: string;
  previousDueOn: Date;
  proposedDueOn: Date;
  reason: string;
  proposedById: string | null;
  proposedAt: Date;
  agreedAt: Date | null;
  agreedAtMeetingId: string | null;
};
export type RevisionData = { previousDueOn: Date; proposedDueOn: Date; reason: string; proposedById: string; proposedAt: Date };

export type RevisionStore = {
  /** Locks the action's row to the end of the transaction: proposals and agreements on one action are applied one after the other. */
  lock(): Promise<void>;
  /** The proposal waiting for the board, if any. */
  pending(): Promise<Revision | null>;
  /** A revision of this action only. */
  find(revisionId: string): Promise<Revision | null>;
  create(data: RevisionData): Promise<string>;
  replace(revisionId: string, data: RevisionData): Promise<void>;
  /** Records the agreement unless one already is: false when another agreement got there first. */
  agree(revisionId: string, meetingId: string, at: Date): Promise<boolean>;
};

export const actionLogRevisions = (tx: Tx, councilId: string, actionId: string): RevisionStore => ({
  async lock() {
    await tx.$executeRaw`SELECT 1 FROM "Action" WHERE id = ${actionId}::uuid FOR UPDATE`;
  },
  pending: () => tx.actionDueDateRevision.findFirst({ where: { actionId, agreedAt: null }, orderBy: { proposedAt: 'desc' }, select: revisionSelect }),
  find: (id) => tx.actionDueDateRevision.findFirst({ where: { id, actionId }, select: revisionSelect }),
  create: async (data) => (await tx.actionDueDateRevision.create({ data: { councilId, actionId, ...data }, select: { id: true } })).id,
  async replace(id, data) {
    await tx.actionDueDateRevision.update({ where: { id }, data });
  },
  agree: async (id, meetingId, at) =>
    (await tx.actionDueDateRevision.updateMany({ where: { id, agreedAt: null }, data: { agreedAt: at, agreedAtMeetingId: meetingId } })).count === 1,
});

export const planActionRevisions = (tx: Tx, councilId: string, planActionId: string): RevisionStore => ({
  async lock() {
    await tx.$executeRaw`SELECT 1 FROM "PlanAction" WHERE id = ${planActionId}::uuid FOR UPDATE`;
  },
  pending: () => tx.planActionDueDateRevision.findFirst({ where: { planActionId, agreedAt: null }, orderBy: { proposedAt: 'desc' }, select: revisionSelect }),
  find: (id) => tx.planActionDueDateRevision.findFirst({ where: { id, planActionId }, select: revisionSelect }),
  create: async (data) => (await tx.planActionDueDateRevision.create({ data: { councilId, planActionId, ...data }, select: { id: true } })).id,
  async replace(id, data) {
    await tx.planActionDueDateRevision.update({ where: { id }, data });
  },
  agree: async (id, meetingId, at) =>
    (await tx.planActionDueDateRevision.updateMany({ where: { id, agreedAt: null }, data: { agreedAt: at, agreedAtMeetingId: meetingId } })).count === 1,
});
