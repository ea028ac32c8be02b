import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { recordAttendance, recordApologies } from '../../lib/attendance/actions';
import { ATTENDANCE_SIGNED_MESSAGE } from '../../lib/attendance/signed';
import { STATUS_FIELD_PREFIX } from '../../lib/attendance/schema';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { governanceWorld } from './governance-world';

// Issue 15, finding 4: signed records could be deleted below the app. Each case runs as
// the app's role inside a tenant transaction with raw SQL, as the probe did, and then as
// the owner (who is also refused: a trigger, not a grant).

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const now = new Date();
const DAY = 86_400_000;

async function signedWorld() {
  const w = await governanceWorld(now);
  const held = await w.meeting(w.board.id, -3);
  const next = await w.meeting(w.board.id, 30, 'SCHEDULED');
  const c = w.council.id;
  const rows = await withCouncil(c, async (tx) => {
    const seat = await tx.seat.create({
      data: { councilId: c, boardId: w.board.id, personId: w.member.id, role: 'MEMBER', agency: 'Council', position: 'Director' },
    });
    const attendance = await tx.attendance.create({ data: { councilId: c, meetingId: held.id, seatId: seat.id, status: 'PRESENT' } });
    // terms: written as a draft with a section, then approved (and an older one superseded)
    const old = await tx.termsVersion.create({
      data: { councilId: c, boardId: w.board.id, major: 1, minor: 0, title: 'Terms', status: 'SUPERSEDED', approvedAt: now },
    });
    const terms = await tx.termsVersion.create({ data: { councilId: c, boardId: w.board.id, major: 2, minor: 0, title: 'Terms', previousVersionId: old.id } });
    const section = await tx.termsSection.create({
      data: { councilId: c, termsVersionId: terms.id, kind: 'PURPOSE', heading: 'Purpose', body: 'Why we meet', position: 1 },
    });
    await tx.termsVersion.update({ where: { id: terms.id }, data: { status: 'APPROVED', approvedAt: now, approvedById: w.chair.id, approvedHash: 'h' } });
    const draftTerms = await tx.termsVersion.create({ data: { councilId: c, boardId: w.board.id, major: 2, minor: 1, title: 'Terms draft' } });
    // a plan with a signed-off action and an open one
    const plan = await tx.improvementPlan.create({ data: { councilId: c, boardId: w.board.id, title: 'Plan' } });
    const theme = await tx.planTheme.create({ data: { councilId: c, planId: plan.id, name: 'Leadership', position: 1 } });
    const planAction = (reference: string, status: 'SIGNED_OFF' | 'IN_PROGRESS') =>
      tx.planAction.create({
        data: {
          councilId: c,
          planId: plan.id,
          themeId: theme.id,
          reference,
          description: 'Do it',
          leadOfficer: 'DCS',
          dueOn: new Date(now.getTime() + 60 * DAY),
          status,
        },
      });
    const signedOff = await planAction('1.1', 'SIGNED_OFF');
    const openPlanAction = await planAction('1.2', 'IN_PROGRESS');
    // the action log: one closed at a meeting, one open
    const action = (reference: string, status: 'CLOSED' | 'OPEN') =>
      tx.action.create({
        data: {
          councilId: c,
          boardId: w.board.id,
          reference,
          description: 'Report back',
          dueOn: new Date(now.getTime() - DAY),
          status,
          ...(status === 'CLOSED' ? { signedOffAt: now, signedOffAtMeetingId: held.id, signedOffById: w.chair.id } : {}),
        },
      });
    const closed = await action('IB-2026-001', 'CLOSED');
    const open = await action('IB-2026-002', 'OPEN');
    // approved minutes of the held meeting, with the attendance snapshot
    const minutes = await tx.minutesVersion.create({
      data: {
        councilId: c,
        meetingId: held.id,
        versionNo: 1,
        status: 'APPROVED',
        approvedAt: now,
        approvedById: w.chair.id,
        approvedHash: 'h',
        attendanceSnapshot: [{ seatId: seat.id, status: 'PRESENT' }],
      },
    });
    return { seat, attendance, old, terms, section, draftTerms, signedOff, openPlanAction, closed, open, minutes };
  });
  return { ...w, held, next, ...rows };
}
type World = Awaited<ReturnType<typeof signedWorld>>;

