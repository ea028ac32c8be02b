import { formatLongDate } from './format';

/**
 * The words for every status and kind the app shows, one map each, used by every page,
 * tag, email and export: "With the Chair" is never "Sent to chair" somewhere else.
 * A value missing from its map is a bug (the unit test checks each map against the schema).
 */
export const labels = {
  councilRole: { OWNER: 'Owner', ADMIN: 'Council administrator', MEMBER: 'Member' },
  bankHolidayRegion: { ENGLAND_AND_WALES: 'England and Wales', SCOTLAND: 'Scotland', NORTHERN_IRELAND: 'Northern Ireland' },
  boardKind: {
    IMPROVEMENT_BOARD: 'Improvement board',
    EXECUTIVE_GROUP: 'Executive group',
    CHILDRENS_TRUST: 'Children’s trust',
    PLANNING_GROUP: 'Planning group',
  },
  boardStatus: { PROVISIONAL: 'Provisional', ESTABLISHED: 'Established', DISSOLVED: 'Dissolved' },
  reportingBody: {
    CABINET: 'Cabinet',
    SCRUTINY_COMMITTEE: 'Scrutiny committee',
    DFE: 'Department for Education',
    SAFEGUARDING_PARTNERSHIP: 'Safeguarding partnership',
    PARENT_BOARD: 'Parent board',
    OTHER: 'Other',
  },
  boardAccessRole: { ADMINISTRATOR: 'Administrator', CHAIR: 'Chair', MEMBER: 'Member', SUBSTITUTE: 'Substitute', ATTENDEE: 'Attendee', OBSERVER: 'Observer' },
  termsStatus: { DRAFT: 'Draft', AGREED: 'Agreed by the board', APPROVED: 'Approved by the Chair', SUPERSEDED: 'Superseded' },
  termsSectionKind: {
    PURPOSE: 'Purpose',
    FUNCTIONS: 'Roles and responsibilities',
    MEMBERSHIP: 'Membership',
    FREQUENCY: 'Meeting frequency',
    REPORTING: 'Governance and reporting',
    ADMINISTRATION: 'Administration',
    QUORUM: 'Quorum',
    REVIEW: 'Review',
    DISSOLUTION: 'Dissolution',
    OTHER: 'Something else (the board’s own section)',
  },
  termsSectionFormat: { PARAGRAPHS: 'Paragraphs', NUMBERED_LIST: 'A numbered list, one item a line' },
  termsApprovalRoute: { CHAIR: 'The board agrees them and the Chair approves them', NAMED_BODY: 'A named body approves them, such as full Council or Cabinet' },
  seatRole: { INDEPENDENT_CHAIR: 'Independent Chair', CHAIR: 'Chair', VICE_CHAIR: 'Vice-Chair', MEMBER: 'Board member', ATTENDEE: 'Attendee' },
  meetingKind: { ORDINARY: 'Board meeting', DEEP_DIVE: 'Deep dive', STAKEHOLDER_EVENT: 'Stakeholder event' },
  meetingStatus: { SCHEDULED: 'Scheduled', HELD: 'Held', CANCELLED: 'Cancelled' },
  itemPurpose: { DECISION: 'For decision', ASSURANCE: 'For assurance', INFORMATION: 'For information' },
  // the Government Security Classifications write their markings in capitals
  protectiveMarking: { PUBLIC: 'Public', OFFICIAL: 'OFFICIAL', OFFICIAL_SENSITIVE: 'OFFICIAL-SENSITIVE' },
  paperStatus: { DRAFT: 'Draft', CIRCULATED: 'Circulated', WITHDRAWN: 'Withdrawn' },
  commissionStatus: { REQUESTED: 'Requested', SUBMITTED: 'Submitted', APPROVED: 'Approved', CIRCULATED: 'Circulated', WITHDRAWN: 'Withdrawn' },
  attendanceStatus: {
    EXPECTED: 'Not recorded',
    PRESENT: 'Present in person',
    VIRTUAL: 'Present virtually',
    APOLOGIES: 'Apologies',
    SUBSTITUTE_ATTENDED: 'Substitute attended',
    ABSENT: 'Absent',
  },
  minutesStatus: {
    DRAFT: 'Draft',
    SENT_TO_CHAIR: 'With the Chair',
    RETURNED: 'Returned by the Chair',
    APPROVED: 'Approved by the Chair',
    DISTRIBUTED: 'Distributed',
    CONFIRMED: 'Confirmed as an accurate record',
    SUPERSEDED: 'Superseded by a correction',
  },
  actionStatus: { OPEN: 'Open', IN_PROGRESS: 'In progress', AWAITING_SIGN_OFF: 'Awaiting sign-off', CLOSED: 'Closed', DROPPED: 'Dropped' },
  riskStatus: { OPEN: 'Open', MONITORING: 'Monitoring', ESCALATED: 'Escalated', CLOSED: 'Closed' },
  forwardPlanKind: { DEEP_DIVE: 'Themed deep dive', REPORT: 'Report due', INSPECTION_MILESTONE: 'Inspection milestone', OTHER: 'Other item' },
  inspectionKind: { FULL_INSPECTION: 'Full inspection', FOCUSED_VISIT: 'Focused visit', MONITORING_VISIT: 'Monitoring visit' },
  judgement: {
    INADEQUATE: 'Inadequate',
    REQUIRES_IMPROVEMENT: 'Requires improvement to be good',
    GOOD: 'Good',
    OUTSTANDING: 'Outstanding',
    NOT_JUDGED: 'No judgement (visit)',
  },
  findingKind: { PRIORITY_ACTION: 'Priority action', IMMEDIATE_ACTION: 'Immediate action', AREA_FOR_IMPROVEMENT: 'Area for improvement' },
  planStatus: { DRAFT: 'Draft', APPROVED: 'Approved', IN_DELIVERY: 'In delivery', TRANSITION: 'Transition', CLOSED: 'Closed' },
  partnerKind: { COUNCIL: 'Council', POLICE: 'Police', HEALTH: 'Health', SCHOOLS: 'Schools', OTHER: 'Other partner' },
  planActionStatus: {
    NOT_STARTED: 'Not started',
    IN_PROGRESS: 'In progress',
    AWAITING_SIGN_OFF: 'Awaiting sign-off',
    SIGNED_OFF: 'Signed off',
    CARRIED_OVER: 'Carried over',
    CLOSED: 'Closed',
  },
  rag: { RED: 'Red', AMBER: 'Amber', GREEN: 'Green', BLUE: 'Complete' },
  decisionMakerKind: {
    CABINET: 'Cabinet',
    OFFICER_ROLE: 'A named officer role',
    FULL_COUNCIL: 'Full Council',
    PARTNER_BODY: 'A partner body',
    OTHER: 'Other decision maker',
  },
  recommendationOutcomeKind: {
    PENDING: 'Awaiting a decision',
    ACCEPTED: 'Accepted',
    ACCEPTED_WITH_CHANGES: 'Accepted with changes',
    REJECTED: 'Rejected',
  },
  interestKind: {
    PECUNIARY: 'Disclosable pecuniary interest',
    OTHER_REGISTRABLE: 'Other registrable interest',
    NON_REGISTRABLE: 'Non-registrable interest',
  },
  interestCategory: {
    EMPLOYMENT: 'Employment, office, trade or profession',
    SPONSORSHIP: 'Sponsorship',
    CONTRACTS: 'Contracts with the council',
    LAND: 'Land and property',
    SECURITIES: 'Shares and securities',
    MEMBERSHIP: 'Membership of a body or organisation',
    GIFTS: 'Gifts and hospitality',
    OTHER: 'Other',
  },
  measureDirection: { HIGHER_IS_BETTER: 'Higher is better', LOWER_IS_BETTER: 'Lower is better' },
  // OutboxMessage.kind is a string, not an enum: these are the kinds lib/ enqueues.
  mailKind: {
    'magic-link': 'Sign-in link',
    invitation: 'Invitation',
    'papers.circulated': 'Papers circulated',
    'papers.late-accepted': 'Late paper accepted',
    'commission.requested': 'Paper requested from its author',
    'commission.reminder': 'Reminder to a commissioned paper’s author',
    'commission.due-changed': 'New due date to a commissioned paper’s author',
    'commission.changes-requested': 'Changes asked of a paper’s author',
    'commission.submitted': 'Commissioned paper submitted',
    'commission.withdrawn': 'Paper commission withdrawn',
    'minutes.sent-to-chair': 'Minutes sent to the Chair',
    'minutes.returned': 'Minutes returned by the Chair',
    'minutes.distributed': 'Minutes distributed',
    'meeting.invitation': 'Meeting invitation',
    'meeting.cancelled': 'Meeting cancelled',
    'public.subscription-confirm': 'Public updates: confirm subscription',
    'public.agenda': 'Public updates: agenda published',
    'public.meeting-changed': 'Public updates: meeting moved or cancelled',
    'public.minutes': 'Public updates: minutes published',
    'reminder.papers-missing': 'Reminder: papers missing at the deadline',
    'reminder.apologies': 'Reminder: apologies',
    'reminder.action-due': 'Reminder: action due',
    'reminder.action-revision': 'Reminder: revised date awaiting agreement',
    'reminder.minutes-approval': 'Reminder: minutes awaiting approval',
    'reminder.minutes-distribution': 'Reminder: minutes distribution due',
    'reminder.reviews': 'Reminder: review due',
    'reminder.digest': 'Weekly digest of reminders',
  },
  reminderDelivery: { IMMEDIATELY: 'Immediately', DIGEST: 'In a weekly digest (Monday morning)', OFF: 'Off' },
} as const satisfies Record<string, Record<string, string>>;

