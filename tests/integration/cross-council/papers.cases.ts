import { withCouncil } from '../../../lib/db/tenant';
import type { Cases, World } from './world';

/**
 * Council B's meeting with a paper: a draft with a file waiting to be circulated, or one
 * circulated late and awaiting the Chair, so that the only reason to refuse is that the
 * ids are council B's.
 */
async function paperInB(w: World, state: 'draft' | 'late') {
  return withCouncil(w.b.council.id, async (tx) => {
    const meeting = await tx.meeting.create({
      data: {
        councilId: w.b.council.id,
        boardId: w.b.board.id,
        title: 'B meeting',
        startsAt: new Date('2030-11-05T10:00:00Z'),
        endsAt: new Date('2030-11-05T12:00:00Z'),
      },
    });
    const paper = await tx.paper.create({
      data: {
        councilId: w.b.council.id,
        meetingId: meeting.id,
        title: 'B paper',
        marking: 'OFFICIAL',
        ...(state === 'late' ? { status: 'CIRCULATED', circulatedAt: new Date('2030-11-04T10:00:00Z'), isLate: true } : {}),
      },
    });
    const file = await tx.paperFile.create({
      data: {
        councilId: w.b.council.id,
        paperId: paper.id,
        versionNo: 1,
        fileName: 'b.pdf',
        contentType: 'application/pdf',
        sizeBytes: 10,
        sha256: '0'.repeat(64),
        storageKey: `papers/${w.b.council.id}/00000000-0000-4000-8000-000000000000`,
        uploadedAt: new Date('2030-11-01T10:00:00Z'),
      },
    });
    return { meetingId: meeting.id, fileId: file.id };
  });
}

export const cases: Cases = {
  'papers.circulate': async (w) => ({ meetingId: (await paperInB(w, 'draft')).meetingId }),
  'papers.acceptLate': async (w) => ({ fileId: (await paperInB(w, 'late')).fileId, reason: 'Needed for the meeting' }),
};
