import crypto from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

// RFC 6238 with the parameters every authenticator app understands: SHA-1, six digits,
// thirty-second steps. The clock is always passed in, so the rules are tested without time passing.
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Codes from one step either side of now are accepted, for clocks that drift and people who type slowly. */
export const TOTP_WINDOW = 1;
const ISSUER = 'Tabled';

function totp(secretBase32: string, label = 'account'): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(secretBase32) });
}

/** A fresh 160-bit secret (RFC 4226's recommended length), base32 as authenticator apps expect. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The secret grouped in fours, easier to type into an app than one long string. */
export const groupedSecret = (secretBase32: string) => secretBase32.replace(/(.{4})(?=.)/g, '$1 ');

/** The otpauth:// address a QR code carries: the app reads issuer, account and secret from it. */
export function otpauthUri(secretBase32: string, accountName: string): string {
  return totp(secretBase32, accountName).toString();
}

export const timeStep = (now: Date) => Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);

/** The code an authenticator shows at this instant (tests and enrolment checks use it). */
export function totpCodeAt(secretBase32: string, now: Date): string {
  return totp(secretBase32).generate({ timestamp: now.getTime() });
}

/** Spaces and dashes people type between digit groups are ignored; anything else is not a code. */
export function normaliseTotpCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '');
  return new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code) ? code : null;
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'format' | 'wrong' | 'replayed' };

/**
 * A code is right when it matches the step of `now` or one step either side. Each step is
 * usable once: a code for the last step accepted, or any earlier one, is refused, so a
 * code seen over someone's shoulder (or in a log) cannot be used again.
 */
export function verifyTotp(secretBase32: string, input: string, now: Date, lastUsedStep: number | null): TotpCheck {
  const code = normaliseTotpCode(input);
  if (!code) return { ok: false, reason: 'format' };
  const delta = totp(secretBase32).validate({ token: code, timestamp: now.getTime(), window: TOTP_WINDOW });
  if (delta === null) return { ok: false, reason: 'wrong' };
  const step = timeStep(now) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return { ok: false, reason: 'replayed' };
  return { ok: true, step };
}

// ---------- recovery codes ----------

export const RECOVERY_CODE_COUNT = 10;
// Crockford-like base32 without letters people confuse (i, l, o, u): 10 characters, 50 bits each.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstvwxyz0123456789';

/** Ten codes like `k3m9p-x2c7r`, each shown once and stored only as a hash. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[crypto.randomInt(RECOVERY_ALPHABET.length)]);
    return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
  });
}

export function normaliseRecoveryCode(input: string): string | null {
  const code = input.toLowerCase().replace(/[\s-]/g, '');
  return /^[a-z0-9]{10}$/.test(code) ? code : null;
}

/**
 * Recovery codes carry 50 random bits, so a fast hash is enough (there is nothing to
 * guess offline that throttling does not already stop online); dashes and case do not matter.
 */
export function hashRecoveryCode(input: string): string | null {
  const code = normaliseRecoveryCode(input);
  return code && crypto.createHash('sha256').update(`tabled-recovery:${code}`).digest('hex');
}
