import { appUrl } from '../app-url';
import { label } from '../labels';
import type { IcsEvent } from './ics';
import { meetingPath } from '../routes';

export const meetingEventSelect = {
  id: true,
  title: true,
  kind: true,
  theme: true,
  startsAt: true,
  endsAt: true,
  venue: true,
  virtualLink: true,
  status: true,
  cancelledReason: true,
  version: true,
  updatedAt: true,
  board: { select: { slug: true, name: true } },
} as const;

export type MeetingForCalendar = {
  id: string;
  title: string;
  kind: string;
  theme: string | null;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  virtualLink: string | null;
  status: string;
  cancelledReason: string | null;
  version: number;
  updatedAt: Date;
  board: { slug: string; name: string };
};

export const meetingPageUrl = (councilSlug: string, m: { id: string; board: { slug: string } }) => `${appUrl()}${meetingPath(councilSlug, m.board.slug, m.id)}`;

/**
 * One meeting as a calendar event. The UID is the meeting's own id, so a reschedule or a
 * cancellation updates the event already in someone's calendar; SEQUENCE is the
 * meeting's version, which rises with every change.
 */
export function meetingEvent(council: { slug: string; name: string }, m: MeetingForCalendar): IcsEvent {
  const cancelled = m.status === 'CANCELLED';
  const url = meetingPageUrl(council.slug, m);
  const description = [
    `${m.board.name}, ${council.name}`,
    m.kind !== 'ORDINARY' ? `${label('meetingKind', m.kind)}${m.theme ? `: ${m.theme}` : ''}` : null,
    cancelled ? `This meeting is cancelled.${m.cancelledReason ? ` ${m.cancelledReason}` : ''}` : null,
    m.virtualLink ? `Join virtually: ${m.virtualLink}` : null,
    `Agenda, papers and apologies: ${url}`,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    uid: `meeting-${m.id}@tabled`,
    start: m.startsAt,
    end: m.endsAt,
    summary: `${cancelled ? 'Cancelled: ' : ''}${m.title}`,
    location: m.venue ?? (m.virtualLink ? 'Online' : null),
    description,
    url,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    sequence: m.version,
    lastModified: m.updatedAt,
  };
}
