import { z } from 'zod';
import { readDay } from '../meetings/schema';
import { asDayInput, type DayParts } from '../forms/date';

const boxesOrText = (v: unknown): string | DayParts => {
  const input = asDayInput(v);
  return typeof input === 'string' ? input.trim() : input;
};
const isEmpty = (v: string | DayParts) => (typeof v === 'string' ? v === '' : !v.day && !v.month && !v.year);

export const riskStatuses = ['OPEN', 'MONITORING', 'ESCALATED', 'CLOSED'] as const;
/** The statuses a person sets by hand; ESCALATED comes only from escalating the risk. */
export const settableStatuses = ['OPEN', 'MONITORING', 'CLOSED'] as const;

export const likelihoodWords = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'] as const;
export const impactWords = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'] as const;

const uuid = z.string({ message: 'Page not found' }).uuid('Page not found');

const optionalUuid = (message: string) =>
  z
    .string()
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || z.string().uuid().safeParse(v).success, message);

const text = (max: number, empty: string, long: string) => z.string({ message: empty }).trim().min(1, empty).max(max, long);
const optionalText = (max: number, long: string) =>
  z
    .string()
    .trim()
    .max(max, long)
    .optional()
    .transform((v) => v || null);

/** A level on the 5x5 matrix, typed or chosen: a whole number from 1 to 5, with the question in the message. */
export const level = (what: string) =>
  z
    .string({ message: `Choose the ${what} from 1 to 5` })
    .trim()
    .superRefine((v, ctx) => {
      if (v === '') ctx.addIssue({ code: 'custom', message: `Choose the ${what} from 1 to 5` });
      else if (!/^[1-5]$/.test(v)) ctx.addIssue({ code: 'custom', message: `The ${what} must be a whole number from 1 to 5` });
    })
    .transform(Number);

export const day = (empty: string, invalid: string) =>
  z
    .any()
    .optional()
    .transform((v, ctx) => {
      const input = boxesOrText(v);
      if (isEmpty(input)) {
        ctx.addIssue({ code: 'custom', message: empty });
        return '';
      }
      const read = readDay(input);
      if (!read) ctx.addIssue({ code: 'custom', message: invalid });
      return read ?? '';
    });

const optionalDay = (invalid: string) =>
  z
    .any()
    .optional()
    .transform((v, ctx) => {
      const input = boxesOrText(v);
      if (isEmpty(input)) return null;
      const read = readDay(input);
      if (!read) ctx.addIssue({ code: 'custom', message: invalid });
      return read;
    });

export const version = z.coerce.number({ message: 'Reload the page and try again' }).int().min(1);

const riskFields = {
  title: text(200, 'Enter a title for the risk', 'The title must be 200 characters or fewer'),
  description: text(4000, 'Describe the risk', 'The description must be 4,000 characters or fewer'),
  cause: optionalText(2000, 'The cause must be 2,000 characters or fewer'),
  consequence: optionalText(2000, 'The consequence must be 2,000 characters or fewer'),
  category: text(100, 'Enter a category, for example Workforce', 'The category must be 100 characters or fewer'),
  ownerSeatId: optionalUuid('Choose an owner from the list'),
  ownerName: optionalText(200, 'The owner’s name must be 200 characters or fewer'),
  inherentLikelihood: level('inherent likelihood'),
  inherentImpact: level('inherent impact'),
  currentLikelihood: level('current likelihood'),
  currentImpact: level('current impact'),
  targetLikelihood: level('target likelihood'),
  targetImpact: level('target impact'),
  controls: optionalText(4000, 'The controls must be 4,000 characters or fewer'),
  reviewDueOn: day('Enter the date of the next review', 'Enter the next review date as a real date, for example 3/11/2026'),
};

export const createRiskSchema = z.object(riskFields);
export const updateRiskSchema = z.object({ riskId: uuid, version, ...riskFields });
export type RiskInput = z.infer<typeof createRiskSchema>;

export const reviewRiskSchema = z.object({
  riskId: uuid,
  version,
  reviewedOn: day('Enter the date of the review', 'Enter the review date as a real date, for example 3/11/2026'),
  likelihood: level('likelihood'),
  impact: level('impact'),
  note: optionalText(2000, 'The note must be 2,000 characters or fewer'),
  nextReviewOn: day('Enter the date of the next review', 'Enter the next review date as a real date, for example 3/11/2026'),
});

export const addMitigationSchema = z.object({
  riskId: uuid,
  mitigation: text(1000, 'Describe the mitigation', 'The mitigation must be 1,000 characters or fewer'),
  mitigationOwner: optionalText(200, 'The owner must be 200 characters or fewer'),
  mitigationDueOn: optionalDay('Enter the due date as a real date, for example 3/11/2026'),
});

export const completeMitigationSchema = z.object({ riskId: uuid, mitigationId: uuid });

export const changeStatusSchema = z.object({
  riskId: uuid,
  version,
  status: z.enum(settableStatuses, { message: 'Choose open, monitoring or closed' }),
});

export const escalateRiskSchema = z.object({
  riskId: uuid,
  version,
  targetBoardId: z.string({ message: 'Choose the board to escalate to' }).min(1, 'Choose the board to escalate to').uuid('Choose the board to escalate to'),
  escalationNote: optionalText(2000, 'The reason must be 2,000 characters or fewer'),
});
