import { z } from 'zod';

export const purposes = ['DECISION', 'ASSURANCE', 'INFORMATION'] as const;
export const standingItems = ['DECLARATIONS_OF_INTEREST', 'APOLOGIES', 'PREVIOUS_MINUTES', 'ACTION_LOG', 'RISK_LOG', 'FORWARD_PLAN'] as const;
export type StandingKind = (typeof standingItems)[number];

const uuid = z.string().uuid('Page not found');
// A select left on "none" posts an empty string.
const optionalId = (message: string) =>
  z
    .union([z.literal(''), z.string().uuid(message)])
    .optional()
    .transform((v) => v || null);
const version = z.coerce.number({ message: 'Reload the page and try again' }).int().min(1);

const itemFields = {
  title: z
    .string({ message: 'Enter the title of the item' })
    .trim()
    .min(1, 'Enter the title of the item')
    .max(300, 'The title must be 300 characters or fewer'),
  presenter: z
    .string()
    .trim()
    .max(200, 'The presenter must be 200 characters or fewer')
    .optional()
    .transform((v) => v || null),
  purpose: z.enum(purposes, { message: 'Choose the purpose: decision, assurance or information' }),
  durationMinutes: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^\d{1,3}$/.test(v) && Number(v) >= 1 && Number(v) <= 480), 'Enter the timing as a whole number of minutes, from 1 to 480')
    .transform((v) => (v ? Number(v) : null)),
};

const links = {
  actionId: optionalId('Choose an action from the list'),
  riskId: optionalId('Choose a risk from the list'),
  planActionId: optionalId('Choose a plan action from the list'),
};

export const addItemSchema = z.object({ meetingId: uuid, ...itemFields, ...links });

export const addStandingItemSchema = z.object({ meetingId: uuid, standing: z.enum(standingItems, { message: 'Choose a standing item' }) });

export const updateItemSchema = z.object({ itemId: uuid, version, ...itemFields });

export const moveItemSchema = z.object({ itemId: uuid, direction: z.enum(['up', 'down']) });

export const removeItemSchema = z.object({ itemId: uuid });

export const linkTargets = { action: 'actionId', risk: 'riskId', planAction: 'planActionId' } as const;
const chooseMessage = { action: 'Choose an action to link', risk: 'Choose a risk to link', planAction: 'Choose a plan action to link' } as const;

/** One link at a time: the form says which kind, and names its select after it. */
export const linkItemSchema = z
  .object({ itemId: uuid, target: z.enum(['action', 'risk', 'planAction']), ...links })
  .superRefine((v, ctx) => {
    const field = linkTargets[v.target];
    if (!v[field]) ctx.addIssue({ code: 'custom', message: chooseMessage[v.target], path: [field] });
  })
  .transform((v) => ({ itemId: v.itemId, target: v.target, targetId: v[linkTargets[v.target]] ?? '' }));

export const unlinkItemSchema = z.object({ linkId: uuid });

export const agreeAgendaSchema = z.object({ meetingId: uuid, version });
