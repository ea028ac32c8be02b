import { z } from 'zod';

/** The waiting proposal as a propose form carries it: which one, and when it was last proposed ('' when none waits). */
export const proposalToken = (r: { id: string; proposedAt: Date } | null | undefined) => (r ? `${r.id}@${r.proposedAt.getTime()}` : '');

/**
 * The waiting proposal the person proposing has seen (`seenProposal`, empty when none was
 * waiting), so that a proposal made meanwhile by someone else is not silently replaced.
 */
export const seenProposalField = z.preprocess(
  (v) => (v === undefined || v === null ? '' : v),
  z.string({ error: 'Reload the page and try again' }).max(100, 'Reload the page and try again'),
);
