import { label } from '../labels';

/** How a seat attended, in words for the page and the audit trail. */
export const attendanceStatusLabel = (status: string) => label('attendanceStatus', status);
