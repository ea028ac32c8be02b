import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionLogExportFor, EXPORT_COLUMNS } from '../../lib/action-log/export';
import { ACTION_PAGE_SIZE, listActions, type ActionFilter } from '../../lib/action-log/queries';
import { withCouncil } from '../../lib/db/tenant';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { ACTION_NOW, actionWorld, type ActionWorld } from './action-log-world';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const statuses = ['OPEN', 'IN_PROGRESS', 'IN_PROGRESS', 'AWAITING_SIGN_OFF', 'CLOSED', 'DROPPED'] as const;

/**
 * 170 actions: more than two pages of in-progress ones, owned by the member's seat or by
 * one of two agencies, due on either side of "today", some with a date waiting for
 * agreement, and a few whose text a spreadsheet would otherwise run as a formula.
 */
async function bigLog(w: ActionWorld) {
  await withCouncil(w.council.id, async (tx) => {
    const rows = Array.from({ length: 170 }, (_, i) => {
      const n = i + 1;
      const risky = ['=HYPERLINK("http://evil.example","Click")', '+1+2', '-5+cmd', '@SUM(A1)'][i % 40];
      return {
        councilId: w.council.id,
        boardId: w.board.id,
        reference: `IB-2026-${String(n).padStart(3, '0')}`,
        description: risky ?? `Action number ${n}${n % 3 === 0 ? ' about the front door' : ''}`,
        ownerSeatId: n % 2 === 0 ? w.seat.id : null,
        ownerAgency: n % 2 === 0 ? null : n % 4 === 1 ? 'Northbridge Police' : 'Integrated Care Board',
        dueOn: day(n % 5 === 0 ? '2026-02-27' : `2026-0${4 + (n % 5)}-${String(1 + (n % 27)).padStart(2, '0')}`),
        status: statuses[n % statuses.length]!,
      };
    });
    await tx.action.createMany({ data: rows });
    const waiting = await tx.action.findMany({
      where: { boardId: w.board.id, status: 'IN_PROGRESS' },
      orderBy: { reference: 'asc' },
      take: 7,
      select: { id: true, dueOn: true },
    });
    for (const a of waiting) {
      await tx.actionDueDateRevision.create({
        data: { councilId: w.council.id, actionId: a.id, previousDueOn: a.dueOn, proposedDueOn: day('2026-09-30'), reason: 'Waiting for data' },
      });
    }
  });
}

async function allPages(w: ActionWorld, filter: ActionFilter) {
  const ctx = w.ctxFor(w.member.id);
  const first = await listActions(ctx, filter, ACTION_NOW);
  const refs = first.rows.map((r) => r.reference);
  for (let page = 2; page <= first.pages; page++) refs.push(...(await listActions(ctx, { ...filter, page }, ACTION_NOW)).rows.map((r) => r.reference));
  expect(refs).toHaveLength(first.total);
  return { refs, total: first.total, pages: first.pages };
}

const exportAs = async (w: ActionWorld, search: Record<string, string>, format: 'csv' | 'xlsx', actorId = w.member.id) =>
  actionLogExportFor(actorId, w.council.slug, 'improvement-board', search, format, ACTION_NOW);

function csvRows(body: string | Uint8Array) {
  expect(typeof body).toBe('string');
  const text = body as string;
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text, { bom: true }) as string[][];
}

async function xlsxSheet(body: string | Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(body as Uint8Array) as unknown as ArrayBuffer);
  return book.getWorksheet('Action log')!;
}

