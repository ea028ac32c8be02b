import { currentTime } from '../clock';
import { withAuth, withPerson, type Tx } from '../db/tenant';
import { AppError } from '../errors';
import { appendAudit } from '../audit/append';
import type { RequestInfo } from '../action/define';
import { hashRecoveryCode, newRecoveryCodes } from './totp';
import { checkSecondFactor, codeRefusal, codeThrottle, hasTotp, sessionScope } from './second-factor';
import { passwordHashOf, verifyPassword } from './password';
import { recordAttempt, throttleVerdict } from './throttle';

/** What the person re-enters to prove it is them: a current code from the app, or their password. */
export type Proof = { code: string } | { password: string };

export const PROOF_THROTTLED_MESSAGE = 'Too many wrong codes or passwords. Wait 15 minutes, then try again.';
export const PROOF_SLOWED_MESSAGE =
  'There have been many wrong codes or passwords for this account, so it accepts one try every 5 minutes. Wait 5 minutes, then try again.';

/**
 * The password again, signed in. Wrong ones count with the session's wrong codes (the same
 * limits), so a borrowed session cannot be used to guess the password either.
 */
async function checkPasswordAgain(personId: string, sessionId: string | null, password: string, now: Date): Promise<void> {
  const { keys, limits } = codeThrottle(personId, sessionScope(sessionId));
  const found = await withAuth(async (tx) => {
    const verdict = await throttleVerdict(tx, keys, limits, now);
    return { verdict, hash: verdict === 'allowed' ? await passwordHashOf(tx, personId) : null };
  });
  if (found.verdict !== 'allowed') throw new AppError('FORBIDDEN', found.verdict === 'locked' ? PROOF_THROTTLED_MESSAGE : PROOF_SLOWED_MESSAGE);
  if (!found.hash)
    throw new AppError('INVALID', 'You have no password here: enter a code from your authenticator app', {
      code: ['Enter a code from your authenticator app'],
    });
  const ok = await verifyPassword(found.hash, password);
  await withAuth((tx) => recordAttempt(tx, keys, ok, true, now));
  if (!ok) throw new AppError('INVALID', 'Your password is not right', { password: ['Your password is not right. Enter the password you sign in with'] });
}

async function proveItIsYou(personId: string, sessionId: string | null, proof: Proof, now: Date): Promise<void> {
  if ('password' in proof) return checkPasswordAgain(personId, sessionId, proof.password, now);
  // a current code from the app: a recovery code is what is being replaced, so it does not count
  const outcome = await checkSecondFactor(personId, proof.code, now, { scope: sessionScope(sessionId) });
  if (!outcome.ok) throw codeRefusal(outcome);
}

/**
 * The person's own change, written to the audit trail of every council they belong to
 * (each council's chain is its own), in the transaction that makes it: the same
 * transaction moves from council to council, as withCouncilAs would set it.
 */
async function auditInEachCouncil(
  tx: Tx,
  personId: string,
  request: RequestInfo,
  now: Date,
  draft: Parameters<typeof appendAudit>[2][number],
): Promise<number> {
  const councils = await tx.councilMembership.findMany({ where: { personId, endedAt: null }, select: { councilId: true } });
  for (const { councilId } of councils) {
    await tx.$queryRaw`SELECT set_config('app.council_id', ${councilId}, true)`;
    await appendAudit(tx, { councilId, actorId: personId, ip: request.ip, userAgent: request.userAgent }, [draft], now);
  }
  return councils.length;
}

/**
 * A fresh set of recovery codes, after a current code from the app or the password: the
 * old set stops working at once, the new one is returned once (only hashes are kept).
 */
export async function regenerateRecoveryCodes(
  personId: string,
  sessionId: string | null,
  proof: Proof,
  request: RequestInfo,
  now = currentTime(),
): Promise<string[]> {
  const enrolled = await withPerson(personId, (tx) => hasTotp(tx, personId));
  if (!enrolled) throw new AppError('CONFLICT', 'Recovery codes come with an authenticator app. Set one up first.');
  await proveItIsYou(personId, sessionId, proof, now);
  const codes = newRecoveryCodes();
  await withPerson(personId, async (tx) => {
    const { count: replaced } = await tx.recoveryCode.deleteMany({ where: { personId } });
    await tx.recoveryCode.createMany({ data: codes.map((c) => ({ personId, codeHash: hashRecoveryCode(c)!, createdAt: now })) });
    await auditInEachCouncil(tx, personId, request, now, {
      kind: 'account.regenerate-recovery-codes',
      entityType: 'Person',
      entityId: personId,
      summary: 'New recovery codes made; the old ones no longer work',
      after: { recoveryCodes: codes.length, replaced, provedWith: 'password' in proof ? 'password' : 'authenticator code' },
    });
  });
  return codes;
}
