import { appUrl } from '../app-url';
import { formatDateTime } from '../format';
import { awaitingChairConsent, mayOpenPaper } from '../rules/paper-access';
import { circulatedVersion, type MeetingPaper } from './meeting-papers';
import { meetingPackPath, meetingSectionPath, paperFilePath } from '../routes';
import { markingLabels } from './schema';
import type { Recipient } from './recipients';

type Route = { council: string; board: string; meeting: string };
type MeetingInfo = { title: string; startsAt: Date };

const line = (p: MeetingPaper) => `${p.title} (${markingLabels[p.marking]})`;

/**
 * The circulation email for one person: each paper they may see, with a link when they
 * may open it; a late paper awaiting the Chair is named but not linked (except for the
 * Chair, who decides on it). Links need the person to sign in; the papers page and the
 * agenda pack carry everything too.
 */
export function circulationMail(r: Route, boardName: string, meeting: MeetingInfo, papers: MeetingPaper[], to: Recipient, justSent: Set<string>) {
  const base = appUrl();
  const lines: string[] = [];
  for (const p of papers) {
    const file = circulatedVersion(p);
    if (!file || p.status !== 'CIRCULATED') continue;
    if (to.reader === 'attendee' && p.marking === 'OFFICIAL_SENSITIVE') continue;
    const fresh = justSent.has(p.id) ? ' [new]' : '';
    if (awaitingChairConsent(p) && to.reader !== 'chair') {
      lines.push(`- ${line(p)}${fresh}: circulated late, awaiting the Chair's consent. You can open it once the Chair agrees.`);
    } else if (mayOpenPaper(to.reader, p)) {
      const note = awaitingChairConsent(p) ? ' Circulated late: it needs your consent before it reaches the agenda.' : '';
      lines.push(`- ${line(p)}${fresh}:${note}\n  ${base}${paperFilePath(r.council, r.board, r.meeting, p.id, file.id)}`);
    }
  }
  const when = formatDateTime(meeting.startsAt);
  return {
    subject: `Papers for ${boardName}, ${when}`,
    text: [
      `Dear ${to.name},`,
      '',
      `The papers for ${meeting.title} on ${when} have been circulated:`,
      '',
      ...lines,
      '',
      `All the papers: ${base}${meetingSectionPath(r.council, r.board, r.meeting, 'papers')}`,
      `The agenda pack (one PDF): ${base}${meetingPackPath(r.council, r.board, r.meeting)}`,
      '',
      'You will be asked to sign in. Please do not forward papers marked OFFICIAL-SENSITIVE.',
    ].join('\n'),
  };
}

/** Told to those due the paper once the Chair accepts it late: it is now on the agenda. */
export function lateAcceptedMail(r: Route, boardName: string, meeting: MeetingInfo, paper: MeetingPaper, fileId: string, to: Recipient, reason: string) {
  const base = appUrl();
  const when = formatDateTime(meeting.startsAt);
  return {
    subject: `Late paper accepted for ${boardName}, ${when}`,
    text: [
      `Dear ${to.name},`,
      '',
      `The Chair has accepted a paper that was circulated late for ${meeting.title} on ${when}. It is now on the agenda:`,
      '',
      `- ${line(paper)}`,
      `  ${base}${paperFilePath(r.council, r.board, r.meeting, paper.id, fileId)}`,
      '',
      `The Chair's reason: ${reason}`,
      '',
      `All the papers: ${base}${meetingSectionPath(r.council, r.board, r.meeting, 'papers')}`,
    ].join('\n'),
  };
}
