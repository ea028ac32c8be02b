import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withApp, withAuth, withCouncil, withMailer } from '../../lib/db/tenant';
import { safeCallback } from '../../lib/security/safe-callback';
import { clientAddress, requestHost, sameOrigin, trustedProxyHops } from '../../lib/security/trusted-proxy';
import { prepareRequest } from '../../lib/http/forwarded';
import { requestInfoFrom } from '../../lib/auth/request-info';
import { authOptions, signInWithMagicLink, signInWithPassword } from '../../lib/auth/options';
import { AppError } from '../../lib/errors';
import { hashPassword } from '../../lib/auth/password';
import { requestMagicLink } from '../../lib/auth/magic-link-request';
import { signInThrottleSettings, signInThrottled, recordSignInAttempt, throttledMessage, throttleRefusalIn } from '../../lib/auth/throttle';
import { createInvitation } from '../../lib/invitations/actions';
import { acceptInvitation, acceptWithNewAccount, describeInvitation } from '../../lib/invitations/accept';
import { SECRET_PLACEHOLDER } from '../../lib/mail/outbox';
import { deliverPending } from './mail-queue';
import { startMailSink, type MailSink } from '../../lib/mail/sink';
import { createTransport } from '../../lib/mail/transport';
import { createSeat } from '../../lib/seats/actions';
import { planFormAction } from '../../lib/plans/form-actions';
import { auditFilterSchema, listAuditEvents } from '../../lib/audit/queries';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

// Issue 15: each finding of the independent probe, reproduced, and refused now.

let t: TestDb;
let sink: MailSink;
beforeAll(async () => {
  t = await openTestDatabase();
  sink = await startMailSink();
});
afterAll(async () => {
  await sink?.close();
  await closeTestDatabase(t);
});

const ORIGIN = 'https://tabled.example';
const leavesSite = (path: string) => new URL(path, ORIGIN).origin !== ORIGIN;

describe('1 and 8: where sign-in sends you afterwards', () => {
  // as the page receives them: searchParams are already percent-decoded
  const attacks = [
    '/\t/evil.example/phish',
    '/\n/evil.example',
    '/\r/evil.example',
    '/\r\n/evil.example',
    '//evil.example',
    '/\\evil.example',
    '/\\\\evil.example',
    '/ /evil.example',
    '/\u3000/evil.example',
    '\t//evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '/%09/evil.example',
    '/\u0000/evil.example',
    '/\u000b/evil.example',
  ];

  it('never leaves the site, however the address is written (the probe used /<TAB>/)', () => {
    for (const attack of attacks) {
      const to = safeCallback(attack);
      expect(leavesSite(to), JSON.stringify(attack)).toBe(false);
      expect(to.startsWith('//')).toBe(false);
    }
    expect(safeCallback('/\t/evil.example/phish')).toBe('/');
  });

  it('answers with a plain ASCII path that a Location header can carry (the probe got 500s from %0A, %0D, %E3%80%80)', () => {
    for (const raw of ['/a\nb', '/a\rb', '/\u3000', '/caf\u00e9?q=\u3000#\u00e9', '\u3000', '/x\u0000y']) {
      const to = safeCallback(raw);
      expect(to).toMatch(/^\/[\x21-\x7e]*$/);
    }
  });

  it('keeps a real path, its query and fragment', () => {
    expect(safeCallback('/northbridge/boards/improvement-board/actions?status=open#top')).toBe('/northbridge/boards/improvement-board/actions?status=open#top');
    expect(safeCallback(undefined)).toBe('/');
    expect(safeCallback(['/a'])).toBe('/');
  });

  it('holds in next-auth’s own redirect too', async () => {
    const redirect = authOptions.callbacks!.redirect!;
    const baseUrl = 'http://127.0.0.1:3000';
    for (const url of ['/\t/evil.example', 'http://evil.example/', `${baseUrl}.evil.example/x`, `${baseUrl}//evil.example`]) {
      const to = await redirect({ url, baseUrl });
      expect(new URL(to).origin, url).toBe(baseUrl);
    }
    expect(await redirect({ url: `${baseUrl}/northbridge`, baseUrl })).toBe(`${baseUrl}/northbridge`);
  });
});

