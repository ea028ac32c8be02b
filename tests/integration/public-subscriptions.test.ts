import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { confirmSubscription, prunePublicSubscriptions, requestSubscription, unsubscribe } from '../../lib/public/subscriptions';
import { subscribe } from '../../lib/public/subscribe';
import { publishMeeting } from '../../lib/public/actions';
import { announceDueAgendasIn } from '../../lib/public/subscriber-mail';
import { cancelMeeting, rescheduleMeeting } from '../../lib/meetings/actions';
import { distributeMinutes } from '../../lib/minutes/actions';
import { deliverPending } from './mail-queue';
import { createTransport, type OutgoingMail } from '../../lib/mail/transport';
import { startMailSink } from '../../lib/mail/sink';
import { SUBSCRIPTION_TOPICS } from '../../lib/rules/public-subscription';
import { GET as feed } from '../../app/public/[council]/[board]/feed.atom/route';
import { POST as oneClick } from '../../app/public/[council]/[board]/unsubscribe/one-click/route';
import { attendanceWorld, type AttendanceWorld } from './attendance-world';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

// Friday 20 March 2026; the world's meeting is on Thursday 9 April
const NOW = new Date('2026-03-20T12:00:00Z');
const ALL = [...SUBSCRIPTION_TOPICS];

const ask = (w: AttendanceWorld, email: string, topics = ALL, now = NOW) =>
  requestSubscription({ councilSlug: w.council.slug, boardSlug: w.board.slug, email, topics }, now);

/** The mail queued for the world's council of these kinds, oldest first. */
const mails = (w: AttendanceWorld, kinds: string[]) =>
  t.prisma.outboxMessage.findMany({ where: { councilId: w.council.id, kind: { in: kinds } }, orderBy: { createdAt: 'asc' } });

/** The confirmation link's token in the latest confirmation mail to this address. */
async function confirmToken(w: AttendanceWorld, email: string): Promise<string> {
  const rows = (await mails(w, ['public.subscription-confirm'])).filter((m) => m.toAddress === email);
  return rows[rows.length - 1]!.secret!;
}

async function subscribed(w: AttendanceWorld, email: string, topics = ALL) {
  await ask(w, email, topics);
  expect(await confirmSubscription(w.council.slug, w.board.slug, await confirmToken(w, email), NOW)).toMatchObject({ ok: true });
}

const act = (w: AttendanceWorld, input: Record<string, unknown>, now = NOW) => ({
  actorId: w.people.admin.id,
  councilSlug: w.council.slug,
  boardSlug: w.board.slug,
  input,
  now,
});

const publish = (w: AttendanceWorld) => publishMeeting.execute(act(w, { meetingId: w.meeting.id, withoutAgreement: 'yes' }));

async function unsubscribeTokenOf(w: AttendanceWorld, email: string): Promise<string> {
  const row = (await mails(w, ['public.agenda', 'public.meeting-changed', 'public.minutes'])).find((m) => m.toAddress === email);
  return row!.secret!;
}

/** A tiny well-formedness check: every tag closes in order, one root, only the five entities. */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const [, close, name, , selfClose] = m;
    if (close) {
      if (stack.pop() !== name) return false;
    } else if (!selfClose) {
      if (stack.length === 0) roots += 1;
      stack.push(name!);
    }
  }
  const text = body.replace(/<[^>]*>/g, '');
  return stack.length === 0 && roots === 1 && !/&(?!(amp|lt|gt|quot|apos);)/.test(text) && !/[<>]/.test(text);
}

