import { apologyDeadline, paperDeadline, publicationDeadline } from './deadlines';
import type { Region } from './bank-holidays';

export type NoticeRules = { paperNoticeWorkingDays: number; apologyNoticeWorkingDays: number; publicationNoticeDays: number; isPublic: boolean };

export type PassedDeadline = { kind: 'papers' | 'apologies' | 'publication'; deadline: Date };

/**
 * The deadlines of a meeting at `startsAt` that have already passed at `now`: scheduled
 * (or moved) that late, its papers, apologies and (on a public board) its publication
 * cannot be on time. Earliest first, as they fall.
 */
export function passedDeadlines(startsAt: Date, rules: NoticeRules, region: Region, now: Date): PassedDeadline[] {
  const all: PassedDeadline[] = [
    { kind: 'papers', deadline: paperDeadline(startsAt, rules.paperNoticeWorkingDays, region) },
    { kind: 'apologies', deadline: apologyDeadline(startsAt, rules.apologyNoticeWorkingDays, region) },
    ...(rules.isPublic ? [{ kind: 'publication' as const, deadline: publicationDeadline(startsAt, rules.publicationNoticeDays) }] : []),
  ];
  return all.filter((d) => d.deadline.getTime() < now.getTime()).sort((a, b) => a.deadline.getTime() - b.deadline.getTime());
}
