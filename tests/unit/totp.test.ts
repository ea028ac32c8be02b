import { describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import {
  groupedSecret,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normaliseTotpCode,
  otpauthUri,
  timeStep,
  totpCodeAt,
  verifyTotp,
  RECOVERY_CODE_COUNT,
} from '../../lib/auth/totp';
import { openSecret, sealSecret, secretBoxKey } from '../../lib/auth/secret-box';

// RFC 6238 appendix B: the SHA-1 seed "12345678901234567890", base32-encoded.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const at = (unixSeconds: number) => new Date(unixSeconds * 1000);
const T = at(1_111_111_109); // RFC vector: 07081804 (eight digits); six digits: 081804

describe('TOTP codes (RFC 6238)', () => {
  it('matches the RFC test vectors (last six digits)', () => {
    expect(totpCodeAt(RFC_SECRET, at(59))).toBe('287082');
    expect(totpCodeAt(RFC_SECRET, T)).toBe('081804');
    expect(totpCodeAt(RFC_SECRET, at(1_234_567_890))).toBe('005924');
    expect(totpCodeAt(RFC_SECRET, at(2_000_000_000))).toBe('279037');
  });

  it('accepts the code of now and of one step either side, and nothing further', () => {
    const step = timeStep(T);
    expect(verifyTotp(RFC_SECRET, totpCodeAt(RFC_SECRET, T), T, null)).toEqual({ ok: true, step });
    expect(verifyTotp(RFC_SECRET, totpCodeAt(RFC_SECRET, at(1_111_111_109 - 30)), T, null)).toEqual({ ok: true, step: step - 1 });
    expect(verifyTotp(RFC_SECRET, totpCodeAt(RFC_SECRET, at(1_111_111_109 + 30)), T, null)).toEqual({ ok: true, step: step + 1 });
    expect(verifyTotp(RFC_SECRET, totpCodeAt(RFC_SECRET, at(1_111_111_109 - 60)), T, null)).toEqual({ ok: false, reason: 'wrong' });
    expect(verifyTotp(RFC_SECRET, totpCodeAt(RFC_SECRET, at(1_111_111_109 + 60)), T, null)).toEqual({ ok: false, reason: 'wrong' });
  });

  it('refuses a code for the step already used, or any earlier step (replay)', () => {
    const code = totpCodeAt(RFC_SECRET, T);
    const first = verifyTotp(RFC_SECRET, code, T, null);
    expect(first.ok).toBe(true);
    const used = first.ok ? first.step : 0;
    expect(verifyTotp(RFC_SECRET, code, T, used)).toEqual({ ok: false, reason: 'replayed' });
    // the previous step's code is still inside the window, but older than the one used
    expect(verifyTotp(RFC_SECRET, totpCodeAt(RFC_SECRET, at(1_111_111_109 - 30)), T, used)).toEqual({ ok: false, reason: 'replayed' });
    // the next step's code is new, so it passes
    expect(verifyTotp(RFC_SECRET, totpCodeAt(RFC_SECRET, at(1_111_111_109 + 30)), at(1_111_111_109 + 30), used)).toEqual({ ok: true, step: used + 1 });
  });

  it('refuses a wrong code and anything that is not six digits', () => {
    const right = totpCodeAt(RFC_SECRET, T);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    expect(verifyTotp(RFC_SECRET, wrong, T, null)).toEqual({ ok: false, reason: 'wrong' });
    for (const input of ['', '12345', '1234567', 'abcdef', '08180４', `${right}0`])
      expect(verifyTotp(RFC_SECRET, input, T, null)).toEqual({ ok: false, reason: 'format' });
    expect(normaliseTotpCode(' 081 804 ')).toBe('081804');
    expect(verifyTotp(RFC_SECRET, '081-804', T, null).ok).toBe(true);
  });

  it('is a pure function of the clock given', () => {
    const secret = newTotpSecret();
    const now = at(1_800_000_000);
    expect(totpCodeAt(secret, now)).toBe(totpCodeAt(secret, new Date(now.getTime() + 29_000 - (now.getTime() % 30_000))));
    expect(verifyTotp(secret, totpCodeAt(secret, now), now, null).ok).toBe(true);
  });

  it('makes 160-bit secrets and an otpauth address authenticator apps read', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(otpauthUri(secret, 'chair@example.test'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('Tabled');
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
    expect(groupedSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
  });
});

describe('recovery codes', () => {
  it('makes ten distinct codes, hashed so case and dashes do not matter', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const c of codes) expect(c).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/);
    const [c] = codes as [string];
    expect(hashRecoveryCode(c.toUpperCase().replace('-', ' '))).toBe(hashRecoveryCode(c));
    expect(hashRecoveryCode(c)).not.toContain(c.replace('-', ''));
    expect(hashRecoveryCode('short')).toBeNull();
  });
});

describe('authenticator secrets at rest', () => {
  const key = crypto.randomBytes(32);
  it('seals and opens, and refuses a tampered box or another key', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', key);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openSecret(sealed, key)).toBe('JBSWY3DPEHPK3PXP');
    expect(sealSecret('JBSWY3DPEHPK3PXP', key)).not.toBe(sealed);
    const [iv, tag, body] = sealed.split('.') as [string, string, string];
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(openSecret(`${iv}.${tag}.${flipped.toString('base64url')}`, key)).toBeNull();
    expect(openSecret(sealed, crypto.randomBytes(32))).toBeNull();
    expect(openSecret('garbage', key)).toBeNull();
  });

  it('takes TOTP_ENCRYPTION_KEY when set, must be 32 bytes, and needs a secret in production', () => {
    expect(secretBoxKey({ TOTP_ENCRYPTION_KEY: key.toString('base64') })).toEqual(key);
    expect(() => secretBoxKey({ TOTP_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/32 bytes/);
    expect(() => secretBoxKey({ NODE_ENV: 'production' })).toThrow(/NEXTAUTH_SECRET/);
    expect(secretBoxKey({ NEXTAUTH_SECRET: 'a' })).not.toEqual(secretBoxKey({ NEXTAUTH_SECRET: 'b' }));
  });
});
