// The demo council's sign-in details, printed by `npm start` and listed in the README.
export const DEMO_PASSWORD = 'demo-board-2026';

export const DEMO_ACCOUNTS = {
  administrator: 'board.admin@northbridge.example',
  chair: 'independent.chair@northbridge.example',
  member: 'dcs@northbridge.example',
  trustAdministrator: 'trust.admin@eastmoor.example',
  // creates councils at /platform; granted on a real deployment with `npm run platform -- grant`
  platformAdministrator: 'platform.admin@tabled.example',
} as const;

export const DEMO_SLUGS = { northbridge: 'northbridge', eastmoor: 'eastmoor' } as const;

export type DemoCopy = {
  /** the councils' slugs */
  northbridge: string;
  eastmoor: string;
  accounts: { [role in keyof typeof DEMO_ACCOUNTS]: string };
  /** an email address of this copy: `someone@northbridge.example` becomes `someone@<tag>.northbridge.example` */
  email(address: string): string;
};

/**
 * The demo's slugs and accounts under a tag, for a copy seeded beside it (seedDemo's `tag`):
 * the browser tests seed one copy per spec file so that no journey sees another's changes.
 * People are global by email, so each copy's emails differ too. No tag: the demo itself.
 */
export function demoCopy(tag?: string): DemoCopy {
  if (tag !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(tag)) throw new RangeError(`demoCopy: "${tag}" is not a slug`);
  const email = (address: string) => (tag ? address.replace('@', `@${tag}.`) : address);
  const slug = (base: string) => (tag ? `${base}-${tag}` : base);
  return {
    northbridge: slug(DEMO_SLUGS.northbridge),
    eastmoor: slug(DEMO_SLUGS.eastmoor),
    accounts: {
      administrator: email(DEMO_ACCOUNTS.administrator),
      chair: email(DEMO_ACCOUNTS.chair),
      member: email(DEMO_ACCOUNTS.member),
      trustAdministrator: email(DEMO_ACCOUNTS.trustAdministrator),
      platformAdministrator: email(DEMO_ACCOUNTS.platformAdministrator),
    },
    email,
  };
}
