import { withCouncil } from '../../../lib/db/tenant';
import { proposalToken } from '../../../lib/due-date-revisions/schema';
import type { Cases, World } from './world';

/**
 * Council B's board gets an improvement plan following an earlier one: its inspection and
 * finding, a theme, an action with a milestone and a proposed revised date, a signed-off
 * action, partner agency and scrutiny body, and a held meeting.
 */
async function planOfB(w: World) {
  const { council, board } = w.b;
  const councilId = council.id;
  return withCouncil(councilId, async (tx) => {
    const startsAt = new Date(Date.now() - 7 * 86_400_000);
    const meeting = await tx.meeting.create({
      data: { councilId, boardId: board.id, title: 'B meeting', status: 'HELD', startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000) },
    });
    const inspection = await tx.inspection.create({
      data: { councilId, kind: 'FULL_INSPECTION', title: 'B inspection', visitedOn: new Date('2026-01-10T00:00:00Z'), judgement: 'INADEQUATE' },
    });
    const finding = await tx.inspectionFinding.create({
      data: { councilId, inspectionId: inspection.id, kind: 'PRIORITY_ACTION', reference: 'PA1', text: 'B finding', position: 1 },
    });
    const previous = await tx.improvementPlan.create({
      data: { councilId, boardId: board.id, inspectionId: inspection.id, title: 'B old plan', status: 'CLOSED' },
    });
    const oldTheme = await tx.planTheme.create({ data: { councilId, planId: previous.id, name: 'Scrutiny', position: 1 } });
    const oldAction = await tx.planAction.create({
      data: {
        councilId,
        planId: previous.id,
        themeId: oldTheme.id,
        reference: 'OLD1',
        description: 'B old action',
        leadOfficer: 'B lead',
        dueOn: new Date('2026-02-01T00:00:00Z'),
        status: 'IN_PROGRESS',
      },
    });
    const plan = await tx.improvementPlan.create({
      data: { councilId, boardId: board.id, inspectionId: inspection.id, previousPlanId: previous.id, title: 'B plan', status: 'DRAFT' },
    });
    const theme = await tx.planTheme.create({ data: { councilId, planId: plan.id, name: 'Performance Management', position: 1 } });
    const body = await tx.scrutinyBody.create({ data: { councilId, name: 'B scrutiny committee' } });
    const agency = await tx.partnerAgency.create({ data: { councilId, name: 'B police', kind: 'POLICE' } });
    const action = await tx.planAction.create({
      data: {
        councilId,
        planId: plan.id,
        themeId: theme.id,
        reference: 'PM1.1',
        description: 'B action',
        leadOfficer: 'B lead',
        dueOn: new Date('2026-06-01T00:00:00Z'),
      },
    });
    const signed = await tx.planAction.create({
      data: {
        councilId,
        planId: plan.id,
        themeId: theme.id,
        reference: 'PM1.2',
        description: 'B signed action',
        leadOfficer: 'B lead',
        dueOn: new Date('2026-06-01T00:00:00Z'),
        status: 'SIGNED_OFF',
      },
    });
    await tx.planActionSignOff.create({
      data: { councilId, planActionId: signed.id, meetingId: meeting.id, proposedBy: 'B DCS', evidence: { documents: ['B report'] } },
    });
    const milestone = await tx.planMilestone.create({
      data: { councilId, planActionId: action.id, title: 'B milestone', dueOn: new Date('2026-04-01T00:00:00Z') },
    });
    const revision = await tx.planActionDueDateRevision.create({
      data: {
        councilId,
        planActionId: action.id,
        previousDueOn: new Date('2026-06-01T00:00:00Z'),
        proposedDueOn: new Date('2026-08-01T00:00:00Z'),
        reason: 'B reason',
      },
    });
    return { meeting, inspection, finding, previous, oldAction, plan, theme, body, agency, action, signed, milestone, revision };
  });
}

const evidence = { documents: 'Report', links: '', measures: '' };