describe('public subscriptions', () => {
  it('subscribe mails a single-use confirmation link; only the confirmed are mailed when an agenda is published', async () => {
    const w = await attendanceWorld({ isPublic: true });
    const answer = await subscribeForm({ council: w.council.slug, board: w.board.slug }, null, formOf({ email: ' Reader@Example.org ', topics: ALL }));
    expect(answer).toMatchObject({ ok: true, message: expect.stringMatching(/^Check your email/) });
    const [confirm] = await mails(w, ['public.subscription-confirm']);
    expect(confirm).toMatchObject({ toAddress: 'reader@example.org', secret: expect.stringMatching(/^[\w-]{43}$/) });
    // the body names the link's place; the token itself is not in it
    expect(confirm!.textBody).toContain(`/public/${w.council.slug}/${w.board.slug}/subscribe/confirm?token=__TABLED_SECRET__`);
    expect(confirm!.textBody).not.toContain(confirm!.secret!);
    const stored = await withCouncil(w.council.id, (tx) => tx.publicSubscription.findFirstOrThrow({ where: { boardId: w.board.id } }));
    expect(stored.confirmTokenHash).not.toBe(confirm!.secret);
    expect(stored.confirmedAt).toBeNull();

    await ask(w, 'unconfirmed@example.org');
    const token = confirm!.secret!;
    expect(await confirmSubscription(w.council.slug, w.board.slug, token, NOW)).toEqual({ ok: true, boardName: w.board.name, topics: ALL });
    // single use
    expect(await confirmSubscription(w.council.slug, w.board.slug, token, NOW)).toEqual({ ok: false });

    expect(await publish(w)).toMatchObject({ ok: true });
    const agenda = await mails(w, ['public.agenda']);
    expect(agenda.map((m) => m.toAddress)).toEqual(['reader@example.org']);
    expect(agenda[0]!.subject).toMatch(/^Agenda published: April board/);
    expect(agenda[0]!.textBody).toContain(`/public/${w.council.slug}/${w.board.slug}/unsubscribe?token=__TABLED_SECRET__`);
    expect(agenda[0]!.listUnsubscribe).toContain(`/public/${w.council.slug}/${w.board.slug}/unsubscribe/one-click?token=__TABLED_SECRET__`);

    // delivered (messages are due by the real clock, as enqueueMail stamps them): the link
    // and the List-Unsubscribe header carry the subscriber's own token
    const sent: OutgoingMail[] = [];
    await deliverPending({ transport: { send: async (m) => void sent.push(m) }, kind: 'public.agenda', now: new Date(Date.now() + 60_000), limit: 100 });
    const mine = sent.find((m) => m.to === 'reader@example.org')!;
    const unsubscribeToken = /unsubscribe\?token=([\w-]{43})/.exec(mine.text)?.[1];
    expect(unsubscribeToken).toBeDefined();
    expect(mine.listUnsubscribe).toMatch(new RegExp(`one-click\\?token=${unsubscribeToken}$`));

    // over SMTP the address goes as List-Unsubscribe, with the one-click POST header
    const sink = await startMailSink();
    try {
      await createTransport(`smtp://127.0.0.1:${sink.port}`, 'Tabled <no-reply@tabled.test>').send(mine);
      // headers are unfolded first: a long one is folded onto the next line
      const raw = (await sink.waitFor((m) => m.to === 'reader@example.org')).raw.replace(/\r?\n[ \t]+/g, ' ');
      expect(raw).toMatch(new RegExp(`^List-Unsubscribe: <[^>]*one-click\\?token=${unsubscribeToken}>`, 'm'));
      expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    } finally {
      await sink.close();
    }
  });

  it('an agreed agenda that goes up by itself at the deadline is announced once, by the job; publish now then mails nothing more', async () => {
    const w = await attendanceWorld({ isPublic: true });
    await subscribed(w, 'auto@example.org', ['agenda']);
    await withCouncil(w.council.id, (tx) =>
      tx.meeting.update({ where: { id: w.meeting.id }, data: { agendaAgreedAt: NOW, agendaAgreedById: w.people.chair.id } }),
    );
    // seven days' notice: public from 00:00 London time on Thursday 2 April (23:00Z on 1 April)
    const due = new Date('2026-04-01T23:00:00Z');
    expect(await withCouncil(w.council.id, (tx) => announceDueAgendasIn(tx, new Date(due.getTime() - 1)))).toBe(0);
    expect(await withCouncil(w.council.id, (tx) => announceDueAgendasIn(tx, due))).toBe(1);
    expect(await withCouncil(w.council.id, (tx) => announceDueAgendasIn(tx, new Date(due.getTime() + 3_600_000)))).toBe(0);
    expect(await publishMeeting.execute(act(w, { meetingId: w.meeting.id }, due))).toMatchObject({ ok: true });
    expect((await mails(w, ['public.agenda'])).map((m) => m.toAddress)).toEqual(['auto@example.org']);
  });

  it('an agenda published now is not announced again by the job', async () => {
    const w = await attendanceWorld({ isPublic: true });
    await subscribed(w, 'early@example.org', ['agenda']);
    await publish(w);
    expect(await withCouncil(w.council.id, (tx) => announceDueAgendasIn(tx, new Date('2026-04-02T12:00:00Z')))).toBe(0);
    expect(await mails(w, ['public.agenda'])).toHaveLength(1);
  });

  it('an expired confirmation link does nothing; asking again sends a new one, at most three a day', async () => {
    const w = await attendanceWorld({ isPublic: true });
    await ask(w, 'late@example.org');
    const old = await confirmToken(w, 'late@example.org');
    expect(await confirmSubscription(w.council.slug, w.board.slug, old, new Date(NOW.getTime() + 8 * 86_400_000))).toEqual({ ok: false });
    expect(await ask(w, 'late@example.org')).toEqual({ queued: true });
    expect(await ask(w, 'late@example.org')).toEqual({ queued: true });
    expect(await ask(w, 'late@example.org')).toEqual({ queued: false });
    expect(await mails(w, ['public.subscription-confirm'])).toHaveLength(3);
    // the older link was replaced by the newer
    expect(await confirmSubscription(w.council.slug, w.board.slug, old, NOW)).toEqual({ ok: false });
    expect(await ask(w, 'late@example.org', ALL, new Date(NOW.getTime() + 86_400_000))).toEqual({ queued: true });
  });

  it('answers the same whether or not the address is already subscribed, or over its limit', async () => {
    const w = await attendanceWorld({ isPublic: true });
    await subscribed(w, 'known@example.org');
    const route = { council: w.council.slug, board: w.board.slug };
    const answers = [];
    for (const email of ['known@example.org', 'new@example.org', 'known@example.org', 'known@example.org', 'known@example.org']) {
      const r = await subscribeForm(route, null, formOf({ email, topics: ALL }));
      answers.push(r.ok ? r.message!.replace(email, 'EMAIL') : r);
    }
    expect(new Set(answers).size).toBe(1);
    expect(await subscribeForm(route, null, formOf({ email: 'nope', topics: ALL }))).toMatchObject({
      ok: false,
      fieldErrors: { email: expect.any(Array) },
    });
    expect(await subscribeForm(route, null, formOf({ email: 'a@example.org', topics: [] }))).toMatchObject({
      ok: false,
      fieldErrors: { topics: expect.any(Array) },
    });
  });

  it('one network address may ask for at most 20 subscriptions an hour, whatever the email addresses', async () => {
    const w = await attendanceWorld({ isPublic: true });
    const route = { council: w.council.slug, board: w.board.slug };
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}-${w.council.slug}`;
    for (let i = 0; i < 20; i++)
      expect(await subscribeForm(route, null, formOf({ email: `spray${i}@example.org`, topics: ALL }), ip)).toMatchObject({ ok: true });
    expect(await subscribeForm(route, null, formOf({ email: 'spray20@example.org', topics: ALL }), ip)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/too many requests .* from your network/),
    });
    expect(await mails(w, ['public.subscription-confirm'])).toHaveLength(20);
    // another address is not held back
    expect(await subscribeForm(route, null, formOf({ email: 'spray20@example.org', topics: ALL }))).toMatchObject({ ok: true });
  });

  it('forgets addresses never confirmed once their link expires, and unsubscribed ones after 30 days', async () => {
    const w = await attendanceWorld({ isPublic: true });
    await ask(w, 'never@example.org');
    await subscribed(w, 'stays@example.org');
    await subscribed(w, 'leaves@example.org');
    await publish(w);
    expect(await unsubscribe(w.council.slug, w.board.slug, await unsubscribeTokenOf(w, 'leaves@example.org'), NOW)).toBe(true);
    const left = async () =>
      (await withCouncil(w.council.id, (tx) => tx.publicSubscription.findMany({ where: { boardId: w.board.id }, orderBy: { email: 'asc' } }))).map(
        (r) => r.email,
      );
    const prune = (days: number) => withCouncil(w.council.id, (tx) => prunePublicSubscriptions(tx, new Date(NOW.getTime() + days * 86_400_000)));
    await prune(6);
    expect(await left()).toEqual(['leaves@example.org', 'never@example.org', 'stays@example.org']);
    await prune(8);
    expect(await left()).toEqual(['leaves@example.org', 'stays@example.org']);
    await prune(31);
    expect(await left()).toEqual(['stays@example.org']);
  });

  it('mails moves and cancellations to those who chose them', async () => {
    const w = await attendanceWorld({ isPublic: true });
    await subscribed(w, 'changes@example.org', ['meeting-changes']);
    await subscribed(w, 'agenda-only@example.org', ['agenda']);
    const second = await make.meeting(w.council, w.board, {
      title: 'May board',
      startsAt: new Date('2026-05-14T09:00:00Z'),
      endsAt: new Date('2026-05-14T11:00:00Z'),
    });
    const moved = await rescheduleMeeting.execute(act(w, { meetingId: w.meeting.id, newDate: '16/4/2026', newStartTime: '10:00', newEndTime: '12:00' }));
    expect(moved).toMatchObject({ ok: true });
    expect(await cancelMeeting.execute(act(w, { meetingId: second.id, reason: 'Not quorate' }))).toMatchObject({ ok: true });
    const sent = await mails(w, ['public.meeting-changed']);
    expect(sent.map((m) => [m.toAddress, m.subject.split(':')[0]])).toEqual([
      ['changes@example.org', 'Meeting moved'],
      ['changes@example.org', 'Meeting cancelled'],
    ]);
    expect(sent[0]!.textBody).toMatch(/has moved to Thursday 16 April 2026/);
    expect(sent[1]!.textBody).toContain('Not quorate');
  });

  it('mails distributed minutes, and unsubscribing (by the page or in one click) stops every mail', async () => {
    const w = await attendanceWorld({ isPublic: true });
    await subscribed(w, 'minutes@example.org');
    await subscribed(w, 'clicker@example.org');
    await publish(w);
    const minutes = await withCouncil(w.council.id, (tx) =>
      tx.minutesVersion.create({
        data: {
          councilId: w.council.id,
          meetingId: w.meeting.id,
          versionNo: 1,
          status: 'APPROVED',
          approvedAt: NOW,
          approvedById: w.people.chair.id,
          approvedHash: 'h',
        },
      }),
    );
    expect(await distributeMinutes.execute(act(w, { minutesId: minutes.id, version: 1 }))).toMatchObject({ ok: true });
    const sent = await mails(w, ['public.minutes']);
    expect(sent.map((m) => m.toAddress).sort()).toEqual(['clicker@example.org', 'minutes@example.org']);
    expect(sent[0]!.textBody).toContain(`/public/${w.council.slug}/${w.board.slug}/minutes/${minutes.id}`);

    const token = await unsubscribeTokenOf(w, 'minutes@example.org');
    expect(await unsubscribe(w.council.slug, w.board.slug, token, NOW)).toBe(true);
    expect(await unsubscribe(w.council.slug, w.board.slug, token, NOW)).toBe(true);
    const params = Promise.resolve({ council: w.council.slug, board: w.board.slug });
    const clickToken = await unsubscribeTokenOf(w, 'clicker@example.org');
    const url = `http://localhost/public/${w.council.slug}/${w.board.slug}/unsubscribe/one-click?token=`;
    expect((await oneClick(new Request(url + 'x'.repeat(43), { method: 'POST' }), { params })).status).toBe(404);
    const clicked = await oneClick(new Request(url + clickToken, { method: 'POST', body: 'List-Unsubscribe=One-Click' }), { params });
    expect(clicked.status).toBe(200);

    const before = (await mails(w, ['public.meeting-changed'])).length;
    expect(await cancelMeeting.execute(act(w, { meetingId: w.meeting.id, reason: 'Postponed' }))).toMatchObject({ ok: true });
    expect(await mails(w, ['public.meeting-changed'])).toHaveLength(before);
  });

  it('a private board refuses subscriptions and mails nobody, even its old subscribers', async () => {
    const w = await attendanceWorld({ isPublic: true });
    await subscribed(w, 'before@example.org');
    await withCouncil(w.council.id, (tx) => tx.board.update({ where: { id: w.board.id }, data: { isPublic: false } }));
    await expect(ask(w, 'after@example.org')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await subscribeForm({ council: w.council.slug, board: w.board.slug }, null, formOf({ email: 'after@example.org', topics: ALL }))).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await cancelMeeting.execute(act(w, { meetingId: w.meeting.id, reason: 'Private now' }))).toMatchObject({ ok: true });
    expect(await mails(w, ['public.meeting-changed', 'public.subscription-confirm'])).toHaveLength(1);
    const response = await feed(new Request('http://localhost/feed.atom'), { params: Promise.resolve({ council: w.council.slug, board: w.board.slug }) });
    expect(response.status).toBe(404);
  });

  it("a token of one council's board confirms and unsubscribes nothing at another's", async () => {
    const a = await attendanceWorld({ isPublic: true });
    const b = await attendanceWorld({ isPublic: true });
    await ask(a, 'cross@example.org');
    const token = await confirmToken(a, 'cross@example.org');
    expect(await confirmSubscription(b.council.slug, b.board.slug, token, NOW)).toEqual({ ok: false });
    // same council, another board: nothing either
    const other = await make.board(a.council, { isPublic: true, name: 'Other public board', slug: `other-${a.council.slug}` });
    expect(await confirmSubscription(a.council.slug, other.slug, token, NOW)).toEqual({ ok: false });
    expect(await confirmSubscription(a.council.slug, a.board.slug, token, NOW)).toMatchObject({ ok: true });
    await publish(a);
    const unsubscribeToken = await unsubscribeTokenOf(a, 'cross@example.org');
    expect(await unsubscribe(b.council.slug, b.board.slug, unsubscribeToken, NOW)).toBe(false);
    const row = await withCouncil(a.council.id, (tx) => tx.publicSubscription.findFirstOrThrow({ where: { boardId: a.board.id } }));
    expect(row.unsubscribedAt).toBeNull();
  });

  it('the Atom feed is well formed and lists the published agenda, the move, the cancellation and the minutes, newest first', async () => {
    const w = await attendanceWorld({ isPublic: true });
    const second = await make.meeting(w.council, w.board, {
      title: 'May <board> & co',
      startsAt: new Date('2026-05-14T09:00:00Z'),
      endsAt: new Date('2026-05-14T11:00:00Z'),
    });
    await publish(w);
    const minutes = await withCouncil(w.council.id, (tx) =>
      tx.minutesVersion.create({
        data: {
          councilId: w.council.id,
          meetingId: w.meeting.id,
          versionNo: 1,
          status: 'APPROVED',
          approvedAt: NOW,
          approvedById: w.people.chair.id,
          approvedHash: 'h',
        },
      }),
    );
    expect(await distributeMinutes.execute(act(w, { minutesId: minutes.id, version: 1 }, new Date('2026-03-21T12:00:00Z')))).toMatchObject({ ok: true });
    expect(await cancelMeeting.execute(act(w, { meetingId: second.id, reason: 'No business' }, new Date('2026-03-22T12:00:00Z')))).toMatchObject({ ok: true });
    const response = await feed(new Request('http://localhost/feed.atom'), { params: Promise.resolve({ council: w.council.slug, board: w.board.slug }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/atom\+xml/);
    const xml = await response.text();
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    const titles = [...xml.matchAll(/<entry>\s*<id>[^<]+<\/id>\s*<title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual([
      expect.stringMatching(/^Meeting cancelled: May &lt;board&gt; &amp; co/),
      expect.stringMatching(/^Minutes published: April board/),
      expect.stringMatching(/^Agenda published: April board/),
    ]);
    expect(xml).toContain(`/public/${w.council.slug}/${w.board.slug}/minutes/${minutes.id}`);
    // nothing of anyone's address
    expect(xml).not.toContain('@');
  });
});

/** The form's post, from an address of the test's own (so the per-address count is this test's). */
const subscribeForm = (route: { council: string; board: string }, _prev: null, data: FormData, ip = `test-${route.council}`) =>
  subscribe(route, data, { ip, userAgent: null });

function formOf(values: { email: string; topics: readonly string[] }): FormData {
  const data = new FormData();
  data.set('email', values.email);
  for (const topic of values.topics) data.append('topics', topic);
  return data;
}
