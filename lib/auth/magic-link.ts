import { currentTime } from '../clock';
import crypto from 'node:crypto';
import type { PrismaClient } from '../db/generated/prisma/client';
import { withAuth, type Tx } from '../db/tenant';
import { signInStepPath } from '../routes';

// Email sign-in links. The token travels only in the email; the database keeps its
// sha256, so a leaked backup or a read-only SQL injection cannot sign anyone in.
// (A plain hash is enough: the token is 256 random bits, not a guessable password.)

export const MAGIC_LINK_TTL_MINUTES = 15;

// 32 bytes in unpadded base64url are exactly 43 characters.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function hashMagicLinkToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Creates a link for an active person with this email, or returns null when there is
 * none. The caller shows the same "check your email" message either way, so the form
 * does not reveal who has an account.
 */
export async function issueMagicLink(tx: Tx, email: string, now: Date = currentTime()): Promise<{ token: string; personId: string } | null> {
  // Emails are stored lowercased, so lowercasing here makes the match case-insensitive.
  const normalised = email.trim().toLowerCase();
  if (!normalised) return null;
  const person = await tx.person.findUnique({ where: { email: normalised }, select: { id: true, disabledAt: true } });
  if (!person || person.disabledAt) return null;
  const token = crypto.randomBytes(32).toString('base64url');
  await tx.magicLinkToken.create({
    data: {
      tokenHash: hashMagicLinkToken(token),
      email: normalised,
      expiresAt: new Date(now.getTime() + MAGIC_LINK_TTL_MINUTES * 60_000),
    },
  });
  return { token, personId: person.id };
}

/**
 * Spends a token and returns whose it was, or null if it is unknown, expired, already
 * used, or its person has since been disabled. The single conditional UPDATE is what
 * makes it single use: of two concurrent calls the second waits on the row lock, then
 * finds "usedAt" set and matches nothing.
 */
export async function consumeMagicLink(token: string, now: Date = currentTime(), prisma?: PrismaClient): Promise<string | null> {
  // Anything that is not the shape we issue cannot match; skip the database.
  if (!TOKEN_SHAPE.test(token)) return null;
  const tokenHash = hashMagicLinkToken(token);
  // An ISO string cast to timestamptz is unambiguous whatever the session's time zone.
  const at = now.toISOString();
  return withAuth(async (tx) => {
    const rows = await tx.$queryRaw<{ email: string }[]>`
      UPDATE "MagicLinkToken" SET "usedAt" = ${at}::timestamptz
      WHERE "tokenHash" = ${tokenHash} AND "usedAt" IS NULL AND "expiresAt" > ${at}::timestamptz
      RETURNING "email"`;
    const spent = rows[0];
    if (!spent) return null;
    // The token stays spent even when refused here: a disabled person's link must not
    // start working again if the account is re-enabled later.
    const person = await tx.person.findUnique({ where: { email: spent.email }, select: { id: true, disabledAt: true } });
    return person && !person.disabledAt ? person.id : null;
  }, prisma);
}

/**
 * The link to put in the email. The page it opens must only spend the token on POST
 * (a button press): Microsoft Safe Links and similar scanners fetch every GET.
 */
export function magicLinkUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${signInStepPath('link', { token })}`;
}