export const cases: Cases = {
  'plans.create': async (w) => {
    const b = await planOfB(w);
    return { title: 'A plan', inspectionChoice: b.inspection.id, previousPlanId: b.plan.id, councilId: w.b.council.id };
  },
  'plans.update': async (w) => ({ planId: (await planOfB(w)).plan.id, version: '1', title: 'Renamed by A' }),
  'plans.findings.add': async (w) => ({ planId: (await planOfB(w)).plan.id, kind: 'PRIORITY_ACTION', text: 'Added by A' }),
  'plans.approve': async (w) => {
    const b = await planOfB(w);
    return { planId: b.plan.id, version: '1', meetingId: b.meeting.id };
  },
  'plans.record-outcome': async (w) => {
    const b = await planOfB(w);
    return { planId: b.plan.id, version: '1', outcomeOn: '1/3/2026', outcomeJudgement: 'GOOD', outcomeLetterPaperId: '', outcomeNote: 'Recorded by A' };
  },
  'plans.status': async (w) => ({ planId: (await planOfB(w)).plan.id, version: '1', status: 'IN_DELIVERY' }),
  'plans.themes.add': async (w) => ({ planId: (await planOfB(w)).plan.id, name: 'Added by A' }),
  'plans.themes.rename': async (w) => {
    const b = await planOfB(w);
    return { planId: b.plan.id, themeId: b.theme.id, name: 'Renamed by A' };
  },
  'plans.themes.move': async (w) => {
    const b = await planOfB(w);
    return { planId: b.plan.id, themeId: b.theme.id, direction: 'down' };
  },
  'plans.actions.create': async (w) => {
    const b = await planOfB(w);
    return {
      planId: b.plan.id,
      themeId: b.theme.id,
      description: 'By A',
      leadOfficer: 'A',
      dueOn: '1/6/2026',
      findingIds: [b.finding.id],
      agencyIds: [b.agency.id],
      scrutinyBodyId: b.body.id,
    };
  },
  'plans.actions.update': async (w) => {
    const b = await planOfB(w);
    return {
      planId: b.plan.id,
      actionId: b.action.id,
      version: '1',
      themeId: b.theme.id,
      description: 'By A',
      leadOfficer: 'A',
      status: 'IN_PROGRESS',
      findingIds: [],
      agencyIds: [],
    };
  },
  'plans.milestones.add': async (w) => {
    const b = await planOfB(w);
    return { planId: b.plan.id, actionId: b.action.id, title: 'By A', dueOn: '1/5/2026' };
  },
  'plans.milestones.complete': async (w) => {
    const b = await planOfB(w);
    return { planId: b.plan.id, actionId: b.action.id, milestoneId: b.milestone.id, completedOn: '1/3/2026' };
  },
  'plans.due-date.propose': async (w) => {
    const b = await planOfB(w);
    // the waiting proposal as B's page shows it, so that only the council, not a clash, stops the replacement
    return { planId: b.plan.id, actionId: b.action.id, seenProposal: proposalToken(b.revision), proposedDueOn: '1/9/2026', reason: 'By A' };
  },
  'plans.due-date.agree': async (w) => {
    const b = await planOfB(w);
    return { planId: b.plan.id, actionId: b.action.id, revisionId: b.revision.id, meetingId: b.meeting.id };
  },
  'plans.actions.sign-off': async (w) => {
    const b = await planOfB(w);
    return { planId: b.plan.id, actionId: b.action.id, version: '1', meetingId: b.meeting.id, proposedBy: 'A', ...evidence };
  },
  'plans.actions.reopen': async (w) => {
    const b = await planOfB(w);
    return { planId: b.plan.id, actionId: b.signed.id, version: '1', meetingId: b.meeting.id, reason: 'By A' };
  },
  'plans.carry-over': async (w) => {
    const b = await planOfB(w);
    return { planId: b.plan.id, fromActionId: b.oldAction.id, toActionId: b.action.id };
  },
  'plans.agencies.add': async (w) => ({ planId: (await planOfB(w)).plan.id, name: 'A agency', kind: 'HEALTH' }),
  'plans.scrutiny-bodies.add': async (w) => ({ planId: (await planOfB(w)).plan.id, name: 'A body' }),
};
