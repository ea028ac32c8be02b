import { label } from '../labels';
import { ruleSettingNames } from './schema';

/** The board columns the details-and-rules form edits. */
export type EditableBoard = {
  id: string;
  name: string;
  kind: string;
  parentBoardId: string | null;
  isPublic: boolean;
  defaultVenue: string | null;
  virtualAttendance: boolean;
  advisory: boolean;
  declarationsStandingItem: boolean;
  paperNoticeWorkingDays: number;
  apologyNoticeWorkingDays: number;
  substitutesPerMember: number;
  minutesDistributionDays: number;
  publicationNoticeDays: number;
  commissionDueWorkingDays: number;
  termsReviewMonths: number;
  scheduleReviewMonths: number;
  quorumMinimum: number | null;
  riskAppetiteScore: number;
  actionReferencePrefix: string;
  version: number;
};

export const quorumLabel = (minimum: number | null) => (minimum === null ? 'None: the Chair decides' : `At least ${minimum} members present`);

const rules = (b: EditableBoard) => Object.fromEntries(ruleSettingNames.map((n) => [n, String(b[n])]));

/** The form's own values (what its fields and selects hold), to fill the edit form. */
export function boardFormDefaults(b: EditableBoard): Record<string, string> {
  return {
    boardId: b.id,
    version: String(b.version),
    name: b.name,
    kind: b.kind,
    parentBoardId: b.parentBoardId ?? '',
    isPublic: String(b.isPublic),
    defaultVenue: b.defaultVenue ?? '',
    virtualAttendance: String(b.virtualAttendance),
    advisory: String(b.advisory),
    declarationsStandingItem: String(b.declarationsStandingItem),
    ...rules(b),
    quorumRule: b.quorumMinimum === null ? 'NONE' : 'MINIMUM',
    quorumMinimum: b.quorumMinimum === null ? '' : String(b.quorumMinimum),
    riskAppetiteScore: String(b.riskAppetiteScore),
    actionReferencePrefix: b.actionReferencePrefix,
  };
}

/**
 * The same fields as a person reads them, for the clash panel beside the form: someone
 * else's saved version, with names and words rather than ids and codes. `version` stays
 * a number because the form's hidden field takes it up.
 */
export function boardForDisplay(b: EditableBoard, parentName: string | null): Record<string, string> {
  return {
    version: String(b.version),
    name: b.name,
    kind: label('boardKind', b.kind),
    parentBoardId: parentName ?? 'None',
    isPublic: b.isPublic ? 'Yes' : 'No',
    defaultVenue: b.defaultVenue ?? '',
    virtualAttendance: b.virtualAttendance ? 'Yes' : 'No',
    advisory: b.advisory ? 'Advisory: decisions are taken by others' : 'Takes its own decisions',
    declarationsStandingItem: b.declarationsStandingItem ? 'Every agenda opens with declarations of interest' : 'No standing item',
    ...rules(b),
    quorumRule: quorumLabel(b.quorumMinimum),
    quorumMinimum: b.quorumMinimum === null ? '' : String(b.quorumMinimum),
    riskAppetiteScore: String(b.riskAppetiteScore),
    actionReferencePrefix: b.actionReferencePrefix,
  };
}

export const editableBoardSelect = {
  id: true,
  name: true,
  kind: true,
  parentBoardId: true,
  isPublic: true,
  defaultVenue: true,
  virtualAttendance: true,
  advisory: true,
  declarationsStandingItem: true,
  paperNoticeWorkingDays: true,
  apologyNoticeWorkingDays: true,
  substitutesPerMember: true,
  minutesDistributionDays: true,
  publicationNoticeDays: true,
  commissionDueWorkingDays: true,
  termsReviewMonths: true,
  scheduleReviewMonths: true,
  quorumMinimum: true,
  riskAppetiteScore: true,
  actionReferencePrefix: true,
  version: true,
} as const;

/** Only what changed, for the audit event's before and after. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((k) => before[k] !== after[k]);
  return { before: Object.fromEntries(keys.map((k) => [k, before[k]])), after: Object.fromEntries(keys.map((k) => [k, after[k]])) };
}
