// Over 300 lines on purpose: every kind of reminder, the digest and unsubscribing share one world builder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/db/connection';
import type { PrismaClient } from '../../lib/db/generated/prisma/client';
import { withCouncil } from '../../lib/db/tenant';
import { renderSecret } from '../../lib/mail/outbox';
import { runDueReminders, sendWeeklyDigests } from '../../lib/reminders';
import { setReminderPreferences } from '../../lib/reminders/actions';
import { preferencesIn, unsubscribeByToken } from '../../lib/reminders/preferences';
import { readUnsubscribeToken, unsubscribeToken } from '../../lib/reminders/token';
import { unsubscribeReminderFormAction } from '../../lib/reminders/form-actions';
import { POST as oneClick } from '../../app/unsubscribe/reminders/one-click/route';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
let second: PrismaClient;
beforeAll(async () => {
  t = await openTestDatabase();
  // a second app server: its own client and connections to the same database
  second = createPrismaClient(t.db);
});
afterAll(async () => {
  await second?.$disconnect();
  await closeTestDatabase(t);
});

const at = (iso: string) => new Date(iso);
const D = (day: string) => new Date(`${day}T00:00:00Z`);

/** A council with an Improvement Board: its administrator, Chair and a member, each with a seat or access. */
async function world() {
  const council = await make.council('Reminder Borough Council');
  const person = (name: string) => t.prisma.person.create({ data: { name, email: `${name.toLowerCase().replace(/ /g, '.')}-${council.slug}@example.test` } });
  const admin = await person('Admin Person');
  const chair = await person('Chair Person');
  const member = await person('Member Person');
  const rows = await withCouncil(council.id, async (tx) => {
    await tx.councilMembership.create({ data: { councilId: council.id, personId: admin.id, role: 'ADMIN' } });
    for (const p of [chair, member]) await tx.councilMembership.create({ data: { councilId: council.id, personId: p.id, role: 'MEMBER' } });
    const board = await tx.board.create({ data: { councilId: council.id, slug: 'improvement-board', name: 'Improvement Board', kind: 'IMPROVEMENT_BOARD' } });
    await tx.boardAccess.create({ data: { councilId: council.id, boardId: board.id, personId: admin.id, role: 'ADMINISTRATOR' } });
    const seat = (personId: string, role: 'CHAIR' | 'MEMBER') =>
      tx.seat.create({
        data: { councilId: council.id, boardId: board.id, personId, role, agency: 'Council', position: role === 'CHAIR' ? 'Independent Chair' : 'Director' },
      });
    return { board, chairSeat: await seat(chair.id, 'CHAIR'), memberSeat: await seat(member.id, 'MEMBER') };
  });
  const run = (now: Date, prisma?: PrismaClient) => runDueReminders(now, { councilIds: [council.id], prisma });
  const digest = (now: Date, prisma?: PrismaClient) => sendWeeklyDigests(now, { councilIds: [council.id], prisma });
  const mails = (kind?: string) =>
    t.prisma.outboxMessage.findMany({ where: { councilId: council.id, kind: kind ?? { startsWith: 'reminder.' } }, orderBy: { createdAt: 'asc' } });
  const inCouncil = <T>(fn: Parameters<typeof withCouncil<T>>[1]) => withCouncil(council.id, fn);
  const action = (data: { dueOn?: string; status?: 'OPEN' | 'IN_PROGRESS' | 'AWAITING_SIGN_OFF' } = {}) =>
    inCouncil((tx) =>
      tx.action.create({
        data: {
          councilId: council.id,
          boardId: rows.board.id,
          reference: `IB-2026-${Math.floor(Math.random() * 900 + 100)}`,
          description: 'Report the audit findings to the board',
          ownerSeatId: rows.memberSeat.id,
          dueOn: D(data.dueOn ?? '2026-04-30'),
          status: data.status ?? 'OPEN',
        },
      }),
    );
  const meeting = (startsAt: Date, status: 'SCHEDULED' | 'HELD' = 'SCHEDULED') =>
    inCouncil((tx) =>
      tx.meeting.create({
        data: { councilId: council.id, boardId: rows.board.id, title: 'Board meeting', startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000), status },
      }),
    );
  const prefer = (personId: string, kind: string, delivery: 'IMMEDIATELY' | 'DIGEST' | 'OFF') =>
    inCouncil((tx) => tx.reminderPreference.create({ data: { councilId: council.id, personId, kind, delivery } }));
  return { council, admin, chair, member, ...rows, run, digest, mails, inCouncil, action, meeting, prefer };
}

