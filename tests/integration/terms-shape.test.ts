import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionCall } from '../../lib/action/define';
import type { ActionResult } from '../../lib/action/result';
import { withCouncil } from '../../lib/db/tenant';
import { londonDay } from '../../lib/rules/london-calendar';
import { agreeTermsDraft, approveTermsDraft, createTermsDraft, saveTermsDraft } from '../../lib/terms/actions';
import { addTermsSection, moveTermsSection, removeTermsSection } from '../../lib/terms/section-actions';
import { recordHistoricalTerms, recordTermsDecision } from '../../lib/terms/record-actions';
import { setTermsApprovalRoute } from '../../lib/boards/terms-route';
import { listTermsVersions } from '../../lib/terms/queries';
import { forYou } from '../../lib/for-you/queries';
import { approvalLines, termsDocumentInput } from '../../lib/terms/pdf';
import { sectionsText, termsHash } from '../../lib/terms/hash';
import { displayLabel } from '../../lib/terms/numbering';
import { bodyField, formatField, headingField } from '../../lib/terms/schema';
import { boardContext, closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { governanceWorld } from './governance-world';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const NOW = new Date('2026-03-10T12:00:00Z');

async function world() {
  const g = await governanceWorld(NOW);
  return { ...g, held: await g.meeting(g.board.id, -7) };
}
type World = Awaited<ReturnType<typeof world>>;
type Executable<T> = { execute: (call: ActionCall) => Promise<ActionResult<T>> };

const call = <T>(w: World, action: Executable<T>, actor: { id: string }, input: Record<string, unknown>, now = NOW) =>
  action.execute({ actorId: actor.id, councilSlug: w.council.slug, boardSlug: w.board.slug, input, now });

const readVersion = (w: World, id: string) =>
  withCouncil(w.council.id, (tx) => tx.termsVersion.findUniqueOrThrow({ where: { id }, include: { sections: { orderBy: { position: 'asc' } } } }));

async function ok<T>(result: Promise<ActionResult<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`${r.code}: ${r.message} ${JSON.stringify(r.fieldErrors ?? {})}`);
  return r.data;
}

const keys = async (w: World, id: string) => ({ termsId: id, version: String((await readVersion(w, id)).version) });

/** The edit form as the page renders it, with the given sections' text and format replaced. */
async function editForm(w: World, id: string, change: Record<string, { body?: string; list?: boolean }>, label?: string) {
  const v = await readVersion(w, id);
  const form: Record<string, string> = { termsId: v.id, version: String(v.version), ...(label === undefined ? {} : { label }) };
  for (const s of v.sections) {
    const c = change[s.heading];
    form[headingField(s.position)] = s.heading;
    form[bodyField(s.position)] = c?.body ?? s.body;
    form[formatField(s.position)] = c?.list ? 'NUMBERED_LIST' : s.format;
  }
  return form;
}

const auditOf = (w: World, entityId: string) =>
  withCouncil(w.council.id, (tx) => tx.auditEvent.findMany({ where: { entityId }, orderBy: { id: 'asc' }, select: { kind: true, data: true } }));

/** Plymouth's fifteen responsibilities (001), typed as the paper has them, numerals and all. */
const RESPONSIBILITIES = [
  'I. Endorse the Improvement Plan which would provide the focus for the Board’s work.',
  ...Array.from({ length: 13 }, (_, i) => `${i + 2}. Responsibility ${i + 2}.`),
  '15. Maintain an appropriate risk log.',
].join('\n');

