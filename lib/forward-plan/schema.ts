import { z } from 'zod';
import { versionField } from '../forms/fields';
import { labels } from '../labels';

export const forwardPlanKinds = ['DEEP_DIVE', 'REPORT', 'INSPECTION_MILESTONE', 'OTHER'] as const;
export const forwardPlanKindLabels: Record<(typeof forwardPlanKinds)[number], string> = labels.forwardPlanKind;

const uuid = z.string({ message: 'Page not found' }).uuid('Page not found');

const itemFields = {
  // blank: planned, but for a meeting not yet scheduled
  meetingId: z
    .union([z.literal(''), z.string().uuid('Choose a meeting from the list')])
    .optional()
    .transform((v) => v || null),
  kind: z.enum(forwardPlanKinds, { message: 'Choose what kind of item it is' }),
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
};

export const createItemSchema = z.object(itemFields);
// the version the form was opened at: a save over someone else's newer one is refused
export const updateItemSchema = z.object({ itemId: uuid, version: versionField, ...itemFields });
export const removeItemSchema = z.object({ itemId: uuid });
export const addToAgendaSchema = z.object({ meetingId: uuid });
