import { z } from 'zod';

export const inviteSchema = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, 'Enter an email address')
      .max(320)
      .email('Enter an email address in the correct format, like name@council.gov.uk'),
    councilRole: z.enum(['MEMBER', 'ADMIN'], { message: 'Choose a council role' }),
    boardId: z
      .union([z.literal(''), z.string().uuid('Choose a board from the list')])
      .optional()
      .transform((v) => v || null),
    boardRole: z
      .union([z.literal(''), z.enum(['ADMINISTRATOR', 'CHAIR', 'MEMBER', 'SUBSTITUTE', 'ATTENDEE', 'OBSERVER'])])
      .optional()
      .transform((v) => v || null),
  })
  .refine((v) => Boolean(v.boardId) === Boolean(v.boardRole), {
    message: 'Choose both a board and a role on it, or neither',
    path: ['boardRole'],
  });

export const invitationIdSchema = z.object({ invitationId: z.string().uuid() });

export const acceptWithAccountSchema = z.object({
  token: z.string().min(10).max(200),
  name: z.string().trim().min(1, 'Enter your full name').max(200),
  password: z.string().min(12, 'Password must be at least 12 characters').max(200),
});
