import type { MinutesStatus } from '../rules/minutes';

const labels: Record<MinutesStatus, string> = {
  DRAFT: 'Draft',
  SENT_TO_CHAIR: 'With the Chair',
  RETURNED: 'Returned by the Chair',
  APPROVED: 'Approved by the Chair',
  DISTRIBUTED: 'Distributed',
  CONFIRMED: 'Confirmed as an accurate record',
  SUPERSEDED: 'Superseded by a correction',
};

/** Where a version of minutes stands, in words. */
export const statusLabel = (status: string) => labels[status as MinutesStatus] ?? status;

export const minutesPath = (r: { council: string; board: string; meeting: string }) => `/${r.council}/boards/${r.board}/meetings/${r.meeting}/minutes`;