describe('sections the board uses', () => {
  it('adds, moves and removes sections of a draft; only the sections left need text; a list is numbered in the hash', async () => {
    const w = await world();
    const { id } = await ok(call(w, createTermsDraft, w.admin, { fromVersionId: '' }));
    // the standard nine: drop quorum (the board uses none), add a venue section, move it after frequency
    const quorum = (await readVersion(w, id)).sections.find((s) => s.kind === 'QUORUM')!;
    await ok(call(w, removeTermsSection, w.admin, { ...(await keys(w, id)), sectionId: quorum.id }));
    const venue = await ok(call(w, addTermsSection, w.admin, { ...(await keys(w, id)), heading: 'Venue', kind: 'OTHER', format: 'PARAGRAPHS' }));
    expect(venue.position).toBe(9);
    for (let i = 0; i < 4; i++) await ok(call(w, moveTermsSection, w.admin, { ...(await keys(w, id)), sectionId: venue.id, direction: 'up' }));
    let v = await readVersion(w, id);
    expect(v.sections.map((s) => s.heading)).toEqual([
      'Purpose',
      'Roles and responsibilities',
      'Membership',
      'Meeting frequency and venue',
      'Venue',
      'Governance and reporting arrangements',
      'Board administration',
      'Review',
      'Dissolution',
    ]);
    expect(v.sections.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // a move past the top is refused, saying why
    for (let i = 0; i < 4; i++) await ok(call(w, moveTermsSection, w.admin, { ...(await keys(w, id)), sectionId: venue.id, direction: 'up' }));
    expect(await call(w, moveTermsSection, w.admin, { ...(await keys(w, id)), sectionId: venue.id, direction: 'up' })).toMatchObject({
      ok: false,
      message: '“Venue” is already the first section',
    });

    const bodies = Object.fromEntries(v.sections.map((s) => [s.heading, { body: `Text of ${s.heading}.` }]));
    await ok(call(w, saveTermsDraft, w.admin, await editForm(w, id, { ...bodies, 'Roles and responsibilities': { body: RESPONSIBILITIES, list: true } })));
    v = await readVersion(w, id);
    const roles = v.sections.find((s) => s.heading === 'Roles and responsibilities')!;
    expect(roles.format).toBe('NUMBERED_LIST');
    const printed = sectionsText(v.sections);
    expect(printed).toContain('Roles and responsibilities\n1. Endorse the Improvement Plan');
    expect(printed).toContain('\n15. Maintain an appropriate risk log.');
    expect(printed).not.toContain('I. Endorse');

    // every section left has text: the board can agree without a quorum section
    await ok(call(w, agreeTermsDraft, w.admin, { ...(await keys(w, id)), meetingId: w.held.id }));
    v = await readVersion(w, id);
    await ok(call(w, approveTermsDraft, w.chair, { ...(await keys(w, id)), textHash: termsHash(v.sections) }));
    v = await readVersion(w, id);
    expect(v.approvedHash).toBe(termsHash(v.sections));
    // signed: the shape is fixed too
    expect(await call(w, addTermsSection, w.admin, { ...(await keys(w, id)), heading: 'More', kind: 'OTHER', format: 'PARAGRAPHS' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    await expect(withCouncil(w.council.id, (tx) => tx.termsVersion.update({ where: { id }, data: { label: 'Version 9' } }))).rejects.toThrow(
      /cannot be changed/,
    );
    const kinds = (await auditOf(w, id)).map((e) => e.kind);
    expect(kinds.filter((k) => k.startsWith('terms.section'))).toEqual(['terms.section.remove', 'terms.section.add', ...Array(8).fill('terms.section.move')]);
  });

  it('refuses agreement while a section the board kept is empty, naming it', async () => {
    const w = await world();
    const { id } = await ok(call(w, createTermsDraft, w.admin, { fromVersionId: '' }));
    const v = await readVersion(w, id);
    const bodies = Object.fromEntries(v.sections.filter((s) => s.kind !== 'DISSOLUTION').map((s) => [s.heading, { body: 'Some text.' }]));
    await ok(call(w, saveTermsDraft, w.admin, await editForm(w, id, bodies)));
    const refused = await call(w, agreeTermsDraft, w.admin, { ...(await keys(w, id)), meetingId: w.held.id });
    expect(refused).toMatchObject({ ok: false, code: 'INVALID' });
    expect(refused.ok ? '' : refused.message).toMatch(/Still empty: Dissolution\./);
  });
});

describe('labels as the board writes them', () => {
  it('St Helens: the first draft is "V0.2 draft"', async () => {
    const w = await world();
    const started = await ok(call(w, createTermsDraft, w.admin, { fromVersionId: '', number: '0.2', label: 'V0.2 draft' }));
    expect(started.label).toBe('0.2');
    const v = await readVersion(w, started.id);
    expect(v).toMatchObject({ major: 0, minor: 2, label: 'V0.2 draft', title: 'Terms of Reference V0.2 draft (draft)' });
    const { versions } = await listTermsVersions(boardContext(w.council, w.board, w.admin.id), NOW);
    expect(versions.map((r) => r.shown)).toEqual(['V0.2 draft']);
    // a second open draft is still refused
    expect(await call(w, createTermsDraft, w.admin, { fromVersionId: v.id })).toMatchObject({
      ok: false,
      message: 'V0.2 draft is still a draft: edit it rather than starting another.',
    });
  });
});

describe('past versions', () => {
  it('Plymouth: terms reach "Version 3" with their history', async () => {
    const w = await world();
    const past = (number: string, approvedOn: string, body: string) =>
      ok(
        call(w, recordHistoricalTerms, w.admin, {
          number,
          label: `Version ${number}`,
          agreedOn: approvedOn,
          approvedOn,
          approvedBy: 'Theresa Leavy, Independent Chair',
          reference: `Board minutes, ${approvedOn}`,
          'heading-1': 'Purpose',
          'body-1': body,
          'heading-2': 'Board Member’s Roles and Responsibilities',
          'body-2': RESPONSIBILITIES,
          [formatField(2)]: 'NUMBERED_LIST',
        }),
      );
    // recorded out of order: version 2 first, then version 1
    const v2 = await past('2', '14/9/2023', 'Purpose as of version 2.');
    const v1 = await past('1', '15/3/2023', 'Purpose as of version 1.');
    const ctx = boardContext(w.council, w.board, w.admin.id);
    let list = await listTermsVersions(ctx, NOW);
    expect(list.current).toMatchObject({ id: v2.id, historical: true, shown: 'Version 2' });
    expect(list.versions.map((v) => [v.shown, v.status, v.historical])).toEqual([
      ['Version 2', 'APPROVED', true],
      ['Version 1', 'SUPERSEDED', true],
    ]);
    // the version in force, though historical, sets the next review: six months from 14 September 2023
    expect(list.review).toMatchObject({ reviewOn: '2024-03-14', overdue: true });
    // a past version cannot take a number already used
    expect(
      await call(w, recordHistoricalTerms, w.admin, {
        number: '2',
        approvedOn: '1/1/2023',
        approvedBy: 'The Chair',
        'heading-1': 'Purpose',
        'body-1': 'Again.',
      }),
    ).toMatchObject({ ok: false, fieldErrors: { number: ['This board already has a version with that number'] } });

    // approvals follow the numbering: a version 0.5 cannot have been approved after version 1
    expect(
      await call(w, recordHistoricalTerms, w.admin, {
        number: '0.5',
        approvedOn: '1/6/2023',
        approvedBy: 'The Chair',
        'heading-1': 'Purpose',
        'body-1': 'Early.',
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { approvedOn: ['Version 1 was approved on Wednesday 15 March 2023, before this date: a version is approved before the versions after it'] },
    });

    // the board drafts version 3 from version 2 (never from a historical record as a working draft)
    const draft = await ok(call(w, createTermsDraft, w.admin, { fromVersionId: v2.id, label: 'Version 3 draft' }));
    expect(draft.label).toBe('2.1');
    let d = await readVersion(w, draft.id);
    expect(d).toMatchObject({ historical: false, status: 'DRAFT', label: 'Version 3 draft', previousVersionId: v2.id });
    expect(d.sections.map((s) => [s.heading, s.format])).toEqual([
      ['Purpose', 'PARAGRAPHS'],
      ['Board Member’s Roles and Responsibilities', 'NUMBERED_LIST'],
    ]);
    await ok(call(w, saveTermsDraft, w.admin, await editForm(w, draft.id, { Purpose: { body: 'Purpose as of version 3.' } })));
    await ok(call(w, agreeTermsDraft, w.admin, { ...(await keys(w, draft.id)), meetingId: w.held.id }));
    d = await readVersion(w, draft.id);
    const approved = await ok(call(w, approveTermsDraft, w.chair, { ...(await keys(w, draft.id)), textHash: termsHash(d.sections), label: 'Version 3' }));
    expect(approved.label).toBe('3');

    list = await listTermsVersions(ctx, NOW);
    expect(list.versions.map((v) => [v.shown, v.status, v.historical])).toEqual([
      ['Version 3', 'APPROVED', false],
      ['Version 2', 'SUPERSEDED', true],
      ['Version 1', 'SUPERSEDED', true],
    ]);
    // each version keeps its own date, not today's
    expect(list.versions.map((v) => v.approvedAt && londonDay(v.approvedAt))).toEqual(['2026-03-10', '2023-09-14', '2023-03-15']);
    expect(list.review).toMatchObject({ reviewOn: '2026-09-10', overdue: false });

    // marked as historical in the printed document and the audit
    const history = await withCouncil(w.council.id, (tx) =>
      tx.termsVersion.findUniqueOrThrow({
        where: { id: v1.id },
        include: { sections: { orderBy: { position: 'asc' } }, approvedBy: true, agreedAtMeeting: true },
      }),
    );
    const lines = approvalLines(
      termsDocumentInput({ council: w.council, board: w.board }, { ...history, shown: displayLabel(history), review: null, approvedBy: null }),
    );
    expect(lines).toEqual([
      'Version 1. Status: Superseded (historical record).',
      'Historical record: recorded from the board’s own paper, not drafted or approved in Tabled.',
      'Agreed by the board on Wednesday 15 March 2023.',
      'Approved by Theresa Leavy, Independent Chair on Wednesday 15 March 2023 (Board minutes, 15/3/2023).',
      'This version has been replaced by a later approved version.',
    ]);
    expect(history.approvedHash).toBe(termsHash(history.sections));
    const [recorded] = await auditOf(w, v1.id);
    expect(recorded).toMatchObject({ kind: 'terms.history', data: { after: { historical: true, version: '1', label: 'Version 1', status: 'SUPERSEDED' } } });
    const superseded = (await auditOf(w, v2.id)).map((e) => e.kind);
    expect(superseded).toEqual(['terms.history', 'terms.supersede']);
  });

  it('refuses a past version numbered after the versions drafted here, or in the future', async () => {
    const w = await world();
    const { id } = await ok(call(w, createTermsDraft, w.admin, { fromVersionId: '', number: '1.1' }));
    expect(id).toBeTruthy();
    const base = { label: '', approvedBy: 'The Chair', 'heading-1': 'Purpose', 'body-1': 'Text.' };
    expect(await call(w, recordHistoricalTerms, w.admin, { ...base, number: '2', approvedOn: '1/1/2025' })).toMatchObject({
      ok: false,
      fieldErrors: { number: [expect.stringMatching(/before the versions drafted here/)] },
    });
    expect(await call(w, recordHistoricalTerms, w.admin, { ...base, number: '1', approvedOn: '1/1/2027' })).toMatchObject({
      ok: false,
      fieldErrors: { approvedOn: ['The date it was approved must be in the past'] },
    });
    await ok(call(w, recordHistoricalTerms, w.admin, { ...base, number: '1', approvedOn: '1/1/2025' }));
    expect(await call(w, recordHistoricalTerms, w.admin, { ...base, number: '1', approvedOn: '1/1/2025' })).toMatchObject({
      ok: false,
      fieldErrors: { number: ['This board already has a version with that number'] },
    });
    expect(await call(w, recordHistoricalTerms, w.member, { ...base, number: '0.5', approvedOn: '1/1/2025' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('approval by a named body', () => {
  it('Shropshire: terms approved by full Council', async () => {
    const w = await world();
    await ok(call(w, setTermsApprovalRoute, w.admin, { termsApprovalRoute: 'NAMED_BODY', termsApprovalBody: 'Full Council' }));
    const { id } = await ok(call(w, createTermsDraft, w.admin, { fromVersionId: '' }));
    let v = await readVersion(w, id);
    await ok(call(w, saveTermsDraft, w.admin, await editForm(w, id, Object.fromEntries(v.sections.map((s) => [s.heading, { body: `${s.heading} text.` }])))));
    v = await readVersion(w, id);
    const form = { ...(await keys(w, id)), textHash: termsHash(v.sections), reference: 'Minute 45', note: 'Inserted into Part 3 of the Constitution' };
    // the Chair's approval is not this board's route
    expect(await call(w, approveTermsDraft, w.chair, { ...(await keys(w, id)), textHash: termsHash(v.sections) })).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: expect.stringMatching(/approved by Full Council, not the Chair/),
    });
    // a decision in the future is refused; the Chair (not an officer) may not record it
    expect(await call(w, recordTermsDecision, w.admin, { ...form, decidedOn: '21/3/2026' })).toMatchObject({
      ok: false,
      fieldErrors: { decidedOn: ['The date of the decision must be today or in the past'] },
    });
    expect(await call(w, recordTermsDecision, w.chair, { ...form, decidedOn: '21/3/2024' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    const recorded = await ok(call(w, recordTermsDecision, w.admin, { ...form, decidedOn: '21/3/2024' }));
    expect(recorded).toEqual({ label: '1', reviewOn: '2024-09-21' });
    const approved = await withCouncil(w.council.id, (tx) =>
      tx.termsVersion.findUniqueOrThrow({ where: { id }, include: { sections: { orderBy: { position: 'asc' } }, approvedBy: true, agreedAtMeeting: true } }),
    );
    expect(approved).toMatchObject({
      status: 'APPROVED',
      major: 1,
      minor: 0,
      approvedById: null,
      approvedByBody: 'Full Council',
      approvalReference: 'Minute 45',
      approvedHash: termsHash(approved.sections),
    });
    const lines = approvalLines(termsDocumentInput({ council: w.council, board: w.board }, { ...approved, shown: displayLabel(approved), review: null }));
    expect(lines).toContain('Approved by Full Council on Thursday 21 March 2024 (Minute 45).');
    expect(lines[0]).toBe('Version 1. Status: Approved.');
    const events = await auditOf(w, id);
    expect(events.at(-1)).toMatchObject({
      kind: 'terms.decision',
      data: { after: { approvedBy: 'Full Council', decidedOn: '2024-03-21', reference: 'Minute 45', status: 'APPROVED' } },
    });
    // back to the Chair: recording a body's decision is then refused
    await ok(call(w, setTermsApprovalRoute, w.admin, { termsApprovalRoute: 'CHAIR', termsApprovalBody: '' }));
    const next = await ok(call(w, createTermsDraft, w.admin, { fromVersionId: id }));
    const n = await readVersion(w, next.id);
    expect(
      await call(w, recordTermsDecision, w.admin, { ...(await keys(w, next.id)), textHash: termsHash(n.sections), decidedOn: '1/3/2026', reference: 'x' }),
    ).toMatchObject({
      ok: false,
      code: 'INVALID',
    });
    expect(await call(w, setTermsApprovalRoute, w.admin, { termsApprovalRoute: 'NAMED_BODY', termsApprovalBody: '' })).toMatchObject({
      ok: false,
      fieldErrors: { termsApprovalBody: [expect.any(String)] },
    });
  });

  it('an agreed draft is then the administrator’s task (record the decision), not the Chair’s to approve', async () => {
    const w = await world();
    await ok(call(w, setTermsApprovalRoute, w.admin, { termsApprovalRoute: 'NAMED_BODY', termsApprovalBody: 'Cabinet' }));
    const { id } = await ok(call(w, createTermsDraft, w.admin, { fromVersionId: '', label: 'V0.1 draft' }));
    const v = await readVersion(w, id);
    await ok(call(w, saveTermsDraft, w.admin, await editForm(w, id, Object.fromEntries(v.sections.map((s) => [s.heading, { body: 'Text.' }])))));
    await ok(call(w, agreeTermsDraft, w.admin, { ...(await keys(w, id)), meetingId: w.held.id }));
    const tasksOf = async (person: { id: string; name: string; email: string | null }) => {
      const memberships = await withCouncil(w.council.id, (tx) =>
        tx.councilMembership.findMany({
          where: { personId: person.id },
          select: { role: true, council: { select: { id: true, slug: true, name: true, region: true } } },
        }),
      );
      const { tasks } = await forYou({ id: person.id, name: person.name, email: person.email, memberships }, NOW);
      return tasks.map((t) => t.text);
    };
    expect(await tasksOf(w.admin)).toContain('Record Cabinet’s decision on the terms of reference, V0.1 draft');
    expect((await tasksOf(w.chair)).filter((t) => t.startsWith('Approve the terms of reference'))).toEqual([]);
    // with the Chair's route, the same draft is the Chair's to approve
    await ok(call(w, setTermsApprovalRoute, w.admin, { termsApprovalRoute: 'CHAIR', termsApprovalBody: '' }));
    expect(await tasksOf(w.chair)).toContain('Approve the terms of reference, V0.1 draft');
    expect((await tasksOf(w.admin)).filter((t) => t.startsWith('Record '))).toEqual([]);
  });
});
