import crypto from 'node:crypto';

/**
 * An invitation token carries its council's id in the clear, so that acceptance can
 * open a transaction for that council (row-level security) before finding the row by
 * the hash of the whole token. Knowing a council id gains nothing without the secret.
 */
export function newInvitationToken(councilId: string): { token: string; tokenHash: string } {
  const token = `${councilId}.${crypto.randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashInvitationToken(token) };
}

export const hashInvitationToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export function councilIdOfToken(token: string): string | null {
  const [councilId, secret] = token.split('.');
  return councilId && secret && /^[0-9a-f-]{36}$/i.test(councilId) && secret.length === 43 ? councilId : null;
}

export const INVITATION_TTL_DAYS = 14;
