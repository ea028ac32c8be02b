import { routeCouncilOnly, type Cases } from './world';

export const cases: Cases = {
  // a person's own reminder choices in the route's council: there is no id of B's to carry
  'reminders.set-preferences': () => routeCouncilOnly({ 'action-due': 'OFF', councilId: 'ignored', personId: 'ignored' }),
};