describe('actions: to the owner 7 days before, on the day, weekly while overdue', () => {
  it('fires on its day, exactly once however often the dispatcher runs', async () => {
    const w = await world();
    const a = await w.action();
    expect(await w.run(at('2026-04-23T05:00:00Z'))).toEqual({ sent: 0, digested: 0, skipped: 0 });
    expect(await w.run(at('2026-04-23T06:00:00Z'))).toMatchObject({ sent: 1 });
    expect(await w.run(at('2026-04-23T07:00:00Z'))).toMatchObject({ sent: 0, skipped: 1 });
    expect(await w.run(at('2026-04-28T12:00:00Z'))).toMatchObject({ sent: 0 });
    const [mail] = await w.mails('reminder.action-due');
    expect(mail).toMatchObject({ toAddress: w.member.email });
    expect(mail!.subject).toContain('Thursday 30 April 2026');
    expect(mail!.textBody).toContain(`/${w.council.slug}/boards/improvement-board/actions/${a.reference}`);
    expect(mail!.textBody).toContain('/account/notifications');
    expect(mail!.listUnsubscribe).toContain('/unsubscribe/reminders/one-click?token=');

    expect(await w.run(at('2026-04-30T06:00:00Z'))).toMatchObject({ sent: 1 });
    expect(await w.run(at('2026-05-07T06:00:00Z'))).toMatchObject({ sent: 1 });
    expect(await w.run(at('2026-05-08T06:00:00Z'))).toMatchObject({ sent: 0 });
    const subjects = (await w.mails('reminder.action-due')).map((m) => m.subject.split(':')[0]);
    expect(subjects).toEqual(['Action due', 'Action due', 'Overdue']);
  });

  it('two app servers running the dispatcher at the same moment send it once', async () => {
    const w = await world();
    await w.action();
    const now = at('2026-04-30T06:00:00Z');
    const [one, two] = await Promise.all([w.run(now), w.run(now, second)]);
    expect(one.sent + two.sent).toBe(1);
    const [three, four] = await Promise.all([w.run(now, second), w.run(now)]);
    expect(three.sent + four.sent).toBe(0);
    expect(await w.mails('reminder.action-due')).toHaveLength(1);
  });

  it('a missed day is caught up once, with the latest step only', async () => {
    const w = await world();
    await w.action();
    // the server was down from before the 7-day notice until the day after the due day
    expect(await w.run(at('2026-05-01T09:00:00Z'))).toMatchObject({ sent: 1 });
    expect(await w.run(at('2026-05-01T10:00:00Z'))).toMatchObject({ sent: 0 });
    const mails = await w.mails('reminder.action-due');
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(/^Overdue: .*Thursday 30 April 2026$/)]);
  });

  it('is not sent for work done, awaiting sign-off', async () => {
    const w = await world();
    await w.action({ status: 'AWAITING_SIGN_OFF' });
    expect(await w.run(at('2026-04-30T09:00:00Z'))).toMatchObject({ sent: 0 });
  });

  it('a revised date waiting for agreement reminds its proposer on the next meeting’s paper deadline', async () => {
    const w = await world();
    const a = await w.action({ status: 'IN_PROGRESS' });
    await w.meeting(at('2026-04-09T09:00:00Z'));
    await w.inCouncil((tx) =>
      tx.actionDueDateRevision.create({
        data: {
          councilId: w.council.id,
          actionId: a.id,
          previousDueOn: a.dueOn,
          proposedDueOn: D('2026-06-30'),
          reason: 'More time',
          proposedById: w.member.id,
        },
      }),
    );
    await w.run(at('2026-03-30T12:00:00Z'));
    expect(await w.mails('reminder.action-revision')).toHaveLength(0);
    await w.run(at('2026-03-31T06:00:00Z'));
    await w.run(at('2026-03-31T07:00:00Z'));
    const mails = await w.mails('reminder.action-revision');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.textBody).toContain('Tuesday 30 June 2026');
  });
});

