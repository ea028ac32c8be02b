/**
 * Facts about a meeting in time. Pure: the caller passes the clock (ctx.now in actions,
 * the request's time on pages), so tests never wait for real time.
 */
export type MeetingMoment = { status: string; startsAt: Date };

/**
 * The meeting has begun: recorded as held, or its start time has come, and it was not
 * cancelled. From then on it can have minutes, be named as the meeting that agreed
 * something, and no longer be planned for.
 */
export const hasBegun = (meeting: MeetingMoment, now: Date): boolean =>
  meeting.status !== 'CANCELLED' && (meeting.status === 'HELD' || meeting.startsAt.getTime() <= now.getTime());

/** A meeting still to come that items can be planned for: scheduled and not begun. */
export const isUpcoming = (meeting: MeetingMoment, now: Date): boolean => meeting.status === 'SCHEDULED' && !hasBegun(meeting, now);
