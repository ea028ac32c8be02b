import type { Route } from 'next';
import { path, route, type Query } from './build';

/** A board's meetings and each meeting's pages. */

const meetings = (council: string, board: string) => path`/${council}/boards/${board}/meetings`;
const meeting = (council: string, board: string, meetingId: string) => `${meetings(council, board)}${path`/${meetingId}`}`;

export const meetingsPath = (council: string, board: string, query?: Query): Route => route(meetings(council, board), query);
export const newMeetingPath = (council: string, board: string, kind: 'one' | 'series' | 'historical' = 'one'): Route =>
  route(`${meetings(council, board)}/new${kind === 'one' ? '' : `/${kind}`}`);

/** A planning group's page of the agendas it agrees for other boards. */
export const agendasToAgreePath = (council: string, board: string): Route => route(`${meetings(council, board)}/agendas-to-agree`);

export const meetingPath = (council: string, board: string, meetingId: string, query?: Query): Route => route(meeting(council, board, meetingId), query);

/** A meeting's own pages, under the meeting's page. */
export type MeetingSection = 'edit' | 'attendance' | 'papers' | 'minutes' | 'declarations';

export const meetingSectionPath = (council: string, board: string, meetingId: string, section: MeetingSection, query?: Query): Route =>
  route(`${meeting(council, board, meetingId)}/${section}`, query);

export const minutesPath = (council: string, board: string, meetingId: string, query?: Query): Route =>
  meetingSectionPath(council, board, meetingId, 'minutes', query);

/** The minutes as a PDF: a version's (`{ version }`), else the newest the person may read. */
export const minutesPdfPath = (council: string, board: string, meetingId: string, query?: Query): Route =>
  route(`${meeting(council, board, meetingId)}/minutes/pdf`, query);

export const agendaItemPath = (council: string, board: string, meetingId: string, itemId: string): Route =>
  route(`${meeting(council, board, meetingId)}${path`/agenda/${itemId}`}`);

/** The meeting as a calendar event (.ics). */
export const meetingCalendarPath = (council: string, board: string, meetingId: string): Route => route(`${meeting(council, board, meetingId)}/calendar.ics`);
