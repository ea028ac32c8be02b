import type { PrismaClient } from '../../../lib/db/generated/prisma/client';
import { withCouncil } from '../../../lib/db/tenant';
import { termsHash } from '../../../lib/terms/hash';
import { routeCouncilOnly, type Cases, type World } from './world';

/** Council B's board gets a held meeting and terms: an approved version 1 and an agreed draft 1.1. */
async function termsOfB(w: World) {
  const { council, board } = w.b;
  return withCouncil(council.id, async (tx) => {
    const startsAt = new Date(Date.now() - 7 * 86_400_000);
    const meeting = await tx.meeting.create({
      data: { councilId: council.id, boardId: board.id, title: 'B meeting', status: 'HELD', startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000) },
    });
    const sections = [{ kind: 'PURPOSE' as const, heading: 'Purpose', body: 'B’s purpose.', position: 1 }];
    const approved = await tx.termsVersion.create({
      data: {
        councilId: council.id,
        boardId: board.id,
        major: 1,
        minor: 0,
        status: 'APPROVED',
        title: 'B terms 1',
        approvedById: w.b.admin.id,
        approvedAt: startsAt,
        approvedHash: termsHash(sections),
        sections: { create: sections.map((s) => ({ ...s, councilId: council.id })) },
      },
    });
    const draft = await tx.termsVersion.create({
      data: {
        councilId: council.id,
        boardId: board.id,
        major: 1,
        minor: 1,
        status: 'AGREED',
        title: 'B terms 1.1 (draft)',
        previousVersionId: approved.id,
        agreedAtMeetingId: meeting.id,
        sections: { create: sections.map((s) => ({ ...s, councilId: council.id })) },
      },
    });
    return { meeting, approved, draft, hash: termsHash(sections) };
  });
}

/** Council A's own draft, so that only the meeting id in the form is foreign. */
async function draftOfA(w: World) {
  const { council, board } = w.a;
  return withCouncil(council.id, (tx) =>
    tx.termsVersion.create({
      data: {
        councilId: council.id,
        boardId: board.id,
        major: 0,
        minor: 1,
        status: 'DRAFT',
        title: 'A draft',
        sections: { create: [{ councilId: council.id, kind: 'PURPOSE', heading: 'Purpose', body: 'A’s purpose.', position: 1 }] },
      },
    }),
  );
}

export const cases: Cases = {
  'terms.create': async (w) => ({ fromVersionId: (await termsOfB(w)).draft.id, councilId: w.b.council.id, boardId: w.b.board.id }),
  'terms.update': async (w) => {
    const b = await termsOfB(w);
    return { termsId: b.draft.id, version: '1', 'heading-1': 'Purpose', 'body-1': 'Rewritten by council A.' };
  },
  // A's own draft with B's meeting: agreement may only be recorded at a meeting of this board
  'terms.agree': async (w, _prisma: PrismaClient) => {
    const [b, a] = [await termsOfB(w), await draftOfA(w)];
    return { termsId: a.id, version: '1', meetingId: b.meeting.id };
  },
  'terms.approve': async (w) => {
    const b = await termsOfB(w);
    return { termsId: b.draft.id, version: '1', textHash: b.hash };
  },
  'terms.section.add': async (w) => ({ termsId: (await termsOfB(w)).draft.id, version: '1', heading: 'Venue', kind: 'OTHER', format: 'PARAGRAPHS' }),
  'terms.section.remove': async (w) => {
    const b = await termsOfB(w);
    return { termsId: b.draft.id, version: '1', sectionId: await sectionOfB(w, b.draft.id) };
  },
  'terms.section.move': async (w) => {
    const b = await termsOfB(w);
    return { termsId: b.draft.id, version: '1', sectionId: await sectionOfB(w, b.draft.id), direction: 'down' };
  },
  // B's board is approved by a named body, and B's agreed draft is what A names
  'terms.decision': async (w) => {
    const b = await termsOfB(w);
    await withCouncil(w.b.council.id, (tx) =>
      tx.board.update({ where: { id: w.b.board.id }, data: { termsApprovalRoute: 'NAMED_BODY', termsApprovalBody: 'Full Council' } }),
    );
    return { termsId: b.draft.id, version: '1', textHash: b.hash, decidedOn: '1/3/2026', reference: 'Minute 45' };
  },
  // the board comes from the route: a past version posted through A is A's (a boardId in the form changes nothing of B's)
  'terms.history': (w) =>
    routeCouncilOnly({
      boardId: w.b.board.id,
      number: '1',
      label: 'Version 1',
      approvedOn: '1/3/2024',
      approvedBy: 'The Chair',
      'heading-1': 'Purpose',
      'body-1': 'A past purpose.',
    }),
  'terms.route': (w) => routeCouncilOnly({ boardId: w.b.board.id, termsApprovalRoute: 'NAMED_BODY', termsApprovalBody: 'Cabinet' }),
};

async function sectionOfB(w: World, termsVersionId: string) {
  const section = await withCouncil(w.b.council.id, (tx) => tx.termsSection.findFirstOrThrow({ where: { termsVersionId }, select: { id: true } }));
  return section.id;
}
