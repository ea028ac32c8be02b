import type { Route } from 'next';
import { path, route } from './build';

/** The pages anyone can read without signing in. */

export const publicCouncilPath = (council: string): Route => route(path`/public/${council}`);
export const publicBoardPath = (council: string, board: string): Route => route(path`/public/${council}/${board}`);
export const publicMinutesPath = (council: string, board: string, minutesId: string): Route => route(path`/public/${council}/${board}/minutes/${minutesId}`);
export const publicPaperPath = (council: string, board: string, fileId: string): Route => route(path`/public/${council}/${board}/papers/${fileId}`);
/** The Atom feed of a public board's agendas, moved or cancelled meetings and minutes. */
export const publicFeedPath = (council: string, board: string): Route => route(path`/public/${council}/${board}/feed.atom`);
/** Where a subscriber confirms by pressing a button (a mail scanner opening the link confirms nothing). */
export const publicConfirmSubscriptionPath = (council: string, board: string, token?: string): Route =>
  route(path`/public/${council}/${board}/subscribe/confirm`, { token });
/** Where a subscriber stops every mail about the board, without an account. */
export const publicUnsubscribePath = (council: string, board: string, token?: string): Route => route(path`/public/${council}/${board}/unsubscribe`, { token });
/** The List-Unsubscribe address: a mail client POSTs to it to unsubscribe in one click (RFC 8058). */
export const publicOneClickUnsubscribePath = (council: string, board: string, token?: string): Route =>
  route(path`/public/${council}/${board}/unsubscribe/one-click`, { token });
export const publicInterestsPath = (council: string, board: string): Route => route(path`/public/${council}/${board}/interests`);