describe('5: X-Forwarded-* counts only from trusted proxies', () => {
  it('reads TRUSTED_PROXY_HOPS, and trusts nothing when it is unset or a typo', () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: '1' })).toBe(1);
    for (const bad of ['-1', 'one', '1.5', '', '99']) expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: bad })).toBe(0);
  });

  it('takes the socket as the client with no proxy, and the address the nearest proxy saw with one', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', 0)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:203.0.113.9', undefined, 0)).toBe('203.0.113.9');
    // one load balancer appends the address it saw; whatever the client wrote before it is ignored
    expect(clientAddress('10.0.0.2', '198.51.100.1, 203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.2', '198.51.100.1, 203.0.113.9, 10.0.0.1', 2)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.2', 'not-an-address', 1)).toBeNull();
    expect(requestHost('tabled.example', 'evil.example', 0)).toBe('tabled.example');
    expect(requestHost('internal:3000', 'evil.example, tabled.example', 1)).toBe('tabled.example');
  });

  it('records the address a trusted proxy saw in the audit trail and the throttle, not one the client claimed', () => {
    const headers = (xff: string) => (name: string) => (name === 'x-forwarded-for' ? xff : name === 'user-agent' ? 'test' : null);
    expect(requestInfoFrom(headers('1.2.3.4'), 0).ip).toBe('1.2.3.4'); // what the app's server leaves there
    expect(requestInfoFrom(headers('6.6.6.6, 1.2.3.4'), 1).ip).toBe('1.2.3.4');
    expect(requestInfoFrom(headers('7.7.7.7, 6.6.6.6, 1.2.3.4'), 1).ip).toBe('1.2.3.4');
  });

  it('refuses a foreign Origin that names itself in X-Forwarded-Host (the origin check for uploads)', () => {
    const get = (h: Record<string, string>) => (name: string) => h[name] ?? null;
    const forged = { origin: 'https://evil.example', host: 'tabled.example', 'x-forwarded-host': 'evil.example' };
    expect(sameOrigin(get(forged), 0)).toBe(false);
    expect(sameOrigin(get({ origin: 'https://tabled.example', host: 'tabled.example', 'x-forwarded-host': 'evil.example' }), 0)).toBe(true);
    expect(sameOrigin(get({ origin: 'null', host: 'tabled.example' }), 0)).toBe(false);
    // behind a trusted proxy its X-Forwarded-Host is the site's public name
    expect(sameOrigin(get({ origin: 'https://tabled.example', host: '10.0.0.5:3000', 'x-forwarded-host': 'tabled.example' }), 1)).toBe(true);
  });

  it('rewrites the headers before Next.js sees them, and answers an undecodable path with 400 and the security headers', async () => {
    const seen: http.IncomingHttpHeaders[] = [];
    for (const hops of [0, 1]) {
      const server = http.createServer((req, res) => {
        if (!prepareRequest(req, res, hops, true)) return;
        if (req.method === 'GET') seen.push({ ...req.headers });
        res.end('ok');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const send = (method: string, path: string, headers: Record<string, string>) =>
        new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
          http
            .request({ host: '127.0.0.1', port, path, headers, method }, (res) => {
              res.resume();
              res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
            })
            .on('error', reject)
            .end();
        });
      const get = (path: string, headers: Record<string, string>) => send('GET', path, headers);
      const ok = await get('/', { 'X-Forwarded-For': '6.6.6.6, 1.2.3.4', 'X-Forwarded-Host': 'evil.example', 'X-Real-IP': '6.6.6.6', Host: 'tabled.example' });
      expect(ok.status).toBe(200);
      const bad = await get('/%ff%fe', {});
      expect(bad.status).toBe(400);
      expect(bad.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(bad.headers['strict-transport-security']).toMatch(/max-age=/);
      expect(bad.headers['x-content-type-options']).toBe('nosniff');
      expect(bad.headers['x-frame-options']).toBe('DENY');
      // a server action posted from another site that names itself in X-Forwarded-Host
      const forged = { Host: 'tabled.example', Origin: 'https://evil.example', 'X-Forwarded-Host': 'evil.example', 'Next-Action': 'a'.repeat(42) };
      expect((await send('POST', '/sign-in/email', forged)).status).toBe(hops === 0 ? 403 : 200);
      expect((await send('POST', '/sign-in/email', { ...forged, Origin: 'https://tabled.example' })).status).toBe(hops === 0 ? 200 : 403);
      // route handlers keep their own rules (an identity provider may post back to next-auth)
      expect((await send('POST', '/api/auth/callback/entra', { Host: 'tabled.example', Origin: 'https://login.example' })).status).toBe(200);
      await new Promise((resolve) => server.close(resolve));
    }
    expect(seen[0]).toMatchObject({ 'x-forwarded-for': '127.0.0.1', 'x-forwarded-host': 'tabled.example', 'x-forwarded-proto': 'http' });
    expect(seen[0]?.['x-real-ip']).toBeUndefined();
    expect(seen[1]).toMatchObject({ 'x-forwarded-for': '1.2.3.4', 'x-forwarded-host': 'evil.example' });
  });
});

