// Each seed board's distinctive rules, as a test named after its paper (../shared/seeds/).
// Plymouth's terms and Shropshire's advisory board are in terms-shape.test.ts and advisory-boards.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { scheduleSeries } from '../../lib/meetings/actions';
import { addAgendaItem } from '../../lib/meetings/agenda/actions';
import { agreeAgenda, agreeDelegatedAgenda } from '../../lib/meetings/agenda/agreement';
import { agendaAgreementText } from '../../lib/meetings/agenda/agreement-words';
import { setAgendaAgreement } from '../../lib/boards/agenda-agreement';
import { changeBoardStatus, createBoard } from '../../lib/boards/actions';
import { getBoardOverview } from '../../lib/boards/queries';
import { createAction } from '../../lib/action-log/actions';
import { referAction } from '../../lib/action-log/referral';
import { boardContext, closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const NOW = new Date('2026-12-03T10:00:00Z');

describe('Wirral: a three-times-a-year series and the planning group agreeing the Trust’s agenda', () => {
  async function wirral() {
    const c = await make.council('Wirral Council');
    const admin = await make.person(c, 'Trust Administrator', { role: 'ADMIN' });
    const trustChair = await make.person(c, 'Trust Chair');
    const planningChair = await make.person(c, 'Planning Group Chair');
    const trust = await make.board(c, { slug: 'childrens-trust', name: 'Children’s Trust', kind: 'CHILDRENS_TRUST' });
    const planning = await make.board(c, { slug: 'planning-group', name: 'Trust Planning Group', kind: 'PLANNING_GROUP', parentBoardId: trust.id });
    await make.access(c, trust, trustChair, 'CHAIR');
    await make.access(c, planning, planningChair, 'CHAIR');
    const on = (board: { slug: string }) => (actorId: string, input: Record<string, unknown>) => ({
      actorId,
      councilSlug: c.slug,
      boardSlug: board.slug,
      input,
      now: NOW,
    });
    return { c, admin, trustChair, planningChair, trust, planning, onTrust: on(trust), onPlanning: on(planning) };
  }

  it('schedules the Trust in March, July and November only, on the second Thursday', async () => {
    const w = await wirral();
    const result = await scheduleSeries.execute(
      w.onTrust(w.admin.id, {
        boardId: w.trust.id,
        title: 'Children’s Trust',
        kind: 'ORDINARY',
        repeats: 'MONTHLY_WEEKDAY',
        week: '2',
        weekday: 'TH',
        monthDay: '',
        every: '1',
        inMonths: ['3', '7', '11'],
        startsOn: '1/1/2027',
        months: '24',
        startTime: '14:00',
        endTime: '16:00',
        virtualLink: '',
      }),
    );
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining('6 meetings scheduled: In March, July and November on the second Thursday') });
    const { series, meetings } = await withCouncil(w.c.id, async (tx) => ({
      series: await tx.meetingSeries.findMany({ select: { rrule: true } }),
      meetings: await tx.meeting.findMany({ orderBy: { startsAt: 'asc' }, select: { startsAt: true } }),
    }));
    expect(series).toEqual([{ rrule: 'FREQ=MONTHLY;BYMONTH=3,7,11;BYDAY=2TH' }]);
    expect(meetings.map((m) => m.startsAt.toISOString())).toEqual([
      '2027-03-11T14:00:00.000Z',
      '2027-07-08T13:00:00.000Z',
      '2027-11-11T14:00:00.000Z',
      '2028-03-09T14:00:00.000Z',
      '2028-07-13T13:00:00.000Z',
      '2028-11-09T14:00:00.000Z',
    ]);
  });

  it('refuses chosen months with an interval, or on a weekly pattern, with the field named', async () => {
    const w = await wirral();
    const base = { boardId: w.trust.id, title: 'Trust', kind: 'ORDINARY', week: '2', weekday: 'TH', monthDay: '', startsOn: '1/1/2027', months: '12' };
    const times = { startTime: '14:00', endTime: '16:00', virtualLink: '' };
    const withInterval = await scheduleSeries.execute(w.onTrust(w.admin.id, { ...base, ...times, repeats: 'MONTHLY_WEEKDAY', every: '2', inMonths: '3' }));
    expect(withInterval).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { every: [expect.stringContaining('repeats every year')] } });
    const weekly = await scheduleSeries.execute(w.onTrust(w.admin.id, { ...base, ...times, repeats: 'WEEKLY', every: '1', inMonths: ['3', '7'] }));
    expect(weekly).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { inMonths: [expect.stringContaining('monthly pattern')] } });
    const everyTwoMonths = await scheduleSeries.execute(w.onTrust(w.admin.id, { ...base, ...times, repeats: 'MONTHLY_WEEKDAY', every: '2', months: '6' }));
    expect(everyTwoMonths).toMatchObject({ ok: true, message: expect.stringContaining('3 meetings scheduled: Every 2 months on the second Thursday') });
  });

  it('the planning group’s Chair agrees the Trust’s agenda, recorded as the planning group’s agreement; the Trust’s Chair no longer does', async () => {
    const w = await wirral();
    const meeting = await make.meeting(w.c, w.trust, { title: 'Children’s Trust', startsAt: '2027-03-11T14:00:00Z' });
    await withCouncil(w.c.id, (tx) =>
      tx.agendaItem.create({ data: { councilId: w.c.id, meetingId: meeting.id, position: 1, title: 'Early help', purpose: 'ASSURANCE' } }),
    );

    expect(await setAgendaAgreement.execute(w.onTrust(w.admin.id, { boardId: w.trust.id, agreedByBoardId: w.trust.id }))).toMatchObject({
      ok: false,
      fieldErrors: { agreedByBoardId: [expect.stringContaining('Choose another board')] },
    });
    expect(await setAgendaAgreement.execute(w.onTrust(w.admin.id, { boardId: w.trust.id, agreedByBoardId: w.planning.id }))).toMatchObject({
      ok: true,
      message: expect.stringContaining('Trust Planning Group now agrees the agendas of Children’s Trust'),
    });
    // one step only: the planning group cannot now hand its own agendas to the Trust
    expect(await setAgendaAgreement.execute(w.onPlanning(w.admin.id, { boardId: w.planning.id, agreedByBoardId: w.trust.id }))).toMatchObject({
      ok: false,
      code: 'INVALID',
    });

    const byTrustChair = await agreeAgenda.execute(w.onTrust(w.trustChair.id, { meetingId: meeting.id, version: '1' }));
    expect(byTrustChair).toMatchObject({ ok: false, code: 'FORBIDDEN', message: expect.stringContaining('Trust Planning Group agrees this board’s agendas') });

    // the planning group's Chair, on the planning group's page
    const agreed = await agreeDelegatedAgenda.execute(w.onPlanning(w.planningChair.id, { meetingId: meeting.id, version: '1' }));
    expect(agreed).toMatchObject({ ok: true, message: expect.stringContaining('on behalf of Trust Planning Group') });
    const { row, events } = await withCouncil(w.c.id, async (tx) => ({
      row: await tx.meeting.findUniqueOrThrow({
        where: { id: meeting.id },
        select: { agendaAgreedById: true, agendaAgreedByBoardId: true, agendaAgreedAt: true },
      }),
      events: await tx.auditEvent.findMany({ where: { kind: 'agenda.agree', entityId: meeting.id }, select: { boardId: true, actorId: true } }),
    }));
    expect(row).toMatchObject({ agendaAgreedById: w.planningChair.id, agendaAgreedByBoardId: w.planning.id, agendaAgreedAt: NOW });
    expect(events.map((e) => e.boardId).sort()).toEqual([w.trust.id, w.planning.id].sort());
    expect(events.every((e) => e.actorId === w.planningChair.id)).toBe(true);
    expect(
      agendaAgreementText({
        agreed: { at: NOW, by: 'Planning Group Chair', onBehalfOf: 'Trust Planning Group' },
        cleared: null,
        agreedByBoard: { name: 'Trust Planning Group' },
      }),
    ).toMatch(/^Agreed by Trust Planning Group \(Planning Group Chair\) on /);

    // a later change clears the agreement, the planning group's included
    const added = await addAgendaItem.execute(
      w.onTrust(w.admin.id, { meetingId: meeting.id, title: 'Youth justice', purpose: 'INFORMATION', presenter: '', durationMinutes: '' }),
    );
    expect(added).toMatchObject({ ok: true });
    const cleared = await withCouncil(w.c.id, (tx) =>
      tx.meeting.findUniqueOrThrow({ where: { id: meeting.id }, select: { agendaAgreedByBoardId: true, agendaAgreedAt: true } }),
    );
    expect(cleared).toEqual({ agendaAgreedByBoardId: null, agendaAgreedAt: null });
  });

  it('when the planning group is dissolved, the Trust’s own Chair agrees its agendas again, on the record', async () => {
    const w = await wirral();
    expect(await setAgendaAgreement.execute(w.onTrust(w.admin.id, { boardId: w.trust.id, agreedByBoardId: w.planning.id }))).toMatchObject({ ok: true });
    const dissolved = await changeBoardStatus.execute(
      w.onPlanning(w.admin.id, {
        boardId: w.planning.id,
        status: 'DISSOLVED',
        effectiveOn: '2026-12-03',
        decision: 'The Trust agreed to stand the group down.',
      }),
    );
    expect(dissolved).toMatchObject({ ok: true });
    const { trust, events } = await withCouncil(w.c.id, async (tx) => ({
      trust: await tx.board.findUniqueOrThrow({ where: { id: w.trust.id }, select: { agendaAgreedByBoardId: true } }),
      events: await tx.auditEvent.findMany({
        where: { kind: 'board.set-agenda-agreement', entityId: w.trust.id },
        orderBy: { id: 'asc' },
        select: { data: true },
      }),
    }));
    expect(trust.agendaAgreedByBoardId).toBeNull();
    expect(events.at(-1)?.data).toMatchObject({ after: { agreedBy: 'the board’s Chair', because: 'Trust Planning Group was dissolved' } });
    const meeting = await make.meeting(w.c, w.trust, { title: 'Children’s Trust', startsAt: '2027-03-11T14:00:00Z' });
    await withCouncil(w.c.id, (tx) =>
      tx.agendaItem.create({ data: { councilId: w.c.id, meetingId: meeting.id, position: 1, title: 'Early help', purpose: 'ASSURANCE' } }),
    );
    expect(await agreeAgenda.execute(w.onTrust(w.trustChair.id, { meetingId: meeting.id, version: '1' }))).toMatchObject({ ok: true });
  });

  it('the planning group cannot agree the agenda of a board that has not delegated to it', async () => {
    const w = await wirral();
    const meeting = await make.meeting(w.c, w.trust, { title: 'Children’s Trust', startsAt: '2027-03-11T14:00:00Z' });
    await withCouncil(w.c.id, (tx) =>
      tx.agendaItem.create({ data: { councilId: w.c.id, meetingId: meeting.id, position: 1, title: 'Early help', purpose: 'ASSURANCE' } }),
    );
    expect(await agreeDelegatedAgenda.execute(w.onPlanning(w.planningChair.id, { meetingId: meeting.id, version: '1' }))).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await agreeAgenda.execute(w.onTrust(w.trustChair.id, { meetingId: meeting.id, version: '1' }))).toMatchObject({ ok: true });
  });
});

