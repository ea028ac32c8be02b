import { z } from 'zod';
import { enumField, requiredId, requiredText } from '../forms/fields';

// A missing field reads as empty, so its own message shows (lib/forms/fields.ts).
const asText = (v: unknown) => (v === undefined || v === null ? '' : v);

export const REGIONS = ['ENGLAND_AND_WALES', 'SCOTLAND', 'NORTHERN_IRELAND'] as const;

/**
 * A council's slug is the first segment of every address under it (/northbridge/boards/…),
 * so it may not be one of the app's own top-level pages. tests/unit/platform-schema.test.ts
 * checks this list against the folders of app/.
 */
export const RESERVED_SLUGS = [
  'accessibility',
  'account',
  'api',
  'commissioned-paper',
  'invitations',
  'my-meetings',
  'platform',
  'public',
  'sign-in',
  'sign-out',
  'static',
  'unsubscribe',
  '_next',
];

export const councilSlugField = z.preprocess(
  asText,
  z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { message: 'Enter the council’s web address', abort: true })
    .min(3, 'The web address must be at least 3 characters')
    .max(60, 'The web address must be 60 characters or fewer')
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'The web address may use only lowercase letters, numbers and single hyphens, like north-county')
    .refine((slug) => !RESERVED_SLUGS.includes(slug), 'That web address is one of Tabled’s own pages: choose another'),
);

const regionField = enumField(REGIONS, 'Choose where the council is, for its bank holidays');

export const createCouncilSchema = z.object({
  name: requiredText('the council’s name', 120),
  slug: councilSlugField,
  region: regionField,
  adminEmail: z.preprocess(
    asText,
    z
      .string()
      .trim()
      .toLowerCase()
      .min(1, { message: 'Enter the email address of the council’s first administrator', abort: true })
      .max(320)
      .email('Enter an email address in the correct format, like name@council.gov.uk'),
  ),
});

export const setRegionSchema = z.object({ councilId: requiredId('Choose a council'), region: regionField });

export type CreateCouncilInput = z.infer<typeof createCouncilSchema>;
