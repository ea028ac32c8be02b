import type { Route } from 'next';
import { path, route, type Query } from './build';

/** One board's pages, apart from its meetings (./meetings) and improvement plans (./plans). */

const board = (council: string, slug: string) => path`/${council}/boards/${slug}`;

export const boardPath = (council: string, slug: string, query?: Query): Route => route(board(council, slug), query);

/** The board's tabs (its index pages), in the order of the board's menu. */
export type BoardSection =
  'meetings' | 'actions' | 'risks' | 'forward-plan' | 'plan' | 'membership' | 'terms' | 'settings' | 'recommendations' | 'commissioned-papers';

export const boardSectionPath = (council: string, slug: string, section: BoardSection, query?: Query): Route =>
  route(`${board(council, slug)}/${section}`, query);

// The action log
export const newActionPath = (council: string, slug: string): Route => route(`${board(council, slug)}/actions/new`);
/** Bringing in the board's earlier action log from a spreadsheet. */
export const actionLogImportPath = (council: string, slug: string): Route => route(`${board(council, slug)}/actions/import`);
export const actionPath = (council: string, slug: string, reference: string, query?: Query): Route =>
  route(`${board(council, slug)}${path`/actions/${reference}`}`, query);
export const actionStepPath = (council: string, slug: string, reference: string, step: 'edit' | 'drop'): Route =>
  route(`${board(council, slug)}${path`/actions/${reference}`}/${step}`);
export const actionLogExportPath = (council: string, slug: string, format: 'csv' | 'xlsx', query?: Query): Route =>
  route(`${board(council, slug)}/actions/export.${format}`, query);

// The risk log
export const newRiskPath = (council: string, slug: string): Route => route(`${board(council, slug)}/risks/new`);
export const riskPath = (council: string, slug: string, reference: string, query?: Query): Route =>
  route(`${board(council, slug)}${path`/risks/${reference}`}`, query);
export const editRiskPath = (council: string, slug: string, reference: string): Route => route(`${board(council, slug)}${path`/risks/${reference}`}/edit`);

// The forward plan
export const forwardPlanItemPath = (council: string, slug: string, itemId: string): Route => route(`${board(council, slug)}${path`/forward-plan/${itemId}`}`);

// Commissioned papers: asking an author for a paper, from an agenda item or a forward plan item
export const newCommissionPath = (council: string, slug: string, query?: { agendaItem?: string; forwardPlanItem?: string }): Route =>
  route(`${board(council, slug)}/commissioned-papers/new`, query);
export const commissionPath = (council: string, slug: string, commissionId: string, query?: Query): Route =>
  route(`${board(council, slug)}${path`/commissioned-papers/${commissionId}`}`, query);

// Membership: the seats, and attendance across meetings
export const newSeatPath = (council: string, slug: string): Route => route(`${board(council, slug)}/membership/new`);
export const seatPath = (council: string, slug: string, seatId: string): Route => route(`${board(council, slug)}${path`/membership/${seatId}`}`);
export const seatStepPath = (council: string, slug: string, seatId: string, step: 'fill' | 'substitute' | 'end'): Route =>
  route(`${board(council, slug)}${path`/membership/${seatId}`}/${step}`);
export const attendanceRecordPath = (council: string, slug: string, query?: Query): Route => route(`${board(council, slug)}/membership/attendance`, query);
export const attendanceExportPath = (council: string, slug: string, query?: Query, format: 'csv' | 'xlsx' = 'csv'): Route =>
  route(`${board(council, slug)}/membership/attendance/export.${format}`, query);

// Terms of reference
export const termsVersionPath = (council: string, slug: string, label: string, query?: Query): Route =>
  route(`${board(council, slug)}${path`/terms/${label}`}`, query);
export const termsVersionFilePath = (council: string, slug: string, label: string, file: 'print' | 'pdf'): Route =>
  route(`${board(council, slug)}${path`/terms/${label}`}/${file}`);
export const termsComparePath = (council: string, slug: string, query?: Query): Route => route(`${board(council, slug)}/terms/compare`, query);
