import type { Tx } from '../../db/tenant';
import { appUrl } from '../../app-url';
import { enqueueMail, SECRET_PLACEHOLDER } from '../../mail/outbox';
import { formatDateTime, formatDayLong } from '../../format';
import { authorCommissionPath, commissionPath, commissionUploadPagePath } from '../../routes';
import { formatLimit, maxUploadBytes } from '../upload-limit';

type CommissionMailFacts = {
  councilId: string;
  councilSlug: string;
  councilName: string;
  boardSlug: string;
  boardName: string;
  commissionId: string;
  title: string;
  note: string | null;
  dueOn: Date;
  meeting: { title: string; startsAt: Date } | null;
  authorName: string;
  authorEmail: string;
  /** the author holds an account in this council: they may also upload from their For you list */
  authorHasAccount: boolean;
  /** who asked for the paper, for the author's questions or a new link (the mail itself is from a no-reply address) */
  askedBy?: { name: string; email: string | null } | null;
};

const askedByLines = (f: CommissionMailFacts) =>
  f.askedBy
    ? ['', `Asked by ${f.askedBy.name}${f.askedBy.email ? ` (${f.askedBy.email})` : ''}: write to them with any question, or if the link has stopped working.`]
    : [];

/** What the mails say of a commission, from its row with its board. */
export function commissionMailFacts(
  council: { id: string; slug: string; name: string },
  c: { id: string; title: string; note: string | null; dueOn: Date; authorName: string; authorEmail: string; board: { slug: string; name: string } },
  meeting: { title: string; startsAt: Date } | null,
  authorHasAccount: boolean,
  askedBy: CommissionMailFacts['askedBy'] = null,
): CommissionMailFacts {
  return {
    councilId: council.id,
    councilSlug: council.slug,
    councilName: council.name,
    boardSlug: c.board.slug,
    boardName: c.board.name,
    commissionId: c.id,
    title: c.title,
    note: c.note,
    dueOn: c.dueOn,
    meeting,
    authorName: c.authorName,
    authorEmail: c.authorEmail,
    authorHasAccount,
    askedBy,
  };
}

const fileRules = () => `A PDF, Word (DOCX), Excel (XLSX) or PowerPoint (PPTX) file, smaller than ${formatLimit(maxUploadBytes())}.`;

/** How to send the paper: the single-use link (its token put in as the mail is delivered), the file rules, the signed-in way. */
function uploadLines(f: CommissionMailFacts, expiresAt: Date, replaces = false): string[] {
  return [
    '',
    `Upload it here (the link works once, until ${formatDateTime(expiresAt)}${replaces ? '; it replaces the link sent to you before' : ''}):`,
    `${appUrl()}${commissionUploadPagePath(SECRET_PLACEHOLDER)}`,
    '',
    fileRules(),
    ...(f.authorHasAccount ? ['', `You can also upload it when signed in: ${appUrl()}${authorCommissionPath(f.councilSlug, f.commissionId)}`] : []),
    ...askedByLines(f),
  ];
}

/**
 * The author's reminder (lib/papers/commissions/reminders.ts): on the day the paper is due,
 * or on the paper deadline's day, with a fresh single-use link.
 */
export async function mailAuthorReminder(tx: Tx, f: CommissionMailFacts, token: string, expiresAt: Date, onDeadline: boolean) {
  const lines = [
    `Dear ${f.authorName},`,
    '',
    onDeadline
      ? `Today is the paper deadline${f.meeting ? ` for the meeting “${f.meeting.title}” on ${formatDateTime(f.meeting.startsAt)}` : ''}, and ${f.boardName} at ${f.councilName} has not yet received your paper “${f.title}”, which was due on ${formatDayLong(f.dueOn)}.`
      : `A reminder: ${f.boardName} at ${f.councilName} asked you for a paper, “${f.title}”, due today, ${formatDayLong(f.dueOn)}.`,
    ...(f.meeting && !onDeadline ? [`It is for the meeting “${f.meeting.title}” on ${formatDateTime(f.meeting.startsAt)}.`] : []),
    ...uploadLines(f, expiresAt, true),
  ];
  await enqueueMail(tx, {
    councilId: f.councilId,
    kind: 'commission.reminder',
    to: f.authorEmail,
    subject: onDeadline ? `Paper deadline today: ${f.title}` : `Reminder: paper due today: ${f.title}`,
    text: lines.join('\n'),
    secret: token,
  });
}

