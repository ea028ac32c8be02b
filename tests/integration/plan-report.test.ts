import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { reportDocument } from '../../lib/plans/reports/document';
import { renderReportDocx } from '../../lib/plans/reports/docx';
import { buildReport } from '../../lib/plans/reports/model';
import { readReportQuery } from '../../lib/plans/reports/period';
import { renderReportPdf } from '../../lib/plans/reports/pdf';
import { boardContext, closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { loadReport } from '../../lib/plans/reports/load';
import { planWorld, type PlanWorld } from './plan-import-world';
import { readPdf } from './pdf-text';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const TODAY = '2026-11-26';

/**
 * Meetings on 15 July (before the period), 16 September and 18 November (in it); three
 * actions signed off, one at each; one slipping with an agreed revision; one overdue;
 * one reopened sign-off; two measures, one reported only before the period.
 */
async function reportWorld() {
  const w = await planWorld(t.prisma);
  const c = w.council.id;
  const extra = await withCouncil(c, async (tx) => {
    const meeting = (title: string, on: string) =>
      tx.meeting.create({
        data: { councilId: c, boardId: w.board.id, title, status: 'HELD', startsAt: new Date(`${on}T09:00:00Z`), endsAt: new Date(`${on}T11:00:00Z`) },
      });
    const july = await meeting('July board', '2026-07-15');
    const september = await meeting('September board', '2026-09-16');
    const november = await meeting('November board', '2026-11-18');
    const qa = await tx.planTheme.create({ data: { councilId: c, planId: w.plan.id, name: 'Quality Assurance', position: 2 } });
    const action = (
      reference: string,
      themeId: string,
      status: 'SIGNED_OFF' | 'IN_PROGRESS' | 'NOT_STARTED' | 'AWAITING_SIGN_OFF',
      dueOn: string,
      agreedDueOn?: string,
    ) =>
      tx.planAction.create({
        data: {
          councilId: c,
          planId: w.plan.id,
          themeId,
          reference,
          description: `Action ${reference}`,
          leadOfficer: 'Principal Social Worker',
          status,
          dueOn: day(dueOn),
          agreedDueOn: agreedDueOn ? day(agreedDueOn) : null,
        },
      });
    const signOff = (planActionId: string, meetingId: string, at: Date, reopenedAt: Date | null = null) =>
      tx.planActionSignOff.create({ data: { councilId: c, planActionId, meetingId, proposedBy: 'Lead', evidence: {}, signedOffAt: at, reopenedAt } });
    const early = await action('QA1.1', qa.id, 'SIGNED_OFF', '2026-07-01');
    const inSept = await action('QA1.2', qa.id, 'SIGNED_OFF', '2026-09-01');
    const inNov = await action('SC1.2', w.theme.id, 'SIGNED_OFF', '2026-11-01');
    const reopened = await action('SC1.3', w.theme.id, 'IN_PROGRESS', '2027-01-31');
    await signOff(early.id, july.id, new Date('2026-07-15T10:00:00Z'));
    await signOff(inSept.id, september.id, new Date('2026-09-16T10:00:00Z'));
    await signOff(inNov.id, november.id, new Date('2026-11-18T10:00:00Z'));
    await signOff(reopened.id, september.id, new Date('2026-09-16T10:00:00Z'), new Date('2026-10-01T10:00:00Z'));
    const revised = await action('QA1.3', qa.id, 'IN_PROGRESS', '2026-10-31', '2027-02-28');
    await tx.planActionDueDateRevision.create({
      data: {
        councilId: c,
        planActionId: revised.id,
        previousDueOn: day('2026-10-31'),
        proposedDueOn: day('2027-02-28'),
        reason: 'Case system migration',
        proposedAt: new Date('2026-10-10T10:00:00Z'),
        agreedAtMeetingId: november.id,
        agreedAt: new Date('2026-11-18T10:30:00Z'),
      },
    });
    // and, since the November board, a further date asked for and not yet agreed
    await tx.planActionDueDateRevision.create({
      data: {
        councilId: c,
        planActionId: revised.id,
        previousDueOn: day('2027-02-28'),
        proposedDueOn: day('2027-04-30'),
        reason: 'Staff turnover',
        proposedAt: new Date('2026-11-20T10:00:00Z'),
      },
    });
    await action('QA1.4', qa.id, 'NOT_STARTED', '2027-06-30');
    // reported done and waiting for the board's next meeting: not slipping, though past its date
    await action('QA1.5', qa.id, 'AWAITING_SIGN_OFF', '2026-10-01');
    const measure = (title: string, direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER', target: number, values: [string, string, number][]) =>
      tx.impactMeasure.create({
        data: {
          councilId: c,
          planId: w.plan.id,
          title,
          unit: '%',
          target,
          direction,
          tolerance: 5,
          values: { create: values.map(([periodLabel, end, value]) => ({ councilId: c, periodLabel, periodEnd: day(end), value })) },
          themes: { create: [{ councilId: c, themeId: qa.id }] },
        },
      });
    await measure('Children seen within timescale', 'HIGHER_IS_BETTER', 90, [
      ['August 2026', '2026-08-31', 80],
      ['September 2026', '2026-09-30', 86],
      ['October 2026', '2026-10-31', 91],
      ['December 2026', '2026-12-31', 50],
    ]);
    await measure('Re-referrals within 12 months', 'LOWER_IS_BETTER', 20, [['June 2026', '2026-06-30', 27]]);
    return { qa };
  });
  return { ...w, ...extra };
}

const report = async (w: PlanWorld, query: Record<string, string>) =>
  (await buildReport({ councilId: w.council.id, boardId: w.board.id, planId: w.plan.id }, readReportQuery(query, TODAY).query, TODAY))!;

describe('the progress report', () => {
  it('picks the sign-offs of meetings held in the period, leaving out earlier and reopened ones', async () => {
    const w = await reportWorld();
    const r = await report(w, { from: '1/9/2026', to: '30/11/2026', audience: 'scrutiny' });
    expect(r.signedOff.map((s) => [s.reference, s.meeting, s.meetingOn])).toEqual([
      ['QA1.2', 'September board', '2026-09-16'],
      ['SC1.2', 'November board', '2026-11-18'],
    ]);
    expect((await report(w, { from: '2026-10-01', to: '2026-11-30' })).signedOff.map((s) => s.reference)).toEqual(['SC1.2']);
    expect((await report(w, { from: '2026-07-01', to: '2026-07-31' })).signedOff.map((s) => s.reference)).toEqual(['QA1.1']);
    expect(r.addressee).toBe('the Overview and Scrutiny Committee');
  });

  it('counts actions by theme and status', async () => {
    const w = await reportWorld();
    const r = await report(w, { from: '2026-09-01', to: '2026-11-30' });
    expect(r.themes.map((th) => [th.name, th.total, th.counts.SIGNED_OFF, th.counts.IN_PROGRESS, th.counts.NOT_STARTED, th.signedOffInPeriod])).toEqual([
      ['Scrutiny', 3, 1, 1, 1, 1],
      ['Quality Assurance', 5, 2, 1, 1, 1],
    ]);
  });

  it('lists slipping actions with their original and revised dates', async () => {
    const w = await reportWorld();
    const r = await report(w, { from: '2026-09-01', to: '2026-11-30' });
    const rows = (rep: Awaited<ReturnType<typeof report>>) =>
      rep.slipping.map((s) => ({
        ref: s.reference,
        original: s.originalDue,
        agreed: s.agreed?.due ?? null,
        at: s.agreed?.meeting?.title,
        pending: s.pending?.due ?? null,
        overdue: s.overdue,
      }));
    expect(rows(r)).toEqual([
      // open and long past its date, never revised
      { ref: 'SC1.1', original: day('2026-06-30'), agreed: null, at: undefined, pending: null, overdue: true },
      // the agreed date and the newer proposal, each from its own revision
      { ref: 'QA1.3', original: day('2026-10-31'), agreed: day('2027-02-28'), at: 'November board', pending: day('2027-04-30'), overdue: false },
    ]);
    const cells = reportDocument(r)
      .sections.find((x) => x.id === 'slipping')!
      .table!.rows.find((row) => row[0] === 'QA1.3')!;
    expect(cells[4]).toBe('28 Feb 2027 (agreed at November board, 18 Nov 2026); 30 Apr 2027 (proposed, not yet agreed)');
    expect(cells[5]).toContain('Reason for the agreed date: Case system migration');
    expect(cells[5]).toContain('Reason for the proposed date: Staff turnover');
    // as the period ending in October closed, the first date was asked for and not yet agreed, and the original had not passed
    expect(rows(await report(w, { from: '2026-10-01', to: '2026-10-31' }))).toEqual([
      { ref: 'SC1.1', original: day('2026-06-30'), agreed: null, at: undefined, pending: null, overdue: true },
      { ref: 'QA1.3', original: day('2026-10-31'), agreed: null, at: undefined, pending: day('2027-02-28'), overdue: false },
    ]);
    // by the end of May nothing had reached its date and no revision had been asked for
    expect((await report(w, { from: '2026-03-01', to: '2026-05-31' })).slipping).toEqual([]);
  });

  it('judges each measure by its latest value by the end of the period, saying when that is from before it', async () => {
    const w = await reportWorld();
    const r = await report(w, { from: '2026-09-01', to: '2026-11-30' });
    expect(r.measures.map((m) => [m.title, m.latest?.value, m.latest?.inPeriod, m.rag, m.trend])).toEqual([
      ['Children seen within timescale', 91, true, 'GREEN', 'improving'],
      ['Re-referrals within 12 months', 27, false, 'RED', null],
    ]);
    const sept = await report(w, { from: '2026-09-01', to: '2026-09-30' });
    expect(sept.measures[0]).toMatchObject({ latest: { value: 86 }, rag: 'AMBER', trend: 'improving' });
  });

  it('renders the same content as a PDF holding every theme and a DOCX with real headings and tables', async () => {
    const w = await reportWorld();
    const doc = reportDocument(await report(w, { from: '2026-09-01', to: '2026-11-30', audience: 'dfe' }));
    expect(doc.title).toBe('Progress report to the Department for Education');
    const pdf = await renderReportPdf(doc, { author: 'Council' });
    const { title, pages } = await readPdf(pdf);
    // headings and real tables in the structure tree, header cells marked as such
    for (const tag of ['/H1', '/H2', '/Table', '/TR', '/TH', '/TD']) expect(pdf.toString('latin1')).toContain(`/S ${tag}`);
    expect(title).toBe('Progress report to the Department for Education: Improvement Plan 2026–28');
    const text = pages.join('\n');
    for (const s of [
      'Progress by theme',
      'Scrutiny',
      'Quality Assurance',
      'Actions slipping',
      'QA1.3',
      'Measures against target',
      'Children seen within timescale',
    ])
      expect(text).toContain(s);

    const zip = await JSZip.loadAsync(await renderReportDocx(doc, { author: 'Council' }));
    const xml = await zip.file('word/document.xml')!.async('string');
    const headings = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*?<\/w:p>/g)].map((m) =>
      [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''),
    );
    expect(headings).toEqual(['Summary', 'Progress by theme', 'Actions signed off in the period', 'Actions slipping', 'Measures against target']);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('Quality Assurance');
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('Progress report to the Department for Education');
  });

  it('addresses the scrutiny committee by the name of the board’s reporting line', async () => {
    const w = await planWorld(t.prisma);
    await withCouncil(w.council.id, (tx) =>
      tx.boardReportingLine.create({
        data: {
          councilId: w.council.id,
          boardId: w.board.id,
          body: 'SCRUTINY_COMMITTEE',
          name: 'Children and Young People Scrutiny Committee (chaired by the opposition)',
          frequency: 'Quarterly',
        },
      }),
    );
    const r = await report(w, { audience: 'scrutiny' });
    expect(r.addressee).toBe('the Children and Young People Scrutiny Committee');
    expect(reportDocument(r).lines).toContain('Reporting line: Children and Young People Scrutiny Committee (chaired by the opposition), quarterly.');
    expect((await report(w, { audience: 'cabinet' })).addressee).toBe('Cabinet');
  });

  it('addresses any other body the board reports to, by its reporting line, and refuses another board’s', async () => {
    const w = await planWorld(t.prisma);
    const [peoples, theirs] = await withCouncil(w.council.id, async (tx) => [
      await tx.boardReportingLine.create({
        data: { councilId: w.council.id, boardId: w.board.id, body: 'OTHER', name: 'People’s Board (quarterly)', frequency: 'Quarterly' },
      }),
      await tx.boardReportingLine.create({ data: { councilId: w.council.id, boardId: w.otherBoard.id, body: 'OTHER', name: 'Health and Wellbeing Board' } }),
    ]);
    const r = await report(w, { audience: `line-${peoples!.id}` });
    expect(r.addressee).toBe('the People’s Board');
    expect(r.unknownAudience).toBe(false);
    expect(r.audiences.map((a) => a.label)).toEqual([
      'Cabinet',
      'Overview and Scrutiny Committee',
      'Department for Education (DfE)',
      'People’s Board (quarterly)',
    ]);
    expect(reportDocument(r).lines).toContain('Reporting line: People’s Board (quarterly), quarterly.');
    // another board's line is not this report's to address: the page says so and shows Cabinet's
    const ctx = boardContext(w.council, { ...w.board }, w.admin.id);
    const loaded = await loadReport(ctx, w.plan.id, { audience: `line-${theirs!.id}` });
    expect(loaded.errors).toEqual([{ field: 'audience', message: 'Choose who the report is for from the list' }]);
    expect(loaded.model.addressee).toBe('Cabinet');
  });

  it('reads a bad period as the default, naming the field', () => {
    const read = readReportQuery({ from: 'soon', to: '1/1/2026', audience: 'press' }, TODAY);
    expect(read.errors.map((e) => e.field)).toEqual(['from', 'to', 'audience']);
    expect(read.query).toMatchObject({ audience: 'cabinet' });
  });

  it('finds nothing for another board’s plan', async () => {
    const w = await planWorld(t.prisma);
    expect(await buildReport({ councilId: w.council.id, boardId: w.board.id, planId: w.otherPlan.id }, readReportQuery({}, TODAY).query, TODAY)).toBeNull();
  });
});