const hextet = () => crypto.randomBytes(2).toString('hex');
const randomIp = () => `2001:db8:${hextet()}:${hextet()}::${hextet()}`;

async function personWithPassword(password = 'correct horse battery staple') {
  const email = `${make.randomSlug('person')}@example.gov.uk`;
  const person = await t.prisma.person.create({ data: { name: 'Signing In', email, password: { create: { hash: await hashPassword(password) } } } });
  return { ...person, email, password };
}

describe('5 and 6: throttling that cannot be turned against a person', () => {
  it('lets the right password in after many email-link requests in that person’s name (the probe locked accounts with five)', async () => {
    const p = await personWithPassword();
    const { maxFailuresPerAccount } = signInThrottleSettings();
    const start = Date.now();
    let queued = 0;
    for (let i = 0; i < maxFailuresPerAccount * 2; i++) {
      if (await requestMagicLink(p.email, { ip: randomIp(), userAgent: 'attacker' }, new Date(start + i))) queued += 1;
    }
    // link requests have a limit of their own...
    expect(queued).toBe(maxFailuresPerAccount);
    expect(await signInThrottled({ email: p.email }, new Date(start + 100), undefined, 'magic-link')).toBe(true);
    // ...which does not touch the password
    expect(await signInThrottled({ email: p.email }, new Date(start + 100))).toBe(false);
    expect(await signInWithPassword({ email: p.email, password: p.password }, { ip: randomIp(), userAgent: 'owner' }, new Date(start + 200))).toMatchObject({
      id: p.id,
    });
  });

  it('holds the per-address limit behind a trusted proxy, whatever the client prepends', async () => {
    const real = randomIp();
    const { maxFailuresPerIp } = signInThrottleSettings();
    const start = Date.now();
    for (let i = 0; i < maxFailuresPerIp; i++) {
      // the client invents a new address each time; the load balancer appends the real one
      const { ip } = requestInfoFrom((name) => (name === 'x-forwarded-for' ? `${randomIp()}, ${real}` : null), 1);
      expect(ip).toBe(real);
      await withAuth((tx) => recordSignInAttempt(tx, { email: `${make.randomSlug('guess')}@example.gov.uk`, ip, succeeded: false }, new Date(start + i)));
    }
    const next = requestInfoFrom((name) => (name === 'x-forwarded-for' ? `${randomIp()}, ${real}` : null), 1);
    expect(await signInThrottled({ email: `${make.randomSlug('guess')}@example.gov.uk`, ip: next.ip }, new Date(start + maxFailuresPerIp))).toBe(true);
  });

  it('holds the limit for an account from one address behind a trusted proxy, whatever the client prepends', async () => {
    const p = await personWithPassword();
    const { maxFailuresPerAccount } = signInThrottleSettings();
    const real = randomIp();
    const behindProxy = () => requestInfoFrom((name) => (name === 'x-forwarded-for' ? `${randomIp()}, ${real}` : null), 1);
    const start = Date.now();
    for (let i = 0; i < maxFailuresPerAccount; i++) {
      expect(await signInWithPassword({ email: p.email, password: 'wrong password' }, { ...behindProxy(), userAgent: null }, new Date(start + i))).toBeNull();
    }
    await expect(signInWithPassword({ email: p.email, password: p.password }, { ...behindProxy(), userAgent: null }, new Date(start + 50))).rejects.toThrow(
      /too many failed attempts/,
    );
  });
});