describe('apologies and papers before a meeting', () => {
  // Thursday 9 April 2026: apologies by the end of Tuesday 7 April, papers by the end of Tuesday 31 March
  it('asks members who have not replied, two working days before the apology deadline, once', async () => {
    const w = await world();
    const m = await w.meeting(at('2026-04-09T09:00:00Z'));
    await w.inCouncil((tx) =>
      tx.attendance.create({
        data: { councilId: w.council.id, meetingId: m.id, seatId: w.chairSeat.id, status: 'APOLOGIES', apologySentAt: at('2026-03-25T09:00:00Z') },
      }),
    );
    await w.run(at('2026-03-31T12:00:00Z'));
    expect(await w.mails('reminder.apologies')).toHaveLength(0);
    await Promise.all([w.run(at('2026-04-01T06:00:00Z')), w.run(at('2026-04-01T06:00:00Z'), second)]);
    await w.run(at('2026-04-02T06:00:00Z'));
    const mails = await w.mails('reminder.apologies');
    // the Chair has sent apologies already: only the member is asked
    expect(mails.map((x) => x.toAddress)).toEqual([w.member.email]);
    expect(mails[0]!.textBody).toContain('Tuesday 7 April 2026');
    expect(mails[0]!.textBody).toContain(`/meetings/${m.id}/attendance`);
  });

  it('tells the administrator of papers missing at the deadline (always on, no unsubscribe)', async () => {
    const w = await world();
    const m = await w.meeting(at('2026-04-09T09:00:00Z'));
    await w.inCouncil(async (tx) => {
      const item = await tx.agendaItem.create({ data: { councilId: w.council.id, meetingId: m.id, position: 1, title: 'Performance report' } });
      const done = await tx.agendaItem.create({ data: { councilId: w.council.id, meetingId: m.id, position: 2, title: 'Audit' } });
      await tx.agendaItem.create({ data: { councilId: w.council.id, meetingId: m.id, position: 3, title: 'Apologies', standing: 'APOLOGIES' } });
      await tx.paper.create({ data: { councilId: w.council.id, meetingId: m.id, agendaItemId: done.id, title: 'Audit', status: 'CIRCULATED' } });
      return item;
    });
    // the administrator cannot turn it off: a stored "off" is ignored
    await w.prefer(w.admin.id, 'papers-missing', 'OFF');
    await w.run(at('2026-03-31T22:00:00Z'));
    expect(await w.mails('reminder.papers-missing')).toHaveLength(0);
    await w.run(at('2026-03-31T23:00:00Z'));
    await w.run(at('2026-04-01T09:00:00Z'));
    const mails = await w.mails('reminder.papers-missing');
    expect(mails.map((x) => x.toAddress)).toEqual([w.admin.email]);
    expect(mails[0]!.textBody).toContain('1 agenda item has no paper');
    expect(mails[0]!.listUnsubscribe).toBeNull();
    expect(mails[0]!.textBody).toContain('cannot be turned off');
  });
});

