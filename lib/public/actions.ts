import { z } from 'zod';
import { boardOf, defineAction } from '../action/define';
import { AppError, notFound } from '../errors';
import { formatDateTime } from '../format';
import { agendaPublicFrom } from '../rules/public-visibility';

export const publishMeetingSchema = z.object({ meetingId: z.string().uuid('Choose a meeting') });

/**
 * "Publish now": puts a public board's meeting agenda and public papers on its public
 * page before the publication notice would (lib/rules/public-visibility.ts). Only once
 * the Chair has agreed the agenda, so the public never sees a draft early; at the
 * deadline it goes up by itself whatever its state. Publishing cannot be undone here:
 * what the public has seen has been seen.
 */
export const publishMeeting = defineAction({
  name: 'public.publish-meeting',
  scope: 'board',
  resource: 'meeting',
  operation: 'update',
  schema: publishMeetingSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const meeting = await ctx.tx.meeting.findFirst({
      where: { id: input.meetingId, boardId: board.id },
      select: { id: true, title: true, startsAt: true, status: true, publishedAt: true, agendaAgreedAt: true, board: { select: { isPublic: true, publicationNoticeDays: true } } },
    });
    if (!meeting) throw notFound('Meeting');
    if (!meeting.board.isPublic) throw new AppError('INVALID', 'This board does not publish its meetings. Its settings say it is private.');
    if (meeting.status !== 'SCHEDULED') throw new AppError('INVALID', 'Only a scheduled meeting can be published');
    if (!meeting.agendaAgreedAt) throw new AppError('INVALID', 'The Chair has not agreed the agenda yet. Publish once it is agreed.');
    const automatic = agendaPublicFrom(meeting.startsAt, null, meeting.board.publicationNoticeDays);
    if (meeting.publishedAt || ctx.now.getTime() >= automatic.getTime()) {
      return { data: { meetingId: meeting.id }, audit: [], message: 'This meeting is already on the public page.' };
    }
    const { count } = await ctx.tx.meeting.updateMany({ where: { id: meeting.id, publishedAt: null }, data: { publishedAt: ctx.now } });
    if (count === 0) return { data: { meetingId: meeting.id }, audit: [], message: 'This meeting is already on the public page.' };
    return {
      data: { meetingId: meeting.id },
      message: `The agenda and public papers of ${meeting.title} on ${formatDateTime(meeting.startsAt)} are now on the public page.`,
      audit: [{ kind: 'meeting.publish', entityType: 'Meeting', entityId: meeting.id, summary: `Published ${meeting.title} to the public page`, before: { publishedAt: null }, after: { publishedAt: ctx.now } }],
    };
  },
});