describe('issue 15, the rest of 5: wrong passwords from anyone cannot lock the owner out', () => {
  const { maxFailuresPerAccount, accountCeiling, slowdownSeconds, windowMinutes } = signInThrottleSettings();
  const from = (ip: string) => ({ ip, userAgent: 'vitest' });
  const refusalOf = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (e: unknown) => e as AppError,
    );

  it('five wrong passwords from address A: the right one from B signs in, the right one from A is refused', async () => {
    const p = await personWithPassword();
    const [a, b] = [randomIp(), randomIp()];
    const start = Date.now();
    for (let i = 0; i < maxFailuresPerAccount; i++) {
      expect(await signInWithPassword({ email: p.email, password: `wrong ${i}` }, from(a), new Date(start + i))).toBeNull();
    }
    const fromB = await signInWithPassword({ email: p.email, password: p.password }, from(b), new Date(start + 10));
    expect(fromB).toMatchObject({ id: p.id, sid: expect.any(String) });
    // A is still shut out of the account, and told so honestly rather than "wrong password"
    const fromA = await refusalOf(signInWithPassword({ email: p.email, password: p.password }, from(a), new Date(start + 20)));
    expect(fromA).toBeInstanceOf(AppError);
    expect(fromA).toMatchObject({ code: 'FORBIDDEN', message: throttledMessage('locked') });
    // the window over, A gets in too
    expect(await signInWithPassword({ email: p.email, password: p.password }, from(a), new Date(start + windowMinutes * 60_000 + 1000))).toMatchObject({
      id: p.id,
    });
  });

  it('reaches the sign-in form through next-auth: its error redirect carries the throttle’s words, and only those', async () => {
    const p = await personWithPassword();
    const ip = randomIp();
    const start = Date.now();
    for (let i = 0; i < maxFailuresPerAccount; i++)
      await withAuth((tx) => recordSignInAttempt(tx, { email: p.email, ip, succeeded: false }, new Date(start + i)));
    const provider = authOptions.providers.find((x) => x.id === 'credentials') as unknown as {
      options: { authorize: (raw: unknown, req: unknown) => Promise<unknown> };
    };
    const thrown = await provider.options.authorize({ email: p.email, password: p.password }, { headers: { 'x-forwarded-for': ip }, body: {} }).then(
      () => null,
      (e: Error) => e,
    );
    // next-auth redirects to /api/auth/error?error=<the thrown message>; the form shows it
    const redirect = `https://tabled.example/api/auth/error?error=${encodeURIComponent(thrown?.message ?? '')}`;
    expect(throttleRefusalIn(redirect)).toBe(throttledMessage('locked'));
    expect(throttleRefusalIn('https://tabled.example/api/auth/error?error=CredentialsSignin')).toBeNull();
    expect(throttleRefusalIn('https://tabled.example/api/auth/error?error=Anything%20else')).toBeNull();
  });

  it('says the same whether or not the account exists', async () => {
    const p = await personWithPassword();
    const nobody = `${make.randomSlug('nobody')}@example.gov.uk`;
    const ip = randomIp();
    const start = Date.now();
    const messages: unknown[] = [];
    for (const email of [p.email, nobody]) {
      for (let i = 0; i < maxFailuresPerAccount; i++)
        expect(await signInWithPassword({ email, password: 'wrong password' }, from(ip), new Date(start + i))).toBeNull();
      messages.push((await refusalOf(signInWithPassword({ email, password: 'wrong password' }, from(ip), new Date(start + 10))))?.message);
    }
    expect(messages).toEqual([throttledMessage('locked'), throttledMessage('locked')]);
  });

  it('an account guessed from many addresses slows to one checked password a minute, and its owner still gets in', async () => {
    const p = await personWithPassword();
    const start = Date.now();
    // each address stays under its own limit: the account-wide ceiling is what holds
    for (let i = 0; i < accountCeiling; i++) {
      await withAuth((tx) => recordSignInAttempt(tx, { email: p.email, ip: randomIp(), succeeded: false }, new Date(start + i)));
    }
    const owner = randomIp();
    const slowed = await refusalOf(signInWithPassword({ email: p.email, password: p.password }, from(owner), new Date(start + accountCeiling)));
    expect(slowed).toMatchObject({ code: 'FORBIDDEN', message: throttledMessage('slowed') });
    // the attacker's refused tries in the meantime do not keep the account shut
    const slot = start + accountCeiling - 1 + slowdownSeconds * 1000;
    for (let i = 0; i < 5; i++) {
      await expect(signInWithPassword({ email: p.email, password: 'guess' }, from(randomIp()), new Date(slot - 5000 + i))).rejects.toThrow(AppError);
    }
    expect(await signInWithPassword({ email: p.email, password: p.password }, from(owner), new Date(slot))).toMatchObject({ id: p.id });
  });

  it('never stands between the owner and an email link (the link is checked by its token alone)', async () => {
    const p = await personWithPassword();
    const ip = randomIp();
    const start = Date.now();
    for (let i = 0; i < accountCeiling; i++) {
      await withAuth((tx) =>
        recordSignInAttempt(tx, { email: p.email, ip: i < maxFailuresPerAccount ? ip : randomIp(), succeeded: false }, new Date(start + i)),
      );
    }
    const at = new Date(start + accountCeiling);
    expect(await signInThrottled({ email: p.email, ip }, at)).toBe(true);
    expect(await requestMagicLink(p.email, from(ip), at)).toBe(true);
    const token = (await t.prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'magic-link', toAddress: p.email }, orderBy: { createdAt: 'desc' } }))
      .secret!;
    expect(await signInWithMagicLink(token, from(ip), at)).toMatchObject({ id: p.id });
  });
});

