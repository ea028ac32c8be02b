import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitLogImport, previewLogImport, uploadLogImport } from '../../lib/action-log/import/actions';
import { getAction, listActions } from '../../lib/action-log/queries';
import { withCouncil } from '../../lib/db/tenant';
import { recordHistoricalMeeting } from '../../lib/meetings/historical';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { ACTION_NOW, actionWorld, type ActionWorld } from './action-log-world';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const HEADERS = ['Ref', 'Action', 'Owner', 'Due date', 'Revised date', 'Date agreed', 'Status', 'Progress', 'Date raised', 'Signed off'];
const ROWS = [
  ['BB-17', 'Audit 40 case files a month', 'Member Person', '15/1/2026', '28/2/2026', '14/1/2026', 'Closed', 'All audits done', '3/12/2025', '11/2/2026'],
  ['', 'Refresh the QA framework', 'Blackpool Police', '30/6/2026', '30/9/2026', '', 'In progress', 'Draft with partners', '', ''],
  ['BB-19', 'Publish the scrutiny work programme', "Director of Children's Services", '31/1/2026', '', '', 'Open', '', '14/1/2026', ''],
];
const csvText = (rows: string[][]) => [HEADERS, ...rows].map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n');
const csvFile = (rows: string[][] = ROWS) => new File([csvText(rows)], 'blackpool-action-log.csv', { type: 'text/csv' });

