import type { Route } from 'next';
import { path, route } from './build';

/** The pages anyone can read without signing in. */

export const publicCouncilPath = (council: string): Route => route(path`/public/${council}`);
export const publicBoardPath = (council: string, board: string): Route => route(path`/public/${council}/${board}`);
export const publicMinutesPath = (council: string, board: string, minutesId: string): Route => route(path`/public/${council}/${board}/minutes/${minutesId}`);
export const publicPaperPath = (council: string, board: string, fileId: string): Route => route(path`/public/${council}/${board}/papers/${fileId}`);
export const publicInterestsPath = (council: string, board: string): Route => route(path`/public/${council}/${board}/interests`);