async function councilWithAdmin(label: string) {
  const council = await make.council(`${label} Council`);
  const admin = await t.prisma.person.create({ data: { name: `${label} admin`, email: `${council.slug}-admin@example.test` } });
  await withCouncil(council.id, (tx) => tx.councilMembership.create({ data: { councilId: council.id, personId: admin.id, role: 'ADMIN' } }));
  return { council, admin };
}

async function invite(w: { council: { slug: string }; admin: { id: string } }, email: string, councilRole: 'ADMIN' | 'MEMBER' = 'ADMIN') {
  const result = await createInvitation.execute({ actorId: w.admin.id, councilSlug: w.council.slug, input: { email, councilRole } });
  if (!result.ok) throw new Error(result.message);
  const mail = await t.prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'invitation', toAddress: email.toLowerCase() }, orderBy: { createdAt: 'desc' } });
  return { invitationId: result.data.invitationId, token: mail.secret!, mail };
}

describe('2: an invitation is for its address', () => {
  it('refuses another council’s admin who holds the link, says why, and writes it to the audit trail', async () => {
    const north = await councilWithAdmin('North');
    const other = await councilWithAdmin('Other');
    const email = `${make.randomSlug('invitee')}@example.test`;
    const { token, invitationId } = await invite(north, email, 'ADMIN');
    await expect(acceptInvitation(token, other.admin.id, { ip: '203.0.113.7', userAgent: 'probe' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining(`This invitation is for ${email}`),
    });
    const membership = await withCouncil(north.council.id, (tx) => tx.councilMembership.findFirst({ where: { personId: other.admin.id } }));
    expect(membership).toBeNull();
    const events = await withCouncil(north.council.id, (tx) => tx.auditEvent.findMany({ where: { kind: 'invitation.refused', entityId: invitationId } }));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: other.admin.id, ip: '203.0.113.7', data: { after: { invitedEmail: email, signedInEmail: other.admin.email } } });
    // the invitation is still open for the person it was sent to
    expect(await describeInvitation(token)).toMatchObject({ email, accountExists: false });
  });

  it('lets the account with the invited email accept it, whatever the letter case', async () => {
    const north = await councilWithAdmin('North');
    const email = `${make.randomSlug('invitee')}@example.test`;
    const invitee = await t.prisma.person.create({ data: { name: 'Invitee', email } });
    const { token } = await invite(north, email.toUpperCase(), 'MEMBER');
    expect(await describeInvitation(token)).toMatchObject({ accountExists: true });
    await expect(acceptInvitation(token, invitee.id, { ip: null, userAgent: null })).resolves.toMatchObject({ councilId: north.council.id });
    expect(await withCouncil(north.council.id, (tx) => tx.councilMembership.findFirst({ where: { personId: invitee.id } }))).toMatchObject({ role: 'MEMBER' });
  });

  it('signed out, makes the new account with the invited email and no other', async () => {
    const north = await councilWithAdmin('North');
    const email = `${make.randomSlug('invitee')}@example.test`;
    const { token } = await invite(north, email, 'MEMBER');
    const made = await acceptWithNewAccount(token, 'New Person', 'a long enough password', { ip: null, userAgent: null });
    expect(made).toMatchObject({ email, councilId: north.council.id });
    expect(await signInWithPassword({ email, password: 'a long enough password' }, { ip: randomIp(), userAgent: null })).toMatchObject({ id: made.personId });
    // and an address that already has an account is sent to sign in instead
    const again = await invite(north, email, 'MEMBER');
    await expect(acceptWithNewAccount(again.token, 'Someone', 'another long password', { ip: null, userAgent: null })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });
});

