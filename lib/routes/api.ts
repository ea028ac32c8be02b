import type { Route } from 'next';
import { path, route, type Query } from './build';

/** The route handlers that are not pages: paper uploads and downloads, packs, calendar feeds, health. */

const meetingApi = (council: string, board: string, meetingId: string) => path`/api/councils/${council}/boards/${board}/meetings/${meetingId}`;

export const paperUploadPath = (council: string, board: string, meetingId: string): Route => route(`${meetingApi(council, board, meetingId)}/papers`);
export const paperFilePath = (council: string, board: string, meetingId: string, paperId: string, fileId: string, query?: Query): Route =>
  route(`${meetingApi(council, board, meetingId)}${path`/papers/${paperId}/files/${fileId}`}`, query);
export const meetingPackPath = (council: string, board: string, meetingId: string): Route => route(`${meetingApi(council, board, meetingId)}/pack`);

/** A commissioned paper's file: its author sends it (with the link's token, or signed in); its board's administrators and reviewer read it. */
export const commissionFileApiPath = (council: string, commissionId: string, query?: Query): Route =>
  route(path`/api/councils/${council}/commissioned-papers/${commissionId}/file`, query);

/** The file a commissioned paper's author sent, for its board's administrators and reviewer to read before it is circulated. */
export const commissionSubmittedFilePath = (council: string, board: string, commissionId: string): Route =>
  route(path`/api/councils/${council}/boards/${board}/commissioned-papers/${commissionId}/file`);

/** A person's calendar feed: the token is the address's secret. */
export const calendarFeedPath = (token: string): Route => route(path`/api/calendar/${token}`);

export const healthPath = (details?: 'details'): Route => route(details ? '/api/health/details' : '/api/health');