describe('minutes and reviews', () => {
  it('the Chair while minutes wait for approval; the administrator before distribution is due', async () => {
    const w = await world();
    const m = await w.meeting(at('2026-04-09T09:00:00Z'), 'HELD');
    await w.inCouncil((tx) =>
      tx.minutesVersion.create({
        data: { councilId: w.council.id, meetingId: m.id, versionNo: 1, status: 'SENT_TO_CHAIR', sentToChairAt: at('2026-04-09T15:00:00Z') },
      }),
    );
    // two working days after Thursday 9 April is Monday 13 April; distribution is due Thursday 16 April
    await w.run(at('2026-04-13T06:00:00Z'));
    await w.run(at('2026-04-13T10:00:00Z'));
    expect((await w.mails('reminder.minutes-approval')).map((x) => x.toAddress)).toEqual([w.chair.email]);
    expect(await w.mails('reminder.minutes-distribution')).toHaveLength(0);
    await w.run(at('2026-04-14T06:00:00Z'));
    const dist = await w.mails('reminder.minutes-distribution');
    expect(dist.map((x) => x.toAddress)).toEqual([w.admin.email]);
    expect(dist[0]!.subject).toContain('Thursday 16 April 2026');
    await w.run(at('2026-04-20T06:00:00Z'));
    expect(await w.mails('reminder.minutes-approval')).toHaveLength(2);
  });

  it('terms of reference and meeting schedule reviews go to the administrator, 14 days ahead and on the day', async () => {
    const w = await world();
    await w.inCouncil(async (tx) => {
      // approved Tuesday 30 December 2025 (London): review due Tuesday 30 June 2026; schedule reviewed 15 January: due 15 July
      await tx.termsVersion.create({
        data: {
          councilId: w.council.id,
          boardId: w.board.id,
          major: 1,
          minor: 0,
          status: 'APPROVED',
          title: 'Terms of reference',
          approvedAt: at('2025-12-30T15:00:00Z'),
        },
      });
      await tx.board.update({ where: { id: w.board.id }, data: { scheduleReviewedOn: D('2026-01-15') } });
    });
    await w.run(at('2026-06-16T06:00:00Z'));
    await w.run(at('2026-06-30T06:00:00Z'));
    await w.run(at('2026-07-01T06:00:00Z'));
    await w.run(at('2026-07-15T06:00:00Z'));
    const mails = await w.mails('reminder.reviews');
    expect(mails.map((m) => [m.toAddress, m.subject])).toEqual([
      [w.admin.email, 'Terms of reference review due Tuesday 30 June 2026: Improvement Board'],
      [w.admin.email, 'Terms of reference review due Tuesday 30 June 2026: Improvement Board'],
      [w.admin.email, 'Meeting schedule review due Wednesday 15 July 2026: Improvement Board'],
      [w.admin.email, 'Meeting schedule review due Wednesday 15 July 2026: Improvement Board'],
    ]);
    expect(mails[0]!.textBody).toContain(`/${w.council.slug}/boards/improvement-board/terms`);
  });

  it('a risk review due goes to its owner, 14 days ahead and on the day', async () => {
    const w = await world();
    await w.inCouncil((tx) =>
      tx.risk.create({
        data: {
          councilId: w.council.id,
          boardId: w.board.id,
          reference: 'R1',
          title: 'Workforce',
          description: 'Social worker vacancies',
          category: 'Workforce',
          ownerSeatId: w.memberSeat.id,
          inherentLikelihood: 4,
          inherentImpact: 4,
          currentLikelihood: 3,
          currentImpact: 4,
          targetLikelihood: 2,
          targetImpact: 3,
          reviewDueOn: D('2026-06-30'),
        },
      }),
    );
    await w.run(at('2026-06-16T06:00:00Z'));
    await w.run(at('2026-06-30T06:00:00Z'));
    await w.run(at('2026-06-30T08:00:00Z'));
    expect((await w.mails('reminder.reviews')).map((x) => x.toAddress)).toEqual([w.member.email, w.member.email]);
  });
});

describe('the weekly digest', () => {
  it('collects a week into one mail on Monday morning, and nothing twice', async () => {
    const w = await world();
    await w.prefer(w.member.id, 'action-due', 'DIGEST');
    await w.action({ dueOn: '2026-10-22' });
    await w.action({ dueOn: '2026-10-23' });
    // 7 days before each: Thursday 15 and Friday 16 October
    expect(await w.run(at('2026-10-15T06:00:00Z'))).toMatchObject({ sent: 0, digested: 1 });
    expect(await w.run(at('2026-10-16T06:00:00Z'))).toMatchObject({ sent: 0, digested: 1 });
    // Monday 19 October, 07:00 London is 06:00Z (summer time)
    expect(await w.digest(at('2026-10-19T05:59:00Z'))).toEqual({ sent: 0, entries: 0 });
    const [one, two] = await Promise.all([w.digest(at('2026-10-19T06:00:00Z')), w.digest(at('2026-10-19T06:00:00Z'), second)]);
    expect(one.sent + two.sent).toBe(1);
    expect(one.entries + two.entries).toBe(2);
    expect(await w.digest(at('2026-10-19T08:00:00Z'))).toEqual({ sent: 0, entries: 0 });
    const digests = await w.mails('reminder.digest');
    expect(digests).toHaveLength(1);
    expect(digests[0]!.toAddress).toBe(w.member.email);
    expect(digests[0]!.textBody).toContain('Thursday 22 October 2026');
    expect(digests[0]!.textBody).toContain('Friday 23 October 2026');
    expect(digests[0]!.listUnsubscribe).toContain('/unsubscribe/reminders/one-click');
    expect(await w.mails('reminder.action-due')).toHaveLength(0);

    // the due days go in the next week's digest, sent at 07:00 GMT after the clock change
    await w.run(at('2026-10-22T06:00:00Z'));
    await w.run(at('2026-10-23T06:00:00Z'));
    expect(await w.digest(at('2026-10-26T06:30:00Z'))).toEqual({ sent: 0, entries: 0 });
    expect(await w.digest(at('2026-10-26T07:00:00Z'))).toEqual({ sent: 1, entries: 2 });
    expect(await w.mails('reminder.digest')).toHaveLength(2);
  });
});

