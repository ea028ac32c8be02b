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
};

const fileRules = () => `A PDF, Word (DOCX), Excel (XLSX) or PowerPoint (PPTX) file, smaller than ${formatLimit(maxUploadBytes())}.`;

/** To the author: what is asked, by when, and the single-use upload link (the token goes in only as the mail is delivered). */
export async function mailAuthorRequest(tx: Tx, f: CommissionMailFacts, token: string, expiresAt: Date, changes?: { note: string; reviewerName: string }) {
  const link = `${appUrl()}${commissionUploadPagePath(SECRET_PLACEHOLDER)}`;
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
    '',
    `Upload it here (the link works once, until ${formatDateTime(expiresAt)}):`,
    link,
    '',
    fileRules(),
    ...(f.authorHasAccount ? ['', `You can also upload it when signed in: ${appUrl()}${authorCommissionPath(f.councilSlug, f.commissionId)}`] : []),
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

export type { CommissionMailFacts };
