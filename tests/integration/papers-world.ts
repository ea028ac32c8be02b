import fs from 'node:fs/promises';
import path from 'node:path';
import PDFKit from 'pdfkit';
import { withCouncil } from '../../lib/db/tenant';
import { handlePaperUpload } from '../../lib/papers/upload';
import * as make from '../fixtures';

/**
 * A board with everyone the papers rules distinguish: an administrator (council admin,
 * no seat), the Independent Chair, two members (one sent apologies with their substitute
 * attending, one without), an attendee, an observer, both nominated substitutes and a
 * council member with no role on the board. Its meeting is Thursday 9 April 2026 at 10:00,
 * so papers are due by the end of Tuesday 31 March 2026 (Good Friday and Easter Monday
 * are bank holidays, DOMAIN.md).
 */
export async function papersWorld() {
  const council = await make.council('Papers Test Council');
  const person = (key: string, role: 'ADMIN' | 'MEMBER' = 'MEMBER') => make.person(council, `Person ${key}`, { key, role });
  const people = {
    admin: await person('admin', 'ADMIN'),
    chair: await person('chair'),
    member1: await person('member1'),
    member2: await person('member2'),
    attendee: await person('attendee'),
    observer: await person('observer'),
    sub1: await person('sub1'),
    sub2: await person('sub2'),
    bystander: await person('bystander'),
  };
  const board = await make.board(council, { slug: 'ib', paperNoticeWorkingDays: 5 });
  const other = await make.executiveGroup(council, { slug: 'eg' });
  const built = await withCouncil(council.id, async (tx) => {
    const seat = (personId: string, role: 'INDEPENDENT_CHAIR' | 'MEMBER' | 'ATTENDEE', substitutePersonId: string | null = null) =>
      tx.seat.create({ data: { councilId: council.id, boardId: board.id, personId, role, agency: 'Council', position: role, substitutePersonId } });
    await seat(people.chair.id, 'INDEPENDENT_CHAIR');
    const seat1 = await seat(people.member1.id, 'MEMBER', people.sub1.id);
    const seat2 = await seat(people.member2.id, 'MEMBER', people.sub2.id);
    await seat(people.attendee.id, 'ATTENDEE');
    await tx.boardAccess.create({ data: { councilId: council.id, boardId: board.id, personId: people.observer.id, role: 'OBSERVER' } });
    // the member of the other board, so it is not empty
    await tx.seat.create({
      data: { councilId: council.id, boardId: other.id, personId: people.member2.id, role: 'MEMBER', agency: 'Council', position: 'Member' },
    });

    const meeting = await tx.meeting.create({
      data: {
        councilId: council.id,
        boardId: board.id,
        title: 'April board',
        startsAt: new Date('2026-04-09T09:00:00Z'),
        endsAt: new Date('2026-04-09T11:00:00Z'),
        venue: 'Council House',
      },
    });
    const item = (position: number, title: string) =>
      tx.agendaItem.create({ data: { councilId: council.id, meetingId: meeting.id, position, title, purpose: 'ASSURANCE', presenter: 'Director' } });
    const items = [await item(1, 'Apologies and declarations'), await item(2, 'Performance report'), await item(3, 'Workforce strategy')];
    await tx.attendance.create({
      data: {
        councilId: council.id,
        meetingId: meeting.id,
        seatId: seat1.id,
        status: 'APOLOGIES',
        substituteAttends: true,
        apologySentAt: new Date('2026-03-30T10:00:00Z'),
      },
    });
    await tx.attendance.create({
      data: {
        councilId: council.id,
        meetingId: meeting.id,
        seatId: seat2.id,
        status: 'APOLOGIES',
        substituteAttends: false,
        apologySentAt: new Date('2026-03-30T10:00:00Z'),
      },
    });

    const otherMeeting = await tx.meeting.create({
      data: {
        councilId: council.id,
        boardId: other.id,
        title: 'Executive group',
        startsAt: new Date('2026-04-09T13:00:00Z'),
        endsAt: new Date('2026-04-09T14:00:00Z'),
      },
    });
    return { board, other, meeting, items, otherMeeting };
  });
  return { council, people, ...built };
}
export type PapersWorld = Awaited<ReturnType<typeof papersWorld>>;

/** The deadline for the world's meeting, and moments either side of it. */
export const deadline = new Date('2026-03-31T22:59:59.999Z');
export const beforeDeadline = new Date('2026-03-30T10:00:00Z');
export const afterDeadline = new Date('2026-04-01T09:00:00Z');

/** A real PDF drawn with pdfkit (standard Helvetica, so its text can be read back), one phrase per page. */
export async function pdfWith(...pages: string[]): Promise<Uint8Array> {
  const doc = new PDFKit({ size: 'A4', margin: 72 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  pages.forEach((phrase, i) => {
    if (i > 0) doc.addPage();
    doc.font('Helvetica').fontSize(16).text(phrase);
  });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A request body that arrives in chunks, as a browser's upload does, with no declared length. */
export function streamOf(bytes: Uint8Array, chunkSize = 64 * 1024): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + chunkSize));
      at += chunkSize;
    },
  });
}

export type UploadOptions = {
  actorId?: string | null;
  councilSlug?: string;
  boardSlug?: string;
  meetingId?: string;
  now?: Date;
  headers?: Record<string, string>;
};

/** Calls the upload route handler's function with a real Request whose body is a stream. */
export async function upload(w: PapersWorld, bytes: Uint8Array, query: Record<string, string>, opts: UploadOptions = {}) {
  const councilSlug = opts.councilSlug ?? w.council.slug;
  const boardSlug = opts.boardSlug ?? 'ib';
  const meetingId = opts.meetingId ?? w.meeting.id;
  const url = `http://localhost/api/councils/${councilSlug}/boards/${boardSlug}/meetings/${meetingId}/papers?${new URLSearchParams(query)}`;
  const request = new Request(url, { method: 'POST', body: streamOf(bytes), headers: opts.headers, duplex: 'half' } as RequestInit);
  const response = await handlePaperUpload(request, {
    actorId: opts.actorId === undefined ? w.people.admin.id : opts.actorId,
    councilSlug,
    boardSlug,
    meetingId,
    now: opts.now,
    request: { ip: '203.0.113.9', userAgent: 'vitest' },
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      ok: boolean;
      message: string;
      code?: string;
      fieldErrors?: Record<string, string[]>;
      data?: { paperId: string; fileId: string; versionNo: number };
    },
  };
}

/** Uploads and insists it worked: the ids of the new version. */
export async function uploaded(w: PapersWorld, bytes: Uint8Array, query: Record<string, string>, opts: UploadOptions = {}) {
  const res = await upload(w, bytes, query, opts);
  if (res.status !== 201 || !res.body.data) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

/** Every file under a folder, for proving that nothing was left behind. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