describe('St Helens: an Executive Group on its parent’s overview, reporting to it, and taking its actions', () => {
  it('reports to the Improvement Board from set-up, shows there with its next meeting and open escalations, and takes a referred action linked both ways', async () => {
    const c = await make.council('St Helens Council');
    const admin = await make.person(c, 'Board Administrator', { role: 'ADMIN' });
    const setUp = async (input: Record<string, unknown>) => {
      const result = await createBoard.execute({
        actorId: admin.id,
        councilSlug: c.slug,
        input: { effectiveOn: '2026-01-05', decision: 'Cabinet agreed to set the board up.', ...input },
        now: NOW,
      });
      if (!result.ok) throw new Error(JSON.stringify(result));
      return result.data;
    };
    const ib = await setUp({ name: 'Children’s Improvement Board', kind: 'IMPROVEMENT_BOARD' });
    const eg = await setUp({ name: 'Executive Group', kind: 'EXECUTIVE_GROUP', parentBoardId: ib.boardId });
    const lines = await withCouncil(c.id, (tx) => tx.boardReportingLine.findMany({ where: { boardId: eg.boardId }, select: { body: true, name: true } }));
    expect(lines).toEqual([{ body: 'PARENT_BOARD', name: 'Children’s Improvement Board' }]);

    // the group's next meeting and a risk it escalated to the board, still open
    const group = { id: eg.boardId, slug: eg.slug };
    await make.meeting(c, group, { title: 'Executive Group', startsAt: '2026-12-10T10:00:00Z' });
    await withCouncil(c.id, async (tx) => {
      const scores = {
        category: 'Workforce',
        inherentLikelihood: 4,
        inherentImpact: 4,
        currentLikelihood: 4,
        currentImpact: 4,
        targetLikelihood: 2,
        targetImpact: 2,
      };
      const received = await tx.risk.create({
        data: {
          councilId: c.id,
          boardId: ib.boardId,
          reference: 'R-001',
          title: 'Social worker vacancies',
          description: 'x',
          reviewDueOn: new Date('2027-01-01'),
          ...scores,
        },
      });
      await tx.risk.create({
        data: {
          councilId: c.id,
          boardId: eg.boardId,
          reference: 'R-001',
          title: 'Social worker vacancies',
          description: 'x',
          reviewDueOn: new Date('2027-01-01'),
          status: 'ESCALATED',
          escalatedToRiskId: received.id,
          ...scores,
        },
      });
    });
    const ibBoard = await withCouncil(c.id, (tx) => tx.board.findUniqueOrThrow({ where: { id: ib.boardId } }));
    const overview = await getBoardOverview(boardContext(c, { ...ibBoard, region: 'england-and-wales' } as never, admin.id), NOW);
    expect(overview.supporting).toEqual([
      { slug: eg.slug, name: 'Executive Group', nextMeeting: { startsAt: new Date('2026-12-10T10:00:00Z'), title: 'Executive Group' }, openEscalations: 1 },
    ]);

    // the board refers an action to its Executive Group
    const onIb = (input: Record<string, unknown>) => ({ actorId: admin.id, councilSlug: c.slug, boardSlug: ib.slug, input, now: NOW });
    const created = await createAction.execute(onIb({ description: 'Recruit agency social workers', ownerAgency: 'Children’s Services', dueOn: '31/3/2027' }));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const referred = await referAction.execute(
      onIb({ actionId: created.data.actionId, targetBoardId: eg.boardId, referralOwner: 'Head of Workforce', referralNote: 'Report back in February.' }),
    );
    expect(referred).toMatchObject({ ok: true, message: expect.stringContaining(`referred to Executive Group as `) });
    const { original, copy } = await withCouncil(c.id, async (tx) => ({
      original: await tx.action.findUniqueOrThrow({
        where: { id: created.data.actionId },
        select: { status: true, referrals: { select: { reference: true, boardId: true } } },
      }),
      copy: await tx.action.findFirstOrThrow({
        where: { boardId: eg.boardId },
        select: {
          reference: true,
          description: true,
          ownerAgency: true,
          dueOn: true,
          referredFrom: { select: { reference: true } },
          updates: { select: { body: true } },
        },
      }),
    }));
    expect(original.status).toBe('OPEN');
    expect(original.referrals).toEqual([{ reference: copy.reference, boardId: eg.boardId }]);
    expect(copy).toMatchObject({
      description: 'Recruit agency social workers',
      ownerAgency: 'Head of Workforce',
      dueOn: new Date('2027-03-31T00:00:00Z'),
      referredFrom: { reference: created.data.reference },
      updates: [{ body: `Referred by Children’s Improvement Board from ${created.data.reference}. Report back in February.` }],
    });
    // once only per supporting board; never to a board that does not support this one
    expect(await referAction.execute(onIb({ actionId: created.data.actionId, targetBoardId: eg.boardId, referralOwner: 'x' }))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    const other = await setUp({ name: 'Other Board', kind: 'IMPROVEMENT_BOARD' });
    expect(await referAction.execute(onIb({ actionId: created.data.actionId, targetBoardId: other.boardId, referralOwner: 'x' }))).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { targetBoardId: [expect.stringContaining('does not support')] },
    });
  });
});
