import { z } from 'zod';
import { SUBSCRIPTION_TOPICS } from '../rules/public-subscription';

/** The public board page's "get email updates" form. */
export const subscribeSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'Enter your email address')
    .max(320, 'Enter an email address of 320 characters or fewer')
    .email('Enter an email address in the correct format, like name@example.com'),
  topics: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(SUBSCRIPTION_TOPICS, 'Choose from the list')).min(1, 'Choose at least one thing to be emailed about'),
  ),
});