/** Raw SQL as tabled_app in the council's own transaction: what the probe ran. */
const asApp = (w: World, sql: string, ...params: unknown[]) => withCouncil(w.council.id, (tx) => tx.$executeRawUnsafe(sql, ...params));
/** The same as the owner (the superuser in tests): triggers hold for it too. */
const asOwner = (sql: string, ...params: unknown[]) => t.db.query(sql, params);

const refused = /cannot be (deleted|changed)|changes only through a correction/;

describe('signed records refuse DELETE as well as UPDATE, whoever asks', () => {
  it('keeps approved and superseded terms of reference and their sections', async () => {
    const w = await signedWorld();
    for (const run of [(sql: string, id: string) => asApp(w, sql, id), (sql: string, id: string) => asOwner(sql, id)]) {
      await expect(run('DELETE FROM "TermsVersion" WHERE id = $1::uuid', w.terms.id)).rejects.toThrow(refused);
      await expect(run('DELETE FROM "TermsVersion" WHERE id = $1::uuid', w.old.id)).rejects.toThrow(refused);
      await expect(run('DELETE FROM "TermsSection" WHERE id = $1::uuid', w.section.id)).rejects.toThrow(/cannot be changed/);
    }
    await expect(asApp(w, `DELETE FROM "TermsVersion" WHERE "approvedAt" IS NOT NULL AND "councilId" = $1::uuid`, w.council.id)).rejects.toThrow(refused);
    // a draft is still the administrator's to delete
    expect(await asApp(w, 'DELETE FROM "TermsVersion" WHERE id = $1::uuid', w.draftTerms.id)).toBe(1);
    expect(await withCouncil(w.council.id, (tx) => tx.termsVersion.count({ where: { boardId: w.board.id } }))).toBe(2);
  });

  it('keeps signed-off plan actions', async () => {
    const w = await signedWorld();
    await expect(asApp(w, `DELETE FROM "PlanAction" WHERE status = 'SIGNED_OFF'`)).rejects.toThrow(refused);
    await expect(asOwner('DELETE FROM "PlanAction" WHERE id = $1::uuid', w.signedOff.id)).rejects.toThrow(refused);
    await expect(asApp(w, `UPDATE "PlanAction" SET description = 'rewritten' WHERE id = $1::uuid`, w.signedOff.id)).rejects.toThrow(refused);
    expect(await asApp(w, 'DELETE FROM "PlanAction" WHERE id = $1::uuid', w.openPlanAction.id)).toBe(1);
  });

  it('keeps approved minutes and their attendance snapshot', async () => {
    const w = await signedWorld();
    await expect(asApp(w, 'DELETE FROM "MinutesVersion" WHERE id = $1::uuid', w.minutes.id)).rejects.toThrow(refused);
    await expect(asApp(w, `UPDATE "MinutesVersion" SET "attendanceSnapshot" = '[]'::jsonb WHERE id = $1::uuid`, w.minutes.id)).rejects.toThrow(refused);
    await expect(asOwner('DELETE FROM "MinutesVersion" WHERE id = $1::uuid', w.minutes.id)).rejects.toThrow(refused);
  });

  it('keeps closed actions', async () => {
    const w = await signedWorld();
    await expect(asApp(w, 'DELETE FROM "Action" WHERE id = $1::uuid', w.closed.id)).rejects.toThrow(refused);
    await expect(asApp(w, `UPDATE "Action" SET description = 'rewritten' WHERE id = $1::uuid`, w.closed.id)).rejects.toThrow(refused);
    await expect(asApp(w, `UPDATE "Action" SET status = 'OPEN', "signedOffAt" = NULL WHERE id = $1::uuid`, w.closed.id)).rejects.toThrow(refused);
    await expect(asOwner('DELETE FROM "Action" WHERE id = $1::uuid', w.closed.id)).rejects.toThrow(refused);
    // an open action is still edited and deleted as before
    expect(await asApp(w, `UPDATE "Action" SET description = 'clearer' WHERE id = $1::uuid`, w.open.id)).toBe(1);
    expect(await asApp(w, 'DELETE FROM "Action" WHERE id = $1::uuid', w.open.id)).toBe(1);
  });
});

