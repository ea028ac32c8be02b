import { withCouncil } from '../../../lib/db/tenant';
import type { Cases, World } from './world';

const CSV = 'Reference,Theme,Action,Lead officer,Due date\nX1.1,Scrutiny,Council A’s action,Officer,31/03/2027\n';

/** Council B's board gets a plan with a theme, an action and a measure. */
async function planOfB(w: World) {
  const { council, board } = w.b;
  return withCouncil(council.id, async (tx) => {
    const plan = await tx.improvementPlan.create({ data: { councilId: council.id, boardId: board.id, title: 'B plan' } });
    const theme = await tx.planTheme.create({ data: { councilId: council.id, planId: plan.id, name: 'Scrutiny', position: 1 } });
    const action = await tx.planAction.create({
      data: {
        councilId: council.id,
        planId: plan.id,
        themeId: theme.id,
        reference: 'B1.1',
        description: 'B action',
        leadOfficer: 'B officer',
        dueOn: new Date('2027-01-31T00:00:00Z'),
      },
    });
    const measure = await tx.impactMeasure.create({
      data: { councilId: council.id, planId: plan.id, title: 'B measure', unit: '%', target: 50, direction: 'HIGHER_IS_BETTER' },
    });
    return { plan, theme, action, measure };
  });
}

/** Council A's own plan, so that only the linked ids in the form are foreign. */
async function planOfA(w: World) {
  const { council, board } = w.a;
  return withCouncil(council.id, async (tx) => {
    const plan = await tx.improvementPlan.create({ data: { councilId: council.id, boardId: board.id, title: 'A plan' } });
    const measure = await tx.impactMeasure.create({
      data: { councilId: council.id, planId: plan.id, title: 'A measure', unit: '%', target: 50, direction: 'HIGHER_IS_BETTER' },
    });
    return { plan, measure };
  });
}

const sheet = JSON.stringify({
  headers: ['Reference', 'Theme', 'Action', 'Lead officer', 'Due date'],
  rows: [['X1.1', 'Scrutiny', 'Council A’s action', 'Officer', '31/03/2027']],
});
const mapping = { 'map-reference': '0', 'map-theme': '1', 'map-action': '2', 'map-leadOfficer': '3', 'map-dueOn': '4' };
const valuesSheet = JSON.stringify({ headers: ['Measure', 'Period', 'Period end', 'Value'], rows: [['B measure', 'October 2026', '31/10/2026', '40']] });

export const cases: Cases = {
  'planImport.upload': async (w) => ({ planId: (await planOfB(w)).plan.id, file: new File([CSV], 'plan.csv', { type: 'text/csv' }) }),
  'planImport.preview': async (w) => ({ planId: (await planOfB(w)).plan.id, sheet, ...mapping }),
  'planImport.commit': async (w) => ({ planId: (await planOfB(w)).plan.id, sheet, ...mapping }),
  'planMeasures.create': async (w) => ({ planId: (await planOfB(w)).plan.id, title: 'A measure in B', target: '10', direction: 'HIGHER_IS_BETTER' }),
  // A's own plan, linked to B's action and theme
  'planMeasures.update': async (w) => {
    const [b, a] = [await planOfB(w), await planOfA(w)];
    return {
      planId: a.plan.id,
      measureId: a.measure.id,
      version: '1',
      title: 'A measure',
      target: '10',
      direction: 'HIGHER_IS_BETTER',
      actionIds: [b.action.id],
      themeIds: [b.theme.id],
    };
  },
  'planMeasures.addValue': async (w) => {
    const b = await planOfB(w);
    return { planId: b.plan.id, measureId: b.measure.id, periodLabel: 'October 2026', periodEnd: '31/10/2026', value: '40' };
  },
  'planMeasures.previewValues': async (w) => ({
    planId: (await planOfB(w)).plan.id,
    file: new File(['Measure,Period,Period end,Value\nB measure,October 2026,31/10/2026,40\n'], 'values.csv'),
  }),
  'planMeasures.importValues': async (w) => ({ planId: (await planOfB(w)).plan.id, sheet: valuesSheet }),
};
