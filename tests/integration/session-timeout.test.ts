import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession, extendSession, peekSessionEnd, touchSession } from '../../lib/auth/sessions';
import { withPerson } from '../../lib/db/tenant';
import { keepForm, samePagePath, takeKeptForm, typedValues, KEPT_FORM_TTL_MS } from '../../lib/kept-forms/store';
import { currentTime } from '../../lib/clock';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';

// A form post that arrives after its session ended: the request as Next would give it.
const request = { referer: 'http://tabled.test/northbridge/boards/ib/actions/IB-2026-001', host: 'tabled.test', pid: null as string | null };
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ referer: request.referer, host: request.host, 'next-action': 'abc123' }),
  cookies: async () => ({ getAll: () => [] }),
}));
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));
vi.mock('../../lib/access/session', () => ({ sessionActor: async () => (request.pid ? { id: request.pid, sessionId: crypto.randomUUID() } : null) }));

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const minutes = (n: number) => n * 60_000;
async function person() {
  return t.prisma.person.create({ data: { name: 'Timeout Person', email: `t-${crypto.randomBytes(5).toString('hex')}@example.test` } });
}

describe('the session clock', () => {
  it('moves by the test clock file, and reads the system clock without one', () => {
    const file = path.join(os.tmpdir(), `tabled-clock-${crypto.randomBytes(4).toString('hex')}`);
    const before = process.env.TABLED_TEST_CLOCK_FILE;
    try {
      process.env.TABLED_TEST_CLOCK_FILE = file;
      expect(Math.abs(currentTime().getTime() - Date.now())).toBeLessThan(1000); // no file yet
      fs.writeFileSync(file, String(minutes(61)));
      expect(currentTime().getTime() - Date.now()).toBeGreaterThan(minutes(60));
    } finally {
      if (before === undefined) delete process.env.TABLED_TEST_CLOCK_FILE;
      else process.env.TABLED_TEST_CLOCK_FILE = before;
      fs.rmSync(file, { force: true });
    }
    expect(Math.abs(currentTime().getTime() - Date.now())).toBeLessThan(1000);
  });
});

describe('the timeout warning', () => {
  it('asks how long is left without keeping the session alive; "Stay signed in" restarts the idle timeout', async () => {
    const p = await person();
    const start = new Date('2026-12-03T09:00:00Z');
    const sid = await withPerson(p.id, (tx) => createSession(tx, p.id, 'password', { ip: null, userAgent: null }, start));
    // 58 minutes later: two minutes left, and asking does not move that
    const at58 = new Date(start.getTime() + minutes(58));
    expect((await peekSessionEnd(sid, p.id, at58))?.toISOString()).toBe(new Date(start.getTime() + minutes(60)).toISOString());
    expect((await peekSessionEnd(sid, p.id, at58))?.toISOString()).toBe(new Date(start.getTime() + minutes(60)).toISOString());
    // someone else's person id gets nothing
    expect(await peekSessionEnd(sid, crypto.randomUUID(), at58)).toBeNull();
    // staying signed in: another hour from now
    expect((await extendSession(sid, p.id, at58))?.toISOString()).toBe(new Date(at58.getTime() + minutes(60)).toISOString());
    // a request at 100 minutes is activity, as any page is
    expect(await touchSession(sid, new Date(start.getTime() + minutes(100)))).not.toBeNull();
    // and once an hour has passed with nothing done, the session has ended and cannot be extended
    const late = new Date(start.getTime() + minutes(161));
    expect(await peekSessionEnd(sid, p.id, late)).toBeNull();
    expect(await extendSession(sid, p.id, late)).toBeNull();
    expect(await touchSession(sid, late)).toBeNull();
  });
});

describe('what was typed when the session had ended', () => {
  it('never keeps a password, an upload or Next’s own fields', () => {
    const form = new FormData();
    form.set('body', 'Progress this month');
    form.set('password', 'secret');
    form.set('$ACTION_ID_abc', '');
    form.set('file', new Blob(['x']));
    form.append('agencies', 'Police');
    form.append('agencies', 'Health');
    expect(typedValues(form)).toEqual({ body: ['Progress this month'], agencies: ['Police', 'Health'] });
  });

  it('comes back from the page it was typed on only', () => {
    expect(samePagePath('http://tabled.test/a/b?x=1&kept=old', 'tabled.test')).toBe('/a/b?x=1');
    expect(samePagePath('http://evil.test/a', 'tabled.test')).toBeNull();
    expect(samePagePath(null, 'tabled.test')).toBeNull();
  });

  it('is given back once, to the same person, on the same page, within the hour', async () => {
    const p = await person();
    const now = new Date('2026-12-03T10:00:00Z');
    const values = { body: ['Typed before the timeout'] };
    const key = await keepForm({ values, path: '/x/actions/IB-1', personId: p.id }, now);
    expect(await takeKeptForm(key, crypto.randomUUID(), '/x/actions/IB-1', now)).toBeNull(); // someone else
    expect(await takeKeptForm(key, p.id, '/x/actions/IB-2', now)).toBeNull(); // another page
    expect(await takeKeptForm(key, p.id, '/x/actions/IB-1', new Date(now.getTime() + KEPT_FORM_TTL_MS + 1))).toBeNull(); // too late
    expect(await takeKeptForm(key, p.id, '/x/actions/IB-1', now)).toEqual(values);
    expect(await takeKeptForm(key, p.id, '/x/actions/IB-1', now)).toBeNull(); // once
    expect(await takeKeptForm('not a key', p.id, '/x/actions/IB-1', now)).toBeNull();
  });

  it('a form posted after the session ended is refused, kept, and answered with a sign-in link back to the form', async () => {
    const p = await person();
    const { runFormAction } = await import('../../lib/action/next');
    const { sessionEnded } = await import('../../lib/access/resolve');
    const form = new FormData();
    form.set('actionId', crypto.randomUUID());
    form.set('body', 'Half an hour of typing');
    // the cookie still names the person; the action's own transaction finds the session ended
    request.pid = p.id;
    const refused = vi.fn(async () => ({ ok: false as const, code: 'FORBIDDEN' as const, message: sessionEnded().message }));
    const result = await runFormAction({ execute: refused }, { council: 'northbridge', board: 'ib' }, form);
    expect(refused).toHaveBeenCalledOnce();
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN', values: { body: 'Half an hour of typing' } });
    const signIn = new URL(result.ok ? '' : result.signInHref!, 'http://tabled.test');
    expect(signIn.pathname).toBe('/sign-in');
    const back = new URL(signIn.searchParams.get('callbackUrl')!, 'http://tabled.test');
    expect(back.pathname).toBe('/northbridge/boards/ib/actions/IB-2026-001');
    const key = back.searchParams.get('kept')!;
    // kept for that person only
    expect(await takeKeptForm(key, crypto.randomUUID(), back.pathname)).toBeNull();
    expect(await takeKeptForm(key, p.id, back.pathname)).toMatchObject({ body: ['Half an hour of typing'] });

    // no cookie at all: nothing runs, and the text is still kept
    request.pid = null;
    const never = vi.fn();
    const signedOut = await runFormAction({ execute: never }, { council: 'northbridge', board: 'ib' }, form);
    expect(never).not.toHaveBeenCalled();
    expect(signedOut).toMatchObject({ ok: false, code: 'FORBIDDEN', values: { body: 'Half an hour of typing' } });
  });
});