async function xlsxFile(rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Action log');
  ws.addRow(HEADERS);
  // Excel dates arrive as date cells, the rest as text
  for (const r of rows) ws.addRow(r.map((c) => (/^\d{4}-\d{2}-\d{2}$/.test(c) ? new Date(`${c}T00:00:00Z`) : c)));
  return new File([new Uint8Array(await wb.xlsx.writeBuffer())], 'log.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** Upload as the wizard does, and the form the next steps post: the sheet and the suggested mapping. */
async function upload(w: ActionWorld, file: File, actorId = w.admin.id) {
  const up = await uploadLogImport.execute({ ...w.call(actorId), input: { file } });
  if (!up.ok) throw new Error(JSON.stringify(up));
  const form: Record<string, unknown> = { sheet: JSON.stringify(up.data.sheet), fileName: up.data.fileName };
  for (const [k, v] of Object.entries(up.data.mapping)) form[`map-${k}`] = v === null ? '' : String(v);
  return form;
}

const logOf = (w: ActionWorld) =>
  withCouncil(w.council.id, (tx) =>
    tx.action.findMany({
      where: { boardId: w.board.id },
      orderBy: { reference: 'asc' },
      include: { revisions: true, updates: true },
    }),
  );

async function historicalMeeting(w: ActionWorld, date: string) {
  const r = await recordHistoricalMeeting.execute({
    ...w.call(w.admin.id),
    input: { boardId: w.board.id, title: 'Improvement Board', kind: 'ORDINARY', date, startTime: '10:00', endTime: '12:00' },
  });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data.meetingId;
}

describe('importing an earlier action log', () => {
  it('brings in a CSV with each action’s history, linked to the historical meetings, marked imported and audited', async () => {
    const w = await actionWorld(t);
    const january = await historicalMeeting(w, '14/1/2026');
    const february = await historicalMeeting(w, '11/2/2026');
    const form = await upload(w, csvFile());
    const preview = await previewLogImport.execute({ ...w.call(w.admin.id), input: form });
    expect(preview.ok && preview.data.preview.problems).toEqual([]);
    const result = await commitLogImport.execute({ ...w.call(w.admin.id), input: form });
    expect(result).toMatchObject({ ok: true, data: { imported: 3 } });

    const log = await logOf(w);
    expect(log.map((a) => a.reference)).toEqual(['BB-17', 'BB-19', 'IB-2026-001']);
    const closed = log.find((a) => a.reference === 'BB-17')!;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      ownerSeatId: w.seat.id,
      dueOn: new Date('2026-01-15T00:00:00Z'),
      agreedDueOn: new Date('2026-02-28T00:00:00Z'),
      signedOffAtMeetingId: february,
      signedOffById: null,
      createdAt: new Date('2025-12-03T12:00:00Z'),
      importedFrom: 'blackpool-action-log.csv',
      importedAt: ACTION_NOW,
    });
    expect(closed.revisions).toMatchObject([
      { previousDueOn: new Date('2026-01-15T00:00:00Z'), proposedDueOn: new Date('2026-02-28T00:00:00Z'), agreedAtMeetingId: january },
    ]);
    expect(closed.updates[0]!.body).toMatch(/Imported from blackpool-action-log\.csv.*historical record.*All audits done/);

    // a reference drawn as for a new action; an agency owner as text; a revision nobody agreed waits for the board
    const drawn = log.find((a) => a.reference === 'IB-2026-001')!;
    expect(drawn).toMatchObject({ ownerSeatId: null, ownerAgency: 'Blackpool Police', status: 'IN_PROGRESS', agreedDueOn: null });
    expect(drawn.revisions).toMatchObject([{ proposedDueOn: new Date('2026-09-30T00:00:00Z'), agreedAt: null }]);
    // matched by the seat's position; raised at the January meeting
    expect(log.find((a) => a.reference === 'BB-19')).toMatchObject({ ownerSeatId: w.seat.id, sourceMeetingId: january, status: 'OPEN' });

    const shown = await getAction(w.ctxFor(w.admin.id), 'BB-17', ACTION_NOW);
    expect(shown.signedOffAtMeeting).toMatchObject({ id: february, historical: true });
    // the open action past its original date is overdue, as it was in the old log
    const overdue = await listActions(w.ctxFor(w.admin.id), { overdue: '1' }, ACTION_NOW);
    expect(overdue.rows.map((r) => r.reference)).toEqual(['BB-19']);

    const event = await withCouncil(w.council.id, (tx) => tx.auditEvent.findFirstOrThrow({ where: { kind: 'action.import-log', entityId: w.board.id } }));
    expect(event).toMatchObject({ actorId: w.admin.id, data: { after: { historical: true, fileName: 'blackpool-action-log.csv' } } });
    // nothing was sent
    expect(await t.prisma.outboxMessage.count({ where: { councilId: w.council.id } })).toBe(0);
  });

  it('reads an XLSX with date cells the same way', async () => {
    const w = await actionWorld(t);
    const form = await upload(w, await xlsxFile([['X-1', 'Train members', 'Member Person', '2026-01-15', '', '', 'Awaiting sign-off', '', '2025-11-20', '']]));
    const result = await commitLogImport.execute({ ...w.call(w.admin.id), input: form });
    expect(result).toMatchObject({ ok: true, data: { imported: 1 } });
    expect(await logOf(w)).toMatchObject([
      { reference: 'X-1', status: 'AWAITING_SIGN_OFF', dueOn: new Date('2026-01-15T00:00:00Z'), createdAt: new Date('2025-11-20T12:00:00Z') },
    ]);
  });

  it('shows every problem in the preview and imports nothing while any row has one', async () => {
    const w = await actionWorld(t);
    const bad = [
      ...ROWS,
      ['BB-20', 'Bad date', '', '31/2/2026', '', '', '', '', '', ''],
      ['BB-21', 'Odd status', '', '1/3/2026', '', '', 'Amber-ish', '', '', ''],
    ];
    const form = await upload(w, csvFile(bad));
    const preview = await previewLogImport.execute({ ...w.call(w.admin.id), input: form });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.preview.problems.map((p) => [p.row, p.column])).toEqual([
      [5, 'Due date'],
      [6, 'Status'],
    ]);
    const result = await commitLogImport.execute({ ...w.call(w.admin.id), input: form });
    expect(result).toMatchObject({ ok: false, code: 'INVALID', message: 'Nothing was imported: 2 problems to put right first' });
    expect(await logOf(w)).toEqual([]);
  });

  it('refuses a reference the log already has, a mapping without the required columns, and anyone but the administrator', async () => {
    const w = await actionWorld(t);
    await w.add();
    const clash = await upload(w, csvFile([['IB-2026-001', 'Clash', '', '1/1/2026', '', '', '', '', '', '']]));
    expect(await commitLogImport.execute({ ...w.call(w.admin.id), input: clash })).toMatchObject({ ok: false, code: 'INVALID' });
    const unmapped = { ...clash, 'map-description': '' };
    const refused = await previewLogImport.execute({ ...w.call(w.admin.id), input: unmapped });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { 'map-description': ['Choose the column that holds the action'] } });
    for (const actorId of [w.member.id, w.chair.id]) {
      expect(await uploadLogImport.execute({ ...w.call(actorId), input: { file: csvFile() } })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await commitLogImport.execute({ ...w.call(actorId), input: clash })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect((await logOf(w)).map((a) => a.reference)).toEqual(['IB-2026-001']);
  });
});
