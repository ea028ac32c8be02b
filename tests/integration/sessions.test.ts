import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import { signInWithMagicLink, signInWithPassword } from '../../lib/auth/options';
import { listSessions, revokeAllSessions, revokeSession, touchSession } from '../../lib/auth/sessions';
import { hashPassword } from '../../lib/auth/password';
import { issueMagicLink } from '../../lib/auth/magic-link';
import { withAuth } from '../../lib/db/tenant';
import { entraIdentity, entraPerson } from '../../lib/auth/entra';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';

let t: TestDb;
let passwordHash: string;
beforeAll(async () => {
  t = await openTestDatabase();
  passwordHash = await hashPassword('correct horse battery');
});
afterAll(() => closeTestDatabase(t));

const request = () => ({ ip: `198.51.100.${crypto.randomInt(1, 250)}`, userAgent: 'vitest' });
async function person() {
  const email = `p-${crypto.randomBytes(5).toString('hex')}@example.test`;
  return t.prisma.person.create({ data: { name: 'Session Person', email, password: { create: { hash: passwordHash } } } });
}
const minutes = (n: number) => n * 60_000;

describe('sign-in and server-side sessions', () => {
  it('signs in with the right password and refuses a wrong one', async () => {
    const p = await person();
    expect(await signInWithPassword({ email: p.email, password: 'wrong password!' }, request())).toBeNull();
    const ok = await signInWithPassword({ email: p.email!.toUpperCase(), password: 'correct horse battery' }, request());
    expect(ok).toMatchObject({ id: p.id, email: p.email });
    expect(await touchSession(ok!.sid)).toMatchObject({ person: { id: p.id } });
  });

  it('refuses a revoked session on its next request', async () => {
    const p = await person();
    const s = await signInWithPassword({ email: p.email, password: 'correct horse battery' }, request());
    expect(await revokeSession(p.id, s!.sid)).toBe(true);
    expect(await touchSession(s!.sid)).toBeNull();
  });

  it("cannot revoke someone else's session", async () => {
    const [a, b] = [await person(), await person()];
    const s = await signInWithPassword({ email: b.email, password: 'correct horse battery' }, request());
    expect(await revokeSession(a.id, s!.sid)).toBe(false);
    expect(await touchSession(s!.sid)).not.toBeNull();
  });

  it('ends a session after the idle timeout and after its absolute lifetime', async () => {
    const p = await person();
    const now = new Date();
    const s = await signInWithPassword({ email: p.email, password: 'correct horse battery' }, request(), now);
    expect(await touchSession(s!.sid, new Date(now.getTime() + minutes(59)))).not.toBeNull();
    expect(await touchSession(s!.sid, new Date(now.getTime() + minutes(59) + minutes(61)))).toBeNull();
    // kept busy every 50 minutes, it still ends after 12 hours
    let at = now.getTime();
    while (at + minutes(50) < now.getTime() + minutes(12 * 60)) {
      at += minutes(50);
      expect(await touchSession(s!.sid, new Date(at))).not.toBeNull();
    }
    expect(await touchSession(s!.sid, new Date(now.getTime() + minutes(12 * 60) + 1))).toBeNull();
  });

  it('refuses every session of a person who is disabled', async () => {
    const p = await person();
    const s = await signInWithPassword({ email: p.email, password: 'correct horse battery' }, request());
    await t.prisma.person.update({ where: { id: p.id }, data: { disabledAt: new Date() } });
    expect(await touchSession(s!.sid)).toBeNull();
    expect(await signInWithPassword({ email: p.email, password: 'correct horse battery' }, request())).toBeNull();
  });

  it('signs out everywhere', async () => {
    const p = await person();
    const sids = [];
    for (let i = 0; i < 3; i++) sids.push((await signInWithPassword({ email: p.email, password: 'correct horse battery' }, request()))!.sid);
    expect((await listSessions(p.id)).map((s) => s.id).sort()).toEqual([...sids].sort());
    expect(await revokeAllSessions(p.id)).toBe(3);
    for (const sid of sids) expect(await touchSession(sid)).toBeNull();
    expect(await listSessions(p.id)).toEqual([]);
  });

  it('throttles the account from one address after repeated failures, even for the right password, and only there', async () => {
    const p = await person();
    const from = request();
    for (let i = 0; i < 5; i++) expect(await signInWithPassword({ email: p.email, password: `wrong-${i}` }, from)).toBeNull();
    await expect(signInWithPassword({ email: p.email, password: 'correct horse battery' }, from)).rejects.toThrow(/too many failed attempts/);
    // wrong passwords from anyone cannot lock the owner out: elsewhere, the right one signs in
    const elsewhere = { ip: '192.0.2.77', userAgent: 'vitest' };
    expect(await signInWithPassword({ email: p.email, password: 'correct horse battery' }, elsewhere)).toMatchObject({ id: p.id });
  });

  it('signs in once with a magic link', async () => {
    const p = await person();
    const link = await withAuth((tx) => issueMagicLink(tx, p.email!));
    const first = await signInWithMagicLink(link!.token, request());
    expect(first).toMatchObject({ id: p.id });
    expect(await touchSession(first!.sid)).not.toBeNull();
    expect(await signInWithMagicLink(link!.token, request())).toBeNull();
  });
});

describe('Microsoft Entra ID', () => {
  const tenant = '8f6c2a8e-2d4b-4f3e-9a51-0c6d2b7e9f10';
  const claims = (oid: string, tid = tenant) => ({
    iss: `https://login.microsoftonline.com/${tid}/v2.0`,
    tid,
    oid,
    name: 'Entra Person',
    email: 'shared@example.test',
  });

  it('accepts only the configured directories', () => {
    expect(entraIdentity(claims('oid-1'), [tenant])).toEqual({ issuer: `https://login.microsoftonline.com/${tenant}/v2.0`, objectId: 'oid-1' });
    expect(entraIdentity(claims('oid-1', '11111111-2222-3333-4444-555555555555'), [tenant])).toBeNull();
    expect(entraIdentity({ ...claims('oid-1'), iss: 'https://evil.example/v2.0' }, [tenant])).toBeNull();
    expect(entraIdentity({ ...claims(''), oid: undefined }, [tenant])).toBeNull();
  });

  it('keys a person by issuer and object id, never by email', async () => {
    const oid1 = crypto.randomUUID();
    const oid2 = crypto.randomUUID();
    const first = await withAuth((tx) => entraPerson(tx, entraIdentity(claims(oid1), [tenant])!, 'Entra Person'));
    const again = await withAuth((tx) => entraPerson(tx, entraIdentity(claims(oid1), [tenant])!, 'Entra Person'));
    const other = await withAuth((tx) => entraPerson(tx, entraIdentity(claims(oid2), [tenant])!, 'Entra Person'));
    expect(again.id).toBe(first.id);
    expect(other.id).not.toBe(first.id); // same email claim, different object id: a different person
    expect(first.email).toBeNull();
  });
});