describe('unsubscribing', () => {
  it('from the digest: the kinds kept for it stop, entries waiting included', async () => {
    const w = await world();
    await w.prefer(w.member.id, 'action-due', 'DIGEST');
    await w.prefer(w.member.id, 'reviews', 'DIGEST');
    await w.action({ dueOn: '2026-10-22' });
    await w.run(at('2026-10-15T06:00:00Z'));
    await w.digest(at('2026-10-19T06:00:00Z'));
    const [digest] = await w.mails('reminder.digest');
    await w.run(at('2026-10-22T06:00:00Z'));
    const address = renderSecret(digest!.listUnsubscribe!, digest!.secret);
    expect((await oneClick(new Request(address, { method: 'POST' }), { params: Promise.resolve({}) })).status).toBe(200);
    expect(await w.inCouncil((tx) => preferencesIn(tx, w.council.id, w.member.id))).toMatchObject({
      'action-due': 'OFF',
      reviews: 'OFF',
      apologies: 'IMMEDIATELY',
    });
    // the entry kept on the due day is not sent
    expect(await w.digest(at('2026-10-26T07:00:00Z'))).toEqual({ sent: 0, entries: 0 });
    expect(await w.run(at('2026-10-29T07:00:00Z'))).toMatchObject({ sent: 0, digested: 0, skipped: 1 });
    expect(await w.mails('reminder.digest')).toHaveLength(1);
  });

  it('the one-click POST stops that optional kind only; mandatory notices keep coming', async () => {
    const w = await world();
    const m = await w.meeting(at('2026-04-09T09:00:00Z'), 'HELD');
    await w.inCouncil((tx) =>
      tx.minutesVersion.create({
        data: { councilId: w.council.id, meetingId: m.id, versionNo: 1, status: 'SENT_TO_CHAIR', sentToChairAt: at('2026-04-09T15:00:00Z') },
      }),
    );
    const next = await w.meeting(at('2026-05-07T09:00:00Z'));
    await w.run(at('2026-04-13T06:00:00Z'));
    const [approval] = await w.mails('reminder.minutes-approval');
    expect(approval!.listUnsubscribe).toBeNull();

    // an apology reminder to the Chair (deadline Tuesday 5 May, Monday 4 May a bank holiday), and its List-Unsubscribe address as sent
    await w.run(at('2026-04-30T06:00:00Z'));
    const [apology] = await w.mails('reminder.apologies').then((all) => all.filter((x) => x.toAddress === w.chair.email));
    const address = renderSecret(apology!.listUnsubscribe!, apology!.secret);
    expect(readUnsubscribeToken(new URL(address).searchParams.get('token'))).toEqual({ councilId: w.council.id, personId: w.chair.id, kind: 'apologies' });
    const response = await oneClick(new Request(address, { method: 'POST', body: 'List-Unsubscribe=One-Click' }), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(await w.inCouncil((tx) => preferencesIn(tx, w.council.id, w.chair.id))).toMatchObject({ apologies: 'OFF', 'minutes-approval': 'IMMEDIATELY' });

    // the meeting moves a week (a new apology deadline, a new event): no apology reminder comes; the member's does
    await w.inCouncil((tx) =>
      tx.meeting.update({ where: { id: next.id }, data: { startsAt: at('2026-05-14T09:00:00Z'), endsAt: at('2026-05-14T11:00:00Z') } }),
    );
    await w.run(at('2026-05-08T06:00:00Z'));
    expect((await w.mails('reminder.apologies')).filter((x) => x.toAddress === w.member.email)).toHaveLength(2);
    const apologies = (await w.mails('reminder.apologies')).filter((x) => x.toAddress === w.chair.email);
    expect(apologies).toHaveLength(1);
    await w.run(at('2026-05-11T06:00:00Z'));
    expect((await w.mails('reminder.minutes-approval')).length).toBeGreaterThan(1);
    const audit = await t.prisma.auditEvent.findMany({ where: { councilId: w.council.id, kind: 'reminder.unsubscribe' } });
    expect(audit).toHaveLength(1);
  });

  it('the button on the unsubscribe page (the form action) stops that kind only', async () => {
    const w = await world();
    const form = new FormData();
    form.set('token', unsubscribeToken({ councilId: w.council.id, personId: w.admin.id, kind: 'reviews' }));
    const result = await unsubscribeReminderFormAction(null, form);
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining('“Reviews due” reminders from Reminder Borough Council') });
    expect(await w.inCouncil((tx) => preferencesIn(tx, w.council.id, w.admin.id))).toMatchObject({
      reviews: 'OFF',
      'minutes-distribution': 'IMMEDIATELY',
      'papers-missing': 'IMMEDIATELY',
    });
    const bad = new FormData();
    bad.set('token', 'not-a-token');
    expect(await unsubscribeReminderFormAction(null, bad)).toMatchObject({ ok: false, code: 'INVALID' });
  });

  it('a forged or altered token does nothing, and a mandatory kind has no token', async () => {
    const w = await world();
    const good = unsubscribeToken({ councilId: w.council.id, personId: w.member.id, kind: 'action-due' });
    expect(await unsubscribeByToken(good.replace('action-due', 'reviews'), new Date())).toEqual({ ok: false });
    expect(await unsubscribeByToken(`${w.council.id}.${w.member.id}.minutes-approval.${good.split('.')[3]}`, new Date())).toEqual({ ok: false });
    expect(() => unsubscribeToken({ councilId: w.council.id, personId: w.member.id, kind: 'papers-missing' })).toThrow();
    const refused = await oneClick(new Request('http://localhost/unsubscribe/reminders/one-click?token=nonsense', { method: 'POST' }), {
      params: Promise.resolve({}),
    });
    expect(refused.status).toBe(404);
  });
});

