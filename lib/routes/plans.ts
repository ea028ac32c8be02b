import type { Route } from 'next';
import { path, route, type Query } from './build';

/** A board's improvement plans and each plan's pages. */

const plans = (council: string, board: string) => path`/${council}/boards/${board}/plan`;
const plan = (council: string, board: string, planId: string) => `${plans(council, board)}${path`/${planId}`}`;

export const plansPath = (council: string, board: string): Route => route(plans(council, board));
export const newPlanPath = (council: string, board: string): Route => route(`${plans(council, board)}/new`);

export const planPath = (council: string, board: string, planId: string, query?: Query): Route => route(plan(council, board, planId), query);

/** The plan's tabs, in the order of its menu. */
export type PlanSection = 'findings' | 'carry-over' | 'measures' | 'import' | 'export' | 'report' | 'settings';

export const planSectionPath = (council: string, board: string, planId: string, section: PlanSection, query?: Query): Route =>
  route(`${plan(council, board, planId)}/${section}`, query);

export const planActionPath = (council: string, board: string, planId: string, actionId: string, query?: Query): Route =>
  route(`${plan(council, board, planId)}${path`/actions/${actionId}`}`, query);
export const newPlanActionPath = (council: string, board: string, planId: string, query?: Query): Route =>
  route(`${plan(council, board, planId)}/actions/new`, query);

export const newMeasurePath = (council: string, board: string, planId: string): Route => route(`${plan(council, board, planId)}/measures/new`);
export const importMeasuresPath = (council: string, board: string, planId: string): Route => route(`${plan(council, board, planId)}/measures/import`);
export const measureStepPath = (council: string, board: string, planId: string, measureId: string, step: 'edit' | 'add-value'): Route =>
  route(`${plan(council, board, planId)}${path`/measures/${measureId}`}/${step}`);

/** The plan's downloads: the export (PDF, Excel) and the report (PDF, Word). */
export type PlanFile = 'export/pdf' | 'export/xlsx' | 'report/pdf' | 'report/docx';

export const planFilePath = (council: string, board: string, planId: string, file: PlanFile, query?: Query): Route =>
  route(`${plan(council, board, planId)}/${file}`, query);