describe('3: mail keeps no live secret, and each council sees only its own', () => {
  it('stores the invitation and the sign-in link without their tokens, puts them in only as they are sent, then drops them', async () => {
    const north = await councilWithAdmin('North');
    const email = `${make.randomSlug('invitee')}@example.test`;
    const { token, mail } = await invite(north, email);
    expect(mail.textBody).not.toContain(token);
    expect(mail.textBody).toContain(SECRET_PLACEHOLDER);
    const p = await personWithPassword();
    expect(await requestMagicLink(p.email, { ip: randomIp(), userAgent: null })).toBe(true);
    const link = await t.prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'magic-link', toAddress: p.email } });
    expect(link.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.textBody).not.toContain(link.secret!);

    const transport = createTransport(`smtp://127.0.0.1:${sink.port}`);
    // other files share the server database and leave their own invitations waiting: send them all, ours among them
    for (const kind of ['invitation', 'magic-link']) while ((await deliverPending({ transport, kind, limit: 200 })).sent > 0);
    const invitationMail = await sink.waitFor((m) => m.to === email);
    expect(invitationMail.text).toContain(`token=${token}`);
    const linkMail = await sink.waitFor((m) => m.to === p.email);
    expect(linkMail.text).toContain(`token=${link.secret}`);

    for (const id of [mail.id, link.id]) {
      const row = await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: 'SENT', secret: null });
      expect(JSON.stringify(row)).not.toContain(id === mail.id ? token : link.secret!);
    }
    // the link still works: only the stored copy lost it
    expect(await describeInvitation(token)).toMatchObject({ email });
  });

  it('shows a council’s transaction only its own mail, and the app’s role no council-less mail at all', async () => {
    const north = await councilWithAdmin('North');
    const south = await councilWithAdmin('South');
    const toNorth = `${make.randomSlug('n')}@example.test`;
    const toSouth = `${make.randomSlug('s')}@example.test`;
    await invite(north, toNorth);
    await invite(south, toSouth);
    const p = await personWithPassword();
    await requestMagicLink(p.email, { ip: randomIp(), userAgent: null });
    const seenByNorth = await withCouncil(north.council.id, (tx) => tx.outboxMessage.findMany({ select: { toAddress: true, councilId: true } }));
    expect(seenByNorth.map((m) => m.toAddress)).toContain(toNorth);
    expect(seenByNorth.every((m) => m.councilId === north.council.id)).toBe(true);
    expect(
      await withCouncil(north.council.id, (tx) => tx.$queryRaw<unknown[]>`SELECT * FROM "OutboxMessage" WHERE "toAddress" IN (${toSouth}, ${p.email})`),
    ).toEqual([]);
    expect(await withApp((tx) => tx.outboxMessage.count())).toBe(0);
    await expect(withCouncil(north.council.id, (tx) => tx.$executeRaw`UPDATE "OutboxMessage" SET "toAddress" = 'x@evil.example'`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(withCouncil(north.council.id, (tx) => tx.$executeRaw`DELETE FROM "OutboxMessage"`)).rejects.toThrow(/permission denied/);
    // writing another council's mail is refused
    await expect(
      withCouncil(north.council.id, (tx) =>
        tx.outboxMessage.createMany({ data: [{ councilId: south.council.id, kind: 'x', toAddress: 'a@b.c', subject: 's', textBody: 't' }] }),
      ),
    ).rejects.toThrow();
    // the delivery worker's role sees every council's mail
    const worker = await withMailer((tx) =>
      tx.outboxMessage.findMany({ where: { toAddress: { in: [toNorth, toSouth, p.email] } }, select: { toAddress: true } }),
    );
    expect(worker.map((m) => m.toAddress).sort()).toEqual([toNorth, toSouth, p.email].sort());
  });
});