describe('preferences', () => {
  it('are saved per person per council, audited, and refused for a mandatory kind', async () => {
    const w = await world();
    const call = (input: Record<string, unknown>) => setReminderPreferences.execute({ actorId: w.chair.id, councilSlug: w.council.slug, input });
    const saved = await call({ 'action-due': 'DIGEST', reviews: 'OFF' });
    expect(saved).toMatchObject({ ok: true });
    expect(await w.inCouncil((tx) => preferencesIn(tx, w.council.id, w.chair.id))).toMatchObject({
      'action-due': 'DIGEST',
      reviews: 'OFF',
      apologies: 'IMMEDIATELY',
    });
    const refused = await call({ 'minutes-approval': 'OFF' });
    expect(refused).toMatchObject({ ok: false, code: 'INVALID' });
    expect(!refused.ok && refused.fieldErrors?.['minutes-approval']?.[0]).toMatch(/cannot be turned off/);
    expect(await w.inCouncil((tx) => preferencesIn(tx, w.council.id, w.chair.id))).toMatchObject({ 'minutes-approval': 'IMMEDIATELY' });
    // only the person's own: another member's choices are untouched
    expect(await w.inCouncil((tx) => preferencesIn(tx, w.council.id, w.member.id))).toMatchObject({ 'action-due': 'IMMEDIATELY' });
    const audit = await t.prisma.auditEvent.findMany({ where: { councilId: w.council.id, kind: 'reminder.set-preferences' } });
    expect(audit).toHaveLength(1);
  });
});