/** To the author: what is asked, by when, and the single-use upload link (the token goes in only as the mail is delivered). */
export async function mailAuthorRequest(tx: Tx, f: CommissionMailFacts, token: string, expiresAt: Date, changes?: { note: string; reviewerName: string }) {
  const lines = [
    `Dear ${f.authorName},`,
    '',
    changes
      ? `${changes.reviewerName} has reviewed your paper “${f.title}” for ${f.boardName} and asks for changes:`
      : `${f.boardName} at ${f.councilName} asks you for a paper: “${f.title}”.`,
    ...(changes ? ['', changes.note] : []),
    '',
    ...(f.meeting ? [`It is for the meeting “${f.meeting.title}” on ${formatDateTime(f.meeting.startsAt)}.`] : []),
    `Please send it by ${formatDayLong(f.dueOn)}.`,
    ...(f.note && !changes ? ['', 'What is asked:', f.note] : []),
    ...uploadLines(f, expiresAt),
  ];
  await enqueueMail(tx, {
    councilId: f.councilId,
    kind: changes ? 'commission.changes-requested' : 'commission.requested',
    to: f.authorEmail,
    subject: changes ? `Changes asked for: ${f.title}` : `Paper requested: ${f.title}, due ${formatDayLong(f.dueOn)}`,
    text: lines.join('\n'),
    secret: token,
  });
}

/** To the reviewer (or, with none, the administrator who asked): the paper has arrived. */
export async function mailSubmitted(tx: Tx, f: CommissionMailFacts, to: { name: string; email: string }, reviewer: boolean) {
  const link = `${appUrl()}${commissionPath(f.councilSlug, f.boardSlug, f.commissionId)}`;
  await enqueueMail(tx, {
    councilId: f.councilId,
    kind: 'commission.submitted',
    to: to.email,
    subject: reviewer ? `Paper to review: ${f.title}` : `Paper submitted: ${f.title}`,
    text: [
      `Dear ${to.name},`,
      '',
      `${f.authorName} has submitted the paper “${f.title}” for ${f.boardName}.`,
      reviewer
        ? 'You are its reviewer: read it, then approve it or ask for changes. It cannot be circulated until you approve it.'
        : 'It can now be circulated.',
      '',
      link,
    ].join('\n'),
  });
}

/** To the author: the paper is no longer wanted. */
export async function mailWithdrawn(tx: Tx, f: CommissionMailFacts, reason: string | null) {
  await enqueueMail(tx, {
    councilId: f.councilId,
    kind: 'commission.withdrawn',
    to: f.authorEmail,
    subject: `Paper no longer needed: ${f.title}`,
    text: [
      `Dear ${f.authorName},`,
      '',
      `${f.boardName} no longer needs the paper “${f.title}”. The upload link sent to you no longer works.`,
      ...(reason ? ['', reason] : []),
    ].join('\n'),
  });
}

/** To the author still writing: the paper is now due on another day (the link they have keeps working). */
export async function mailDueChanged(tx: Tx, f: CommissionMailFacts, before: Date) {
  await enqueueMail(tx, {
    councilId: f.councilId,
    kind: 'commission.due-changed',
    to: f.authorEmail,
    subject: `Now due ${formatDayLong(f.dueOn)}: ${f.title}`,
    text: [
      `Dear ${f.authorName},`,
      '',
      `${f.boardName} at ${f.councilName} now asks for your paper “${f.title}” by ${formatDayLong(f.dueOn)} (it was ${formatDayLong(before)}).`,
      'The upload link sent to you before still works.',
      ...askedByLines(f),
    ].join('\n'),
  });
}

export type { CommissionMailFacts };