describe('7: adding a seat contact does not tell one council who is on record elsewhere', () => {
  it('adds the contact the same way whether or not another council knows the address', async () => {
    const north = await councilWithAdmin('North');
    const other = await councilWithAdmin('Other');
    const board = await withCouncil(north.council.id, (tx) =>
      tx.board.create({ data: { councilId: north.council.id, slug: 'improvement-board', name: 'IB', kind: 'IMPROVEMENT_BOARD' } }),
    );
    const add = (name: string, email: string) =>
      createSeat.execute({
        actorId: north.admin.id,
        councilSlug: north.council.slug,
        boardSlug: board.slug,
        input: { personChoice: 'NEW', newPersonName: name, newPersonEmail: email, role: 'MEMBER', agency: 'Schools', position: 'Head' },
      });
    const elsewhere = await add('Someone', other.admin.email!);
    const nowhere = await add('Someone', `${make.randomSlug('fresh')}@example.test`);
    expect(elsewhere).toMatchObject({ ok: true });
    expect(nowhere).toMatchObject({ ok: true });
    expect(elsewhere.ok && nowhere.ok && elsewhere.message).toBe(nowhere.ok ? nowhere.message : '');
    expect(JSON.stringify(elsewhere)).not.toMatch(/on record|already/);
    // the other council's person is untouched and not linked to this council
    const seats = await withCouncil(north.council.id, (tx) => tx.seat.findMany({ where: { boardId: board.id }, select: { personId: true } }));
    expect(seats.map((s) => s.personId)).not.toContain(other.admin.id);
  });
});

describe('8: malformed input is refused, never a 500', () => {
  it('answers plan form keys that are not actions as not found', async () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      await expect(planFormAction(key as never, 'x', 'y', null, new FormData())).resolves.toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
  });

  it('ignores audit dates that are not real days, and the page still loads', async () => {
    const north = await councilWithAdmin('North');
    for (const day of ['0000-01-01', '9999-99-99', '2026-02-30', '1900-01-01', '2026-13-01']) {
      const filter = auditFilterSchema.parse({ from: day, to: day });
      expect(filter).toMatchObject({ from: undefined, to: undefined });
      const ctx = { council: { id: north.council.id, slug: north.council.slug, name: north.council.name, region: 'ENGLAND_AND_WALES' } } as never;
      await expect(listAuditEvents(ctx, filter)).resolves.toMatchObject({ events: expect.any(Array), older: null });
    }
    expect(auditFilterSchema.parse({ from: '2026-02-28' })).toMatchObject({ from: '2026-02-28' });
  });
});
