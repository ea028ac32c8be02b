// The pages the benchmark measures. Add a page here as it lands: every page that lists or
// aggregates belongs in this list.
export type SeedInfo = { council: { slug: string }; board: { slug: string }; meetingId: string; actionReference?: string; planId?: string };

export type PageDef = {
  key: string;
  name: string;
  /** null: the page is not built yet; it is listed in the report as such */
  path: ((s: SeedInfo) => string) | null;
  /** timed at every data size (the growth figures); the issue asks for the two logs, the rest show unbounded lists */
  growth?: boolean;
};

const board = (s: SeedInfo) => `/${s.council.slug}/boards/${s.board.slug}`;

export const PAGES: PageDef[] = [
  { key: 'board-overview', name: 'Board overview', path: (s) => board(s) },
  { key: 'meetings', name: 'Meeting list', path: (s) => `${board(s)}/meetings`, growth: true },
  { key: 'meeting', name: 'Meeting: agenda and papers', path: (s) => `${board(s)}/meetings/${s.meetingId}` },
  { key: 'actions', name: 'Action log, first page', path: (s) => `${board(s)}/actions`, growth: true },
  { key: 'actions-overdue', name: 'Action log, overdue', path: (s) => `${board(s)}/actions?view=overdue`, growth: true },
  { key: 'actions-in-progress', name: 'Action log, in progress', path: (s) => `${board(s)}/actions?status=IN_PROGRESS` },
  { key: 'actions-mine-sorted', name: 'Action log, my overdue actions by owner', path: (s) => `${board(s)}/actions?mine=1&overdue=1&sort=owner` },
  { key: 'actions-search', name: 'Action log, search text', path: (s) => `${board(s)}/actions?q=impact&sort=reference&dir=desc` },
  { key: 'action', name: 'Action: dates, updates and forms', path: (s) => `${board(s)}/actions/${s.actionReference ?? 'IB-0000-000'}` },
  { key: 'risks', name: 'Risk log with heat map', path: (s) => `${board(s)}/risks`, growth: true },
  { key: 'risks-above-appetite', name: 'Risk log, above appetite by score', path: (s) => `${board(s)}/risks?appetite=above&sort=score`, growth: true },
  { key: 'risks-review-due', name: 'Risk log, reviews due, all statuses', path: (s) => `${board(s)}/risks?status=all&review=due&sort=review`, growth: true },
  { key: 'risk', name: 'A risk with its score history', path: (s) => `${board(s)}/risks/R001` },
  { key: 'forward-plan', name: 'Forward plan', path: (s) => `${board(s)}/forward-plan` },
  { key: 'plan', name: 'Improvement plans list', path: (s) => `${board(s)}/plan`, growth: true },
  {
    key: 'plan-overview',
    name: 'Plan overview, one theme',
    path: (s) => `${board(s)}/plan/${s.planId ?? '00000000-0000-0000-0000-000000000000'}`,
    growth: true,
  },
  { key: 'council', name: "Council's board list", path: (s) => `/${s.council.slug}` },
  { key: 'audit', name: 'Council audit trail (admin)', path: (s) => `/${s.council.slug}/admin/audit`, growth: true },
  { key: 'public-board', name: 'Public board page', path: (s) => `/public/${s.council.slug}/${s.board.slug}` },
  { key: 'membership', name: 'Membership', path: (s) => `${board(s)}/membership` },
  { key: 'terms', name: 'Terms of reference', path: (s) => `${board(s)}/terms` },
  { key: 'papers', name: 'Meeting papers', path: (s) => `${board(s)}/meetings/${s.meetingId}/papers` },
  { key: 'attendance', name: 'Apologies and attendance', path: (s) => `${board(s)}/meetings/${s.meetingId}/attendance` },
  { key: 'minutes', name: 'Meeting minutes', path: (s) => `${board(s)}/meetings/${s.meetingId}/minutes` },
  { key: 'my-meetings', name: 'My meetings', path: () => '/my-meetings' },
];