export type LabelKind = keyof typeof labels;

/** The words for one value of one kind; an unknown value is shown as it is rather than hidden. */
export function label(kind: LabelKind, value: string | null | undefined): string {
  if (!value) return '';
  return (labels[kind] as Record<string, string>)[value] ?? value;
}

/**
 * The words for a value in the middle of a sentence: "as board member", "is now dissolved",
 * but a title, a proper name or a marking in capitals keeps them ("as Vice-Chair", "OFFICIAL-SENSITIVE").
 */
export function labelInSentence(kind: LabelKind, value: string | null | undefined): string {
  const words = label(kind, value);
  return /^([A-Z]{2}|Independent Chair|Chair|Vice-Chair|Department)/.test(words) ? words : words.charAt(0).toLowerCase() + words.slice(1);
}

/** Radios or select options for a kind, in the map's order or the order given. */
export const labelOptions = (kind: LabelKind, values?: readonly string[]) =>
  (values ?? Object.keys(labels[kind])).map((value) => ({ value, label: label(kind, value) }));

type MeetingNaming = { title: string; kind: string; startsAt: Date };

/**
 * What a meeting is called on its pages: its kind and date ("Board meeting, Wednesday 2
 * December 2026"), or its own title where it has one that is not just the board's name.
 */
export function meetingName(m: MeetingNaming, boardName: string): string {
  const own = m.title.trim();
  if (own && own !== boardName.trim()) return own;
  return `${label('meetingKind', m.kind)}, ${formatLongDate(m.startsAt)}`;
}

/** A meeting's page title: its name with its date, always (two meetings never share one). */
export function meetingTitle(m: MeetingNaming, boardName: string): string {
  const name = meetingName(m, boardName);
  const date = formatLongDate(m.startsAt);
  return name.includes(date) ? name : `${name}, ${date}`;
}
