import { z } from 'zod';
import { boardOf, defineAction } from '../action/define';
import { AppError, invalid, notFound } from '../errors';
import { formatDateTime } from '../format';
import { isAgendaPublic } from '../rules/public-visibility';
import { mailAgendaPublished } from './subscriber-mail';

export const publishMeetingSchema = z.object({
  meetingId: z.string().uuid('Choose a meeting'),
  // publishing a draft the Chair has not agreed must be said in so many words
  withoutAgreement: z
    .any()
    .optional()
    .transform((v) => v === 'yes'),
});

/**
 * "Publish now": puts a public board's meeting agenda and public papers on its public
 * page before the publication notice would (lib/rules/public-visibility.ts). An agreed
 * agenda also goes up by itself at the deadline; a draft the Chair has not agreed never
 * does, and is published only when the administrator ticks that they are publishing it
 * unagreed, which the audit trail keeps. Publishing cannot be undone here: what the
 * public has seen has been seen.
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
      select: {
        id: true,
        title: true,
        startsAt: true,
        status: true,
        publishedAt: true,
        agendaAgreedAt: true,
        board: { select: { isPublic: true, publicationNoticeDays: true } },
      },
    });
    if (!meeting) throw notFound('Meeting');
    if (!meeting.board.isPublic) throw new AppError('INVALID', 'This board does not publish its meetings. Its settings say it is private.');
    if (meeting.status !== 'SCHEDULED') throw new AppError('INVALID', 'Only a scheduled meeting can be published');
    if (isAgendaPublic(meeting, meeting.board.publicationNoticeDays, ctx.now)) {
      return { data: { meetingId: meeting.id }, audit: [], message: 'This meeting is already on the public page.' };
    }
    const draft = !meeting.agendaAgreedAt;
    if (draft && !input.withoutAgreement) {
      throw invalid({
        withoutAgreement: ['The Chair has not agreed this agenda: tick the box to publish the draft anyway, or wait for the Chair to agree it'],
      });
    }
    const { count } = await ctx.tx.meeting.updateMany({ where: { id: meeting.id, publishedAt: null }, data: { publishedAt: ctx.now } });
    if (count === 0) return { data: { meetingId: meeting.id }, audit: [], message: 'This meeting is already on the public page.' };
    await mailAgendaPublished(ctx.tx, meeting.id, ctx.now);
    return {
      data: { meetingId: meeting.id },
      message: `The ${draft ? 'draft agenda' : 'agenda'} and public papers of ${meeting.title} on ${formatDateTime(meeting.startsAt)} are now on the public page${draft ? ', marked as not yet agreed by the Chair' : ''}.`,
      audit: [
        {
          kind: 'meeting.publish',
          entityType: 'Meeting',
          entityId: meeting.id,
          summary: `Published ${meeting.title} to the public page${draft ? ' before the Chair agreed its agenda' : ''}`,
          before: { publishedAt: null },
          after: { publishedAt: ctx.now, ...(draft ? { withoutChairAgreement: true } : {}) },
        },
      ],
    };
  },
});
