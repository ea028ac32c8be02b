import { z } from 'zod';
import { requiredId } from '../forms/fields';

const asText = (v: unknown) => (v === undefined || v === null ? '' : v);

const emailField = z.preprocess(
  asText,
  z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { message: 'Enter their email address', abort: true })
    .max(320, 'The email address must be 320 characters or fewer')
    .email('Enter an email address in the correct format, like name@council.gov.uk'),
);

export const contactEmailSchema = z.object({ contactId: requiredId('That contact was not found'), email: emailField });

export const mergeContactSchema = z.object({
  contactId: requiredId('That contact was not found'),
  accountId: requiredId('Choose the account that is the same person'),
});

export const moveSeatSchema = z.object({
  seatId: requiredId('That seat was not found'),
  accountId: requiredId('Choose the account to move the seat to'),
});
