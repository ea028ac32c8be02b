import type { Route } from 'next';
import { path, route, type Query } from './build';

/** The council's own pages: its boards, and its administrators' pages. */

export const councilPath = (council: string): Route => route(path`/${council}`);

export const newBoardPath = (council: string): Route => route(path`/${council}/boards/new`);

export type CouncilAdminPage = 'members' | 'contacts' | 'audit' | 'mail' | 'security' | 'lists';

export const councilAdminPath = (council: string, page: CouncilAdminPage, query?: Query): Route => route(`${path`/${council}/admin`}/${page}`, query);

/** The council's registers of interests: a member's own, or (for its administrators, ?person=id) anyone's. */
/** A commissioned paper, for its author signed in to the council (the emailed link needs no account). */
export const authorCommissionPath = (council: string, commissionId: string): Route => route(path`/${council}/commissioned-papers/${commissionId}`);
export const interestsPath = (council: string, query?: Query): Route => route(path`/${council}/interests`, query);