describe('attendance of a meeting whose minutes are approved', () => {
  it('is refused below the app: no update, delete or new row', async () => {
    const w = await signedWorld();
    await expect(asApp(w, `UPDATE "Attendance" SET status = 'ABSENT' WHERE id = $1::uuid`, w.attendance.id)).rejects.toThrow(refused);
    await expect(asApp(w, 'DELETE FROM "Attendance" WHERE id = $1::uuid', w.attendance.id)).rejects.toThrow(refused);
    await expect(asOwner(`UPDATE "Attendance" SET status = 'ABSENT' WHERE id = $1::uuid`, w.attendance.id)).rejects.toThrow(refused);
    const other = await withCouncil(w.council.id, (tx) =>
      tx.seat.create({ data: { councilId: w.council.id, boardId: w.board.id, personId: w.chair.id, role: 'CHAIR', agency: 'Council', position: 'Chair' } }),
    );
    await expect(
      asApp(
        w,
        `INSERT INTO "Attendance" ("councilId", "meetingId", "seatId", status, "updatedAt") VALUES ($1::uuid, $2::uuid, $3::uuid, 'PRESENT', now())`,
        w.council.id,
        w.held.id,
        other.id,
      ),
    ).rejects.toThrow(refused);
  });

  it('is refused in the app with a clear, typed message', async () => {
    const w = await signedWorld();
    const call = { actorId: w.admin.id, councilSlug: w.council.slug, boardSlug: w.board.slug };
    // any well-formed fingerprint: the signed minutes are checked before it is compared
    const recorded = await recordAttendance.execute({
      ...call,
      input: { meetingId: w.held.id, fingerprint: '0'.repeat(64), [`${STATUS_FIELD_PREFIX}${w.seat.id}`]: 'ABSENT' },
    });
    expect(recorded).toMatchObject({ ok: false, code: 'INVALID', message: ATTENDANCE_SIGNED_MESSAGE });
    const apologies = await recordApologies.execute({ ...call, input: { meetingId: w.held.id, seatId: w.seat.id, response: 'APOLOGIES' } });
    expect(apologies).toMatchObject({ ok: false, code: 'INVALID', message: ATTENDANCE_SIGNED_MESSAGE });
    expect(await withCouncil(w.council.id, (tx) => tx.attendance.findUniqueOrThrow({ where: { id: w.attendance.id } }))).toMatchObject({ status: 'PRESENT' });
  });

  it('changes again once a correction of the minutes is started, until that is approved', async () => {
    const w = await signedWorld();
    await withCouncil(w.council.id, (tx) =>
      tx.minutesVersion.create({ data: { councilId: w.council.id, meetingId: w.held.id, versionNo: 2, previousVersionId: w.minutes.id } }),
    );
    expect(await asApp(w, `UPDATE "Attendance" SET status = 'VIRTUAL' WHERE id = $1::uuid`, w.attendance.id)).toBe(1);
    await asApp(w, `UPDATE "MinutesVersion" SET status = 'APPROVED', "approvedAt" = now() WHERE "meetingId" = $1::uuid AND "versionNo" = 2`, w.held.id);
    await expect(asApp(w, `UPDATE "Attendance" SET status = 'ABSENT' WHERE id = $1::uuid`, w.attendance.id)).rejects.toThrow(refused);
  });
});
