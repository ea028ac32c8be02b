import { routeCouncilOnly, type Cases } from './world';

export const cases: Cases = {
  // the council's own security setting: it names no record, only the council in the route
  'councils.requireSecondFactor': (w) => routeCouncilOnly({ requireSecondFactor: 'yes', councilId: w.b.council.id }),
};
