import { appUrl } from '../app-url';
import { formatDateTime, formatLongDate } from '../format';
import { minutesPath, minutesPdfPath } from '../routes';

type Route = { council: string; board: string; meeting: string };
type MeetingInfo = { title: string; startsAt: Date };

/** To the Chair: minutes are waiting for approval. */
export function chairReviewMail(r: Route, boardName: string, meeting: MeetingInfo, versionNo: number, name: string) {
  const when = formatDateTime(meeting.startsAt);
  return {
    subject: `Minutes for your approval: ${boardName}, ${when}`,
    text: [
      `Dear ${name},`,
      '',
      `Version ${versionNo} of the minutes of ${meeting.title} on ${when} is ready for your approval.`,
      'You can approve them, or return them to the administrator with comments:',
      '',
      `${appUrl()}${minutesPath(r.council, r.board, r.meeting)}`,
      '',
      'You will be asked to sign in.',
    ].join('\n'),
  };
}

/** To the administrators: the Chair returned the minutes with comments. */
export function returnedMail(r: Route, boardName: string, meeting: MeetingInfo, versionNo: number, name: string, comments: string) {
  const when = formatDateTime(meeting.startsAt);
  return {
    subject: `Minutes returned by the Chair: ${boardName}, ${when}`,
    text: [
      `Dear ${name},`,
      '',
      `The Chair has returned version ${versionNo} of the minutes of ${meeting.title} on ${when} with these comments:`,
      '',
      comments,
      '',
      `${appUrl()}${minutesPath(r.council, r.board, r.meeting)}`,
    ].join('\n'),
  };
}

/** To each member: the approved minutes, distributed. */
export function distributionMail(
  r: Route,
  boardName: string,
  meeting: MeetingInfo,
  versionNo: number,
  name: string,
  approvedBy: string | null,
  approvedAt: Date | null,
) {
  const when = formatDateTime(meeting.startsAt);
  const approved = approvedAt ? `They were approved by the Chair${approvedBy ? `, ${approvedBy},` : ''} on ${formatLongDate(approvedAt)}.` : '';
  return {
    subject: `Minutes: ${boardName}, ${when}`,
    text: [
      `Dear ${name},`,
      '',
      `The minutes of ${meeting.title} on ${when} (version ${versionNo}) have been distributed. ${approved}`.trim(),
      'The board will be asked to confirm them as an accurate record at its next meeting.',
      '',
      `Read them: ${appUrl()}${minutesPath(r.council, r.board, r.meeting)}`,
      `As a PDF: ${appUrl()}${minutesPdfPath(r.council, r.board, r.meeting, { version: versionNo })}`,
      '',
      'You will be asked to sign in.',
    ].join('\n'),
  };
}
