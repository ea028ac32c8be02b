import crypto from 'node:crypto';

// Authenticator secrets are encrypted at rest with AES-256-GCM, so a copy of the database
// (a backup, a leaked dump) does not let anyone generate a person's codes.

const DEV_FALLBACK = 'tabled-development-only-totp-key';

/** TOTP_ENCRYPTION_KEY (32 bytes, base64) when set; else a key derived from NEXTAUTH_SECRET. */
export function secretBoxKey(env: Record<string, string | undefined> = process.env): Buffer {
  const explicit = env.TOTP_ENCRYPTION_KEY?.trim();
  if (explicit) {
    const key = Buffer.from(explicit, 'base64');
    if (key.length !== 32) throw new Error('TOTP_ENCRYPTION_KEY must be 32 bytes, base64-encoded (openssl rand -base64 32)');
    return key;
  }
  const secret = env.NEXTAUTH_SECRET?.trim();
  if (!secret && env.NODE_ENV === 'production') throw new Error('Set NEXTAUTH_SECRET or TOTP_ENCRYPTION_KEY to store authenticator secrets');
  return Buffer.from(crypto.hkdfSync('sha256', secret || DEV_FALLBACK, 'tabled', 'totp-secret-encryption', 32));
}

const b64 = (b: Buffer) => b.toString('base64url');

export function sealSecret(plain: string, key = secretBoxKey()): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${b64(iv)}.${b64(cipher.getAuthTag())}.${b64(body)}`;
}

/** The plain secret, or null when the box was tampered with or sealed under another key. */
export function openSecret(sealed: string, key = secretBoxKey()): string | null {
  const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p ?? '', 'base64url'));
  if (!iv || !tag || !body || iv.length !== 12 || tag.length !== 16) return null;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
