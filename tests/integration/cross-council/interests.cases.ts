import { withCouncil } from '../../../lib/db/tenant';
import { routeCouncilOnly, type Cases, type World } from './world';

/** An interest on council B's member's register. */
async function entryInB(w: World) {
  const b = w.b;
  return withCouncil(b.council.id, async (tx) => {
    const entry = await tx.interestRegisterEntry.create({
      data: {
        councilId: b.council.id,
        personId: b.member.id,
        category: 'EMPLOYMENT',
        description: 'B interest',
        createdAt: new Date(),
        createdById: b.member.id,
      },
    });
    return entry.id;
  });
}

const fields = { category: 'EMPLOYMENT', description: 'An interest', fromOn: '', toOn: '' };

export const cases: Cases = {
  'interests.add': (w) => ({ personId: w.b.member.id, ...fields }),
  'interests.update': async (w) => ({ entryId: await entryInB(w), ...fields }),
  'interests.end': async (w) => ({ entryId: await entryInB(w) }),
  'interests.review': (w) => ({ personId: w.b.member.id }),
  // the council's own choice: it names no record, only the council in the route
  'interests.publish': (w) => routeCouncilOnly({ publishInterestRegister: 'true', councilId: w.b.council.id }),
};
