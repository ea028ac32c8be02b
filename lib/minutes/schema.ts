import { z } from 'zod';
import { parseTypedDay, versionField } from '../forms/fields';
import { actionField, decisionField, discussionField, fieldsToDraft } from './fields';

export const MAX_DISCUSSION = 20_000;
export const MAX_DECISION = 2_000;
export const MAX_DECISION_MAKER = 200;
export const MAX_ACTION = 1_000;
export const MAX_COMMENTS = 5_000;

const uuid = (message = 'Reload the page and try again') => z.string().uuid(message);
const minutesId = uuid();
// the version of the minutes the form was rendered from: a save or a step names it, so a
// clash with someone else's change is detected instead of silently overwriting it. At most
// nine digits, as everywhere else, so it always fits the integer column.
const version = versionField.pipe(z.number().int().min(1, 'Reload the page and try again'));

/**
 * A due date as the app reads typed days everywhere (lib/forms/fields): a real
 * calendar day in a sensible range of years (so never year 0000, which Postgres refuses),
 * as 2026-04-30 or 30/4/2026. Stored as YYYY-MM-DD.
 */
const dueDay = (value: string) => parseTypedDay(value);

export const startMinutesSchema = z.object({ meetingId: uuid('Reload the page and try again') });

export type ParsedDraft = ReturnType<typeof fieldsToDraft>;

/**
 * One save of the whole draft: every item's discussion, decisions and recommendations,
 * and actions arising. A draft may be incomplete (it saves as you type); what must be
 * complete before the Chair sees it is checked when it is sent (see completenessErrors).
 */
export const saveDraftSchema = z
  .looseObject({ minutesId, version })
  .superRefine((raw, ctx) => {
    const draft = fieldsToDraft(raw);
    for (const [p, item] of draft) {
      if ((item.discussion?.length ?? 0) > MAX_DISCUSSION) {
        ctx.addIssue({
          code: 'custom',
          path: [discussionField(p)],
          message: `The discussion for item ${p} must be ${MAX_DISCUSSION.toLocaleString('en-GB')} characters or fewer`,
        });
      }
      for (const { key, row } of item.decisions) {
        if (row.text.length > MAX_DECISION)
          ctx.addIssue({
            code: 'custom',
            path: [decisionField(p, key, 'text')],
            message: `Item ${p}: a decision or recommendation must be ${MAX_DECISION.toLocaleString('en-GB')} characters or fewer`,
          });
        if (row.decisionMaker.length > MAX_DECISION_MAKER)
          ctx.addIssue({
            code: 'custom',
            path: [decisionField(p, key, 'maker')],
            message: `Item ${p}: who decides must be ${MAX_DECISION_MAKER} characters or fewer`,
          });
      }
      for (const { key, row } of item.actions) {
        if (row.description.length > MAX_ACTION)
          ctx.addIssue({
            code: 'custom',
            path: [actionField(p, key, 'description')],
            message: `Item ${p}: an action must be ${MAX_ACTION.toLocaleString('en-GB')} characters or fewer`,
          });
        if (row.ownerSeatId && !z.string().uuid().safeParse(row.ownerSeatId).success)
          ctx.addIssue({ code: 'custom', path: [actionField(p, key, 'owner')], message: `Item ${p}: choose the action's owner from the list` });
        if (row.dueOn && !dueDay(row.dueOn))
          ctx.addIssue({
            code: 'custom',
            path: [actionField(p, key, 'due')],
            message: `Item ${p}: enter the action's due date as a real date, for example 2026-04-30`,
          });
      }
    }
  })
  .transform((raw) => {
    const items = fieldsToDraft(raw);
    for (const item of items.values()) for (const a of item.actions) if (a.row.dueOn) a.row.dueOn = dueDay(a.row.dueOn) ?? a.row.dueOn;
    return { minutesId: raw.minutesId, version: raw.version, items };
  });

export const stepSchema = z.object({ minutesId, version });

export const approveSchema = z.object({
  minutesId,
  version,
  // the fingerprint of the text the Chair was shown: approval is of exactly those words
  textHash: z.string().regex(/^[0-9a-f]{64}$/, 'Reload the page and try again'),
});

export const returnSchema = z.object({
  minutesId,
  version,
  comments: z
    .string()
    .transform((s) => s.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(1, 'Say what needs changing before the minutes can be approved')
        .max(MAX_COMMENTS, `Comments must be ${MAX_COMMENTS.toLocaleString('en-GB')} characters or fewer`),
    ),
});

export const confirmSchema = z.object({
  minutesId,
  version,
  meetingId: z.string().uuid('Choose the meeting at which the board confirmed the minutes'),
});

export const correctSchema = z.object({ minutesId, version });
