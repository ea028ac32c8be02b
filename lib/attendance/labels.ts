import { humanise } from '../format';
import { labels } from '../labels';

const statusLabel: Record<string, string> = labels.attendanceStatus;

/** How a seat attended, in words for the page and the audit trail. */
export const attendanceStatusLabel = (status: string) => statusLabel[status] ?? humanise(status);