async function xlsxRows(body: string | Uint8Array) {
  const sheet = await xlsxSheet(body);
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('exporting the action log', () => {
  it('holds exactly the filtered rows, every page of them, in the order shown, as CSV and XLSX', async () => {
    const w = await actionWorld(t);
    await bigLog(w);
    const search = { status: 'IN_PROGRESS', sort: 'reference', dir: 'desc' };
    const shown = await allPages(w, search);
    expect(shown.pages).toBe(2); // more than one page, so the export is not just the visible one
    expect(shown.total).toBeGreaterThan(ACTION_PAGE_SIZE);

    const csv = csvRows((await exportAs(w, search, 'csv'))!.body);
    expect(csv[0]).toEqual(EXPORT_COLUMNS.map((c) => c.header));
    expect(csv.slice(1).map((r) => r[0])).toEqual(shown.refs);
    expect(new Set(csv.slice(1).map((r) => r[7]))).toEqual(new Set(['In progress']));

    const xlsx = await xlsxRows((await exportAs(w, search, 'xlsx'))!.body);
    expect(xlsx[0]).toEqual(EXPORT_COLUMNS.map((c) => c.header));
    expect(xlsx.slice(1).map((r) => r[0])).toEqual(shown.refs);
  });

  it('applies every filter the screen does: owner, overdue, mine, awaiting agreement and search', async () => {
    const w = await actionWorld(t);
    await bigLog(w);
    const searches: Record<string, string>[] = [
      { owner: 'agency:Northbridge Police', overdue: '1' },
      { mine: '1', q: 'front door', sort: 'due' },
      { awaiting: '1' },
      { owner: `seat:${w.seat.id}`, status: 'CLOSED', sort: 'status', dir: 'desc' },
      { q: 'no such thing' },
    ];
    for (const search of searches) {
      const shown = await allPages(w, search);
      const csv = csvRows((await exportAs(w, search, 'csv'))!.body).slice(1);
      const xlsx = (await xlsxRows((await exportAs(w, search, 'xlsx'))!.body)).slice(1);
      expect(
        csv.map((r) => r[0]),
        JSON.stringify(search),
      ).toEqual(shown.refs);
      expect(
        xlsx.map((r) => r[0]),
        JSON.stringify(search),
      ).toEqual(shown.refs);
    }
    // the filters do filter: spot checks on what they selected
    const overduePolice = csvRows((await exportAs(w, searches[0]!, 'csv'))!.body).slice(1);
    expect(overduePolice.length).toBeGreaterThan(0);
    for (const r of overduePolice) {
      expect(r[2]).toBe('Northbridge Police');
      expect(r[3]! < '2026-03-20').toBe(true);
      expect(['Open', 'In progress']).toContain(r[7]);
      expect(r[8]).toBe('Red');
    }
    const awaiting = csvRows((await exportAs(w, searches[2]!, 'csv'))!.body).slice(1);
    expect(awaiting).toHaveLength(7);
    for (const r of awaiting) expect([r[4], r[5], r[6]]).toEqual(['', '2026-09-30', 'Waiting for data']);
  });

  it('drops an owner filter whose seat id is not a uuid, as the screen does, instead of failing', async () => {
    const w = await actionWorld(t);
    await bigLog(w);
    const everything = await allPages(w, {});
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await exportAs(w, { owner: 'seat:------------------------------------' }, format);
      const rows = format === 'csv' ? csvRows(file!.body).slice(1) : (await xlsxRows(file!.body)).slice(1);
      expect(rows.map((r) => r[0])).toEqual(everything.refs);
      expect(file!.fileName).not.toContain('filtered');
    }
  });

  it('writes text a spreadsheet would run as a formula as plain text', async () => {
    const w = await actionWorld(t);
    await bigLog(w);
    const csv = csvRows((await exportAs(w, { q: '(', show: 'all' }, 'csv'))!.body).slice(1);
    const cells = csv.map((r) => r[1]);
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","Click")`);
    expect(cells).toContain(`'@SUM(A1)`);
    const all = csvRows((await exportAs(w, { show: 'all' }, 'csv'))!.body)
      .slice(1)
      .map((r) => r[1]!);
    expect(all).toContain("'+1+2");
    expect(all).toContain("'-5+cmd");
    expect(all.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    // the XLSX holds them as text cells, never formulas
    // closed and dropped rows too (the log shows open work by default): every row is escaped
    const sheet = await xlsxSheet((await exportAs(w, { q: 'HYPERLINK', show: 'all' }, 'xlsx'))!.body);
    expect(sheet.rowCount).toBe(6);
    for (let row = 2; row <= sheet.rowCount; row++) {
      const cell = sheet.getCell(row, 2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe('=HYPERLINK("http://evil.example","Click")');
    }
  });

  it('answers nothing (404) to someone from another council, and to a board that is not theirs', async () => {
    const w = await actionWorld(t);
    await bigLog(w);
    const elsewhere = await make.council('Other Council');
    const stranger = await t.prisma.person.create({ data: { name: 'Other admin', email: `${elsewhere.slug}-admin@example.test` } });
    await withCouncil(elsewhere.id, (tx) => tx.councilMembership.create({ data: { councilId: elsewhere.id, personId: stranger.id, role: 'ADMIN' } }));
    expect(await exportAs(w, {}, 'csv', stranger.id)).toBeNull();
    expect(await exportAs(w, {}, 'xlsx', stranger.id)).toBeNull();
    expect(await actionLogExportFor(stranger.id, elsewhere.slug, 'improvement-board', {}, 'csv', ACTION_NOW)).toBeNull();
    // a council member with no role on this board
    const outsider = await t.prisma.person.create({ data: { name: 'Council member', email: `${w.council.slug}-outsider@example.test` } });
    await withCouncil(w.council.id, (tx) => tx.councilMembership.create({ data: { councilId: w.council.id, personId: outsider.id, role: 'MEMBER' } }));
    expect(await exportAs(w, {}, 'csv', outsider.id)).toBeNull();
    // an unknown format
    expect(await actionLogExportFor(w.admin.id, w.council.slug, 'improvement-board', {}, 'pdf' as 'csv', ACTION_NOW)).toBeNull();
    expect(await exportAs(w, {}, 'csv', w.admin.id)).toMatchObject({
      contentType: 'text/csv; charset=utf-8',
      fileName: 'improvement-board-action-log-2026-03-20.csv',
    });
  });
});
