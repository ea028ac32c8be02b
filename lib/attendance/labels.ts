import { humanise } from '../format';

const statusLabel: Record<string, string> = {
  EXPECTED: 'Not recorded',
  PRESENT: 'Present in person',
  VIRTUAL: 'Present virtually',
  APOLOGIES: 'Apologies',
  SUBSTITUTE_ATTENDED: 'Substitute attended',
  ABSENT: 'Absent',
};

/** How a seat attended, in words for the page and the audit trail. */
export const attendanceStatusLabel = (status: string) => statusLabel[status] ?? humanise(status);
