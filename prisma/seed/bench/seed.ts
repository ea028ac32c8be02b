// Over 300 lines on purpose: the benchmark's big council and its neighbours, generated table by
// table in one pass so every row's references line up.
// The benchmark's data: one big council sized like a long-running intervention, and
// neighbouring councils so that row-level security has other tenants' rows to filter.
// Rows are generated in memory with ids chosen up front and written table by table with
// bulk inserts (prisma/seed/bench/bulk.ts), each council inside its own tenant transaction: the same
// role (tabled_app) and council setting that lib/db/tenant.ts uses, so the policies'
// WITH CHECK vouches for every row. Council and Person rows are global and written by
// the owner. Audit events are hash-chained per council exactly as lib/audit/append.ts
// chains them, computed here in order and inserted in batches.
import { auditHash } from '../../../lib/audit/hash';
import { seededRandom, sha256 } from '../util';
import { insertMany, readColumnTypes, type ColumnTypes, type Row, type Session } from './bulk';

export type CouncilSize = {
  /** years of monthly meetings of the main board */
  years: number;
  papers: number;
  actions: number;
  risks: number;
  planActions: number;
  auditEvents: number;
};

/** The issue's default: a council five years into an intervention. */
export const DEFAULT_SIZE: CouncilSize = { years: 5, papers: 3000, actions: 2000, risks: 500, planActions: 300, auditEvents: 100_000 };

/** Each neighbour: a small council a year in. */
export const NEIGHBOUR_SIZE: CouncilSize = { years: 1, papers: 120, actions: 100, risks: 25, planActions: 30, auditEvents: 2500 };

export type SeedOptions = {
  /** the big council's slug */
  slug: string;
  /** how many other councils */
  councils: number;
  /** the big council's sizes before scaling */
  size: CouncilSize;
  /** multiplies every size of the big council (0.1 and 10 for the growth runs) */
  scale: number;
  neighbourSize: CouncilSize;
  now: Date;
  log: (line: string) => void;
};

export const BENCH_BOARD_SLUG = 'improvement-board';
export const BENCH_ADMIN_EMAIL = (slug: string) => `bench.admin@${slug}.bench.example`;

export type SeedSummary = {
  council: { id: string; slug: string; name: string };
  board: { id: string; slug: string };
  adminPersonId: string;
  /** the latest held meeting: full agenda, papers, attendance and minutes */
  meetingId: string;
  /** an action in progress, for the action's page (read back by describeSeed) */
  actionReference?: string;
  /** the board's newest improvement plan, for the plan overview (read back by describeSeed) */
  planId?: string;
  scale: number;
  size: CouncilSize;
  rows: Record<string, number>;
  neighbours: number;
  seconds: number;
};

const DAY = 86_400_000;

/**
 * Ids come from a seeded generator, so every database seeded with the same options holds
 * the same ids: the SQL captured from one (the queries-per-request pass on the server)
 * replays unchanged on another (the embedded database's SQL baseline).
 */
export function idGenerator(seed: number): () => string {
  const rng = seededRandom(seed);
  return () => {
    const b = Array.from({ length: 16 }, () => Math.floor(rng() * 256));
    b[6] = ((b[6] as number) & 0x0f) | 0x40;
    b[8] = ((b[8] as number) & 0x3f) | 0x80;
    const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
}

const day = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);
const minDate = (a: Date, b: Date) => (a.getTime() < b.getTime() ? a : b);

/** The first Tuesday of the month `offset` months from now's month, at the given UTC hour. */
function firstTuesday(now: Date, offset: number, hour: number): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1, hour));
  while (d.getUTCDay() !== 2) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

function scaled(size: CouncilSize, scale: number): CouncilSize {
  const n = (x: number) => Math.max(1, Math.round(x * scale));
  return {
    years: Math.max(4 / 12, size.years * scale),
    papers: n(size.papers),
    actions: n(size.actions),
    risks: n(size.risks),
    planActions: n(size.planActions),
    auditEvents: n(size.auditEvents),
  };
}

type Tables = Record<string, Row[]>;

// Foreign-key order.
const TABLE_ORDER = [
  'Board',
  'CouncilMembership',
  'BoardAccess',
  'MeetingSeries',
  'Meeting',
  'Seat',
  'AgendaItem',
  'Paper',
  'PaperFile',
  'Attendance',
  'MinutesVersion',
  'MinutesItem',
  'Decision',
  'Inspection',
  'InspectionFinding',
  'PartnerAgency',
  'ScrutinyBody',
  'ImprovementPlan',
  'PlanTheme',
  'PlanAction',
  'PlanActionFinding',
  'PlanActionAgency',
  'PlanMilestone',
  'PlanActionSignOff',
  'Action',
  'ActionDueDateRevision',
  'ActionUpdate',
  'Risk',
  'RiskMitigation',
  'RiskReview',
  'ForwardPlanItem',
] as const;

const FIRST = [
  'Alex',
  'Sam',
  'Jo',
  'Priya',
  'Tom',
  'Helen',
  'Mark',
  'Rachel',
  'Owen',
  'Nadia',
  'Gareth',
  'Ruth',
  'Peter',
  'Lisa',
  'Dan',
  'Kate',
  'Ian',
  'Carol',
  'Gemma',
  'Simon',
];
const LAST = [
  'Price',
  'Ellis',
  'Okafor',
  'Raman',
  'Hughes',
  'Grant',
  'Fenwick',
  'Osei',
  'Marsh',
  'Lloyd',
  'Barker',
  'Adeyemi',
  'Walsh',
  'Chambers',
  'Baxter',
  'Hussain',
  'Patel',
  'Dunn',
  'Morris',
  'Harper',
];
const POSITIONS = [
  'Independent Chair',
  'Leader of the Council',
  "Cabinet Member for Children's Services",
  'Chief Executive',
  "Director of Children's Services",
  'Director of Public Health',
  'Superintendent, Public Protection',
  'Chief Nursing Officer, Integrated Care Board',
  'Primary head teacher representative',
  'Secondary head teacher representative',
  "DfE Children's Services Adviser",
  'Independent Scrutineer, Safeguarding Partnership',
  "Head of Service, Children's Social Care",
  'Principal Social Worker',
  'Head of Performance and Intelligence',
  'Head of Service, Early Help',
];
const BUSINESS = [
  'Performance report: contacts and referrals',
  'Quality assurance of practice: audit findings',
  'Workforce: recruitment and retention',
  'Improvement plan: theme highlight reports',
  'Voice of children and families',
  'Multi-agency front door',
  'Children in care and care leavers',
  'Budget and demand pressures',
];
const THEMES = ['Leadership and governance', 'Quality assurance', 'Front line practice', 'Partnership working', 'Workforce', 'Children in care'];
const RISK_CATEGORIES = ['Workforce', 'Practice quality', 'Finance', 'Partnerships', 'Sufficiency', 'Data and systems', 'Reputation'];
const AUDIT_KINDS: [string, string][] = [
  ['action.update', 'Action'],
  ['action.create', 'Action'],
  ['action.revise_due_date', 'Action'],
  ['risk.review', 'Risk'],
  ['risk.update', 'Risk'],
  ['paper.upload', 'Paper'],
  ['paper.circulate', 'Paper'],
  ['meeting.update', 'Meeting'],
  ['attendance.apologies', 'Attendance'],
  ['minutes.approve', 'MinutesVersion'],
  ['plan_action.update', 'PlanAction'],
  ['member.invite', 'Invitation'],
];
const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0',
  'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
];

type Built = {
  tables: Tables;
  persons: Row[];
  boardId: string;
  adminId: string;
  latestHeldMeetingId: string;
  auditTargets: { type: string; id: string }[];
  actorIds: string[];
  start: Date;
};

/** Builds every council-owned row of one council but its audit events. */
function buildCouncil(councilId: string, slug: string, size: CouncilSize, now: Date, seed: number, extraAdminOf?: string): Built {
  const rng = seededRandom(seed);
  const uuid = idGenerator(seed * 7919 + 13);
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const pickOf = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
  const chance = (p: number) => rng() < p;
  const tables: Tables = Object.fromEntries(TABLE_ORDER.map((t) => [t, [] as Row[]]));
  const push = (table: (typeof TABLE_ORDER)[number], row: Row) => (tables[table] as Row[]).push(row);
  const today = day(now);

  // ---------- people ----------
  const persons: Row[] = [];
  const adminId = uuid();
  persons.push({ id: adminId, email: BENCH_ADMIN_EMAIL(slug), name: `Bench Administrator (${slug})`, createdAt: now });
  const seatPeople = POSITIONS.map((_, i) => {
    const id = uuid();
    persons.push({ id, email: null, name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7 + seed) % LAST.length]}`, createdAt: now });
    return id;
  });
  const subPeople = POSITIONS.map((_, i) => {
    if (i === 0 || i >= 12) return null;
    const id = uuid();
    persons.push({ id, email: null, name: `${FIRST[(i + 5) % FIRST.length]} ${LAST[(i * 3 + seed + 1) % LAST.length]} (substitute)`, createdAt: now });
    return id;
  });

  // ---------- boards ----------
  const meetingCount = Math.max(4, Math.round(size.years * 12));
  const upcomingCount = 3;
  const firstOffset = -(meetingCount - upcomingCount);
  const start = addDays(firstTuesday(now, firstOffset, 10), -60);
  const boardId = uuid();
  const egId = uuid();
  push('Board', {
    id: boardId,
    councilId,
    slug: BENCH_BOARD_SLUG,
    name: "Children's Services Improvement Board",
    kind: 'IMPROVEMENT_BOARD',
    status: 'ESTABLISHED',
    parentBoardId: null,
    isPublic: true,
    defaultVenue: 'Town Hall, Committee Room 1',
    actionReferencePrefix: 'IB',
    createdAt: start,
    updatedAt: start,
  });
  push('Board', {
    id: egId,
    councilId,
    slug: 'executive-group',
    name: 'Improvement Executive Group',
    kind: 'EXECUTIVE_GROUP',
    status: 'ESTABLISHED',
    parentBoardId: boardId,
    isPublic: false,
    defaultVenue: 'Civic Centre, Room 4',
    actionReferencePrefix: 'EG',
    createdAt: start,
    updatedAt: start,
  });
  push('CouncilMembership', { id: uuid(), councilId, personId: adminId, role: 'ADMIN', createdAt: start });
  if (extraAdminOf) push('CouncilMembership', { id: uuid(), councilId, personId: extraAdminOf, role: 'MEMBER', createdAt: start });
  push('BoardAccess', { id: uuid(), councilId, boardId, personId: adminId, role: 'ADMINISTRATOR', createdAt: start });
  push('BoardAccess', { id: uuid(), councilId, boardId: egId, personId: adminId, role: 'ADMINISTRATOR', createdAt: start });

  const seriesId = uuid();
  const lastMeeting = firstTuesday(now, upcomingCount, 10);
  push('MeetingSeries', {
    id: seriesId,
    councilId,
    boardId,
    rrule: 'FREQ=MONTHLY;BYDAY=1TU',
    startTime: '10:00',
    endTime: '12:00',
    kind: 'ORDINARY',
    venue: 'Town Hall, Committee Room 1',
    startsOn: day(firstTuesday(now, firstOffset, 10)),
    untilOn: day(lastMeeting),
    createdAt: start,
  });

  // ---------- seats ----------
  const seats = POSITIONS.map((position, i) => {
    const id = uuid();
    const role = i === 0 ? 'INDEPENDENT_CHAIR' : i === 1 ? 'VICE_CHAIR' : i >= 12 ? 'ATTENDEE' : 'MEMBER';
    push('Seat', {
      id,
      councilId,
      boardId,
      personId: seatPeople[i],
      role,
      agency: i >= 6 && i <= 11 ? 'Partner agency' : `${slug} council`,
      position,
      startsOn: day(start),
      substitutePersonId: subPeople[i],
      createdAt: start,
      updatedAt: start,
    });
    return { id, role, personId: seatPeople[i] as string };
  });
  const memberSeats = seats.filter((s) => s.role !== 'ATTENDEE');

  // ---------- meetings ----------
  type M = { id: string; startsAt: Date; endsAt: Date; held: boolean; itemIds: string[] };
  const meetings: M[] = [];
  const papersPerMeeting = Math.max(1, Math.round(size.papers / meetingCount));
  let papersLeft = size.papers;
  for (let k = 0; k < meetingCount; k++) {
    const startsAt = firstTuesday(now, firstOffset + k, 10);
    const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
    const held = endsAt.getTime() < now.getTime();
    const id = uuid();
    const deepDive = k % 4 === 3;
    push('Meeting', {
      id,
      councilId,
      boardId,
      seriesId,
      kind: deepDive ? 'DEEP_DIVE' : 'ORDINARY',
      theme: deepDive ? pickOf(THEMES) : null,
      title: deepDive ? 'Improvement Board themed deep dive' : "Children's Services Improvement Board",
      startsAt,
      endsAt,
      venue: 'Town Hall, Committee Room 1',
      virtualLink: 'https://meet.example/improvement-board',
      status: held ? 'HELD' : 'SCHEDULED',
      agendaAgreedById: held ? seatPeople[0] : null,
      agendaAgreedAt: held ? addDays(startsAt, -9) : null,
      quorumDecision: held ? 'The Independent Chair was satisfied that enough members were present.' : null,
      createdAt: minDate(addDays(startsAt, -60), now),
      updatedAt: minDate(endsAt, now),
    });
    // agenda: standing items around five business items
    const titles: [string, string | null, string][] = [
      ['Apologies and declarations of interest', 'APOLOGIES', 'INFORMATION'],
      ['Minutes of the previous meeting', 'PREVIOUS_MINUTES', 'DECISION'],
      ['Action log', 'ACTION_LOG', 'ASSURANCE'],
      ...Array.from({ length: 5 }, (_, j): [string, null, string] => [BUSINESS[(k + j) % BUSINESS.length] as string, null, j % 2 ? 'ASSURANCE' : 'DECISION']),
      ['Risk log', 'RISK_LOG', 'ASSURANCE'],
      ['Forward plan', 'FORWARD_PLAN', 'INFORMATION'],
    ];
    const itemIds = titles.map(([title, standing, purpose], position) => {
      const itemId = uuid();
      push('AgendaItem', {
        id: itemId,
        councilId,
        meetingId: id,
        position: position + 1,
        title,
        presenter: POSITIONS[(position + k) % POSITIONS.length],
        purpose,
        durationMinutes: standing ? 5 : 20,
        standing,
      });
      return itemId;
    });
    meetings.push({ id, startsAt, endsAt, held, itemIds });

    // papers on the action log, the business items and the risk log
    const paperItems = [2, 3, 4, 5, 6, 7, 8];
    const count = k === meetingCount - 1 ? papersLeft : Math.min(papersLeft, papersPerMeeting);
    papersLeft -= count;
    const nextMeeting = !held && (k === 0 || meetings[k - 1]?.held);
    for (let n = 0; n < count; n++) {
      const itemIndex = paperItems[n % paperItems.length] as number;
      const paperId = uuid();
      const circulated = held || (nextMeeting && n % 2 === 0);
      const circulatedAt = circulated ? minDate(addDays(startsAt, -8), now) : null;
      const late = circulated && chance(0.03);
      const title = `${titles[itemIndex]?.[0]}${n >= paperItems.length ? `: appendix ${Math.floor(n / paperItems.length)}` : ''}`;
      push('Paper', {
        id: paperId,
        councilId,
        meetingId: id,
        agendaItemId: itemIds[itemIndex],
        title,
        marking: n % 5 === 0 ? 'PUBLIC' : n % 11 === 0 ? 'OFFICIAL_SENSITIVE' : 'OFFICIAL',
        status: circulated ? 'CIRCULATED' : 'DRAFT',
        circulatedAt,
        isLate: late,
        lateAcceptedById: late && held ? seatPeople[0] : null,
        lateAcceptedAt: late && held ? addDays(startsAt, -3) : null,
        lateReason: late ? 'Month-end data was validated after the deadline.' : null,
        createdAt: minDate(addDays(startsAt, -12), now),
        updatedAt: minDate(addDays(startsAt, -8), now),
      });
      const versions = chance(0.1) ? 2 : 1;
      for (let v = 1; v <= versions; v++) {
        const fileName = `paper-${k + 1}-${n + 1}-v${v}.pdf`;
        push('PaperFile', {
          id: uuid(),
          councilId,
          paperId,
          versionNo: v,
          fileName,
          contentType: 'application/pdf',
          sizeBytes: int(40_000, 2_000_000),
          sha256: sha256(`${paperId}:${v}`),
          storageKey: `bench/${paperId}/${v}.pdf`,
          uploadedById: adminId,
          uploadedAt: minDate(addDays(startsAt, -12 + v), now),
        });
      }
    }

    // attendance: held meetings and the next one
    if (held || nextMeeting) {
      for (const seat of seats) {
        const r = rng();
        const status = !held
          ? r < 0.15
            ? 'APOLOGIES'
            : 'EXPECTED'
          : seat.role === 'INDEPENDENT_CHAIR'
            ? 'PRESENT'
            : r < 0.55
              ? 'PRESENT'
              : r < 0.78
                ? 'VIRTUAL'
                : r < 0.9
                  ? 'SUBSTITUTE_ATTENDED'
                  : 'APOLOGIES';
        push('Attendance', {
          id: uuid(),
          councilId,
          meetingId: id,
          seatId: seat.id,
          status,
          substituteAttends: status === 'SUBSTITUTE_ATTENDED',
          substitutePersonId: null,
          apologySentAt: status === 'APOLOGIES' ? addDays(startsAt, -3) : null,
          apologyLate: false,
          recordedById: adminId,
          updatedAt: minDate(endsAt, now),
        });
      }
    }
  }
  const held = meetings.filter((m) => m.held);
  if (held.length === 0) throw new Error('bench seed: no held meetings');
  held.forEach((m, i) => {
    const last = i === held.length - 1;
    const minutesId = uuid();
    push('MinutesVersion', {
      id: minutesId,
      councilId,
      meetingId: m.id,
      versionNo: 1,
      status: last ? 'SENT_TO_CHAIR' : 'CONFIRMED',
      sentToChairAt: minDate(addDays(m.endsAt, 2), now),
      approvedById: last ? null : seatPeople[0],
      approvedAt: last ? null : addDays(m.endsAt, 4),
      approvedHash: last ? null : sha256(`minutes:${m.id}`),
      distributedAt: last ? null : addDays(m.endsAt, 6),
      confirmedAtMeetingId: last ? null : (held[i + 1]?.id ?? null),
      createdAt: minDate(addDays(m.endsAt, 1), now),
      updatedAt: minDate(addDays(m.endsAt, 6), now),
    });
    m.itemIds.forEach((itemId, position) => {
      const minutesItemId = uuid();
      push('MinutesItem', {
        id: minutesItemId,
        councilId,
        minutesVersionId: minutesId,
        agendaItemId: itemId,
        position: position + 1,
        heading: `Item ${position + 1}`,
        discussion: 'Members discussed the report, challenged the evidence of impact and agreed the actions recorded in the action log.',
      });
      if (position === 4)
        push('Decision', {
          id: uuid(),
          councilId,
          meetingId: m.id,
          minutesItemId,
          kind: 'DECISION',
          text: 'The Board agreed the recommendations of the report.',
          decisionMaker: null,
        });
    });
  });
  const latestHeld = held[held.length - 1] as M;
  const heldAfter = (t: Date) => held.find((m) => m.startsAt.getTime() > t.getTime());

  // ---------- improvement plan ----------
  const inspectionId = uuid();
  const visitedOn = day(addDays(start, -30));
  push('Inspection', {
    id: inspectionId,
    councilId,
    kind: 'FULL_INSPECTION',
    title: "Inspection of local authority children's services",
    visitedOn,
    judgement: 'INADEQUATE',
  });
  const findingIds = Array.from({ length: 20 }, (_, i) => {
    const id = uuid();
    const kind = i < 2 ? 'IMMEDIATE_ACTION' : i < 8 ? 'PRIORITY_ACTION' : 'AREA_FOR_IMPROVEMENT';
    push('InspectionFinding', {
      id,
      councilId,
      inspectionId,
      kind,
      reference: `${kind === 'AREA_FOR_IMPROVEMENT' ? 'AFI' : kind === 'PRIORITY_ACTION' ? 'PA' : 'IA'}${i + 1}`,
      text: `Finding ${i + 1}: the quality and timeliness of practice in this area must improve.`,
      position: i + 1,
    });
    return id;
  });
  const agencyIds = ['Council', 'Police', 'Integrated Care Board', 'Hospitals Trust', 'Schools Forum', 'Safeguarding Partnership'].map((name, i) => {
    const id = uuid();
    push('PartnerAgency', { id, councilId, name, kind: (['COUNCIL', 'POLICE', 'HEALTH', 'HEALTH', 'SCHOOLS', 'OTHER'] as const)[i] });
    return id;
  });
  const bodyIds = ['Improvement Board', 'Improvement Executive Group', 'Children and Young People Scrutiny Committee'].map((name, i) => {
    const id = uuid();
    push('ScrutinyBody', { id, councilId, name, boardId: i === 0 ? boardId : i === 1 ? egId : null });
    return id;
  });
  const planId = uuid();
  push('ImprovementPlan', {
    id: planId,
    councilId,
    boardId,
    inspectionId,
    title: "Children's Services Improvement Plan",
    status: 'IN_DELIVERY',
    approvedById: seatPeople[0],
    approvedAt: addDays(start, 30),
    submissionDeadline: day(addDays(visitedOn, 90)),
    submittedAt: addDays(start, 20),
    createdAt: start,
    updatedAt: start,
  });
  const themeIds = THEMES.map((name, i) => {
    const id = uuid();
    push('PlanTheme', { id, councilId, planId, name, position: i + 1 });
    return id;
  });
  const span = Math.max(DAY, now.getTime() - start.getTime());
  const perTheme = new Array<number>(THEMES.length).fill(0);
  for (let i = 0; i < size.planActions; i++) {
    const t = i % THEMES.length;
    perTheme[t] = (perTheme[t] ?? 0) + 1;
    const id = uuid();
    const dueOn = day(new Date(start.getTime() + rng() * (span + 365 * DAY)));
    const past = dueOn.getTime() < today.getTime();
    const status = past
      ? pickOf(['SIGNED_OFF', 'SIGNED_OFF', 'SIGNED_OFF', 'IN_PROGRESS', 'AWAITING_SIGN_OFF', 'CLOSED'] as const)
      : pickOf(['NOT_STARTED', 'IN_PROGRESS', 'IN_PROGRESS', 'AWAITING_SIGN_OFF'] as const);
    push('PlanAction', {
      id,
      councilId,
      planId,
      themeId: themeIds[t],
      reference: `T${t + 1}.${perTheme[t]}`,
      description: `${THEMES[t]}: improvement action ${perTheme[t]}, with measurable outcomes for children.`,
      leadOfficer: POSITIONS[(i % 12) + 2],
      dueOn,
      agreedDueOn: chance(0.1) ? day(addDays(dueOn, 60)) : null,
      status,
      rag: status === 'SIGNED_OFF' || status === 'CLOSED' ? 'BLUE' : pickOf(['RED', 'AMBER', 'GREEN', 'GREEN'] as const),
      deliveryBodyId: bodyIds[1],
      scrutinyBodyId: bodyIds[0],
      secondScrutinyBodyId: chance(0.2) ? bodyIds[2] : null,
      createdAt: start,
      updatedAt: start,
    });
    push('PlanActionFinding', { councilId, planActionId: id, findingId: findingIds[i % findingIds.length] });
    const a1 = i % agencyIds.length;
    push('PlanActionAgency', { councilId, planActionId: id, agencyId: agencyIds[a1] });
    if (i % 3 === 0) push('PlanActionAgency', { councilId, planActionId: id, agencyId: agencyIds[(a1 + 1) % agencyIds.length] });
    for (let m = 0; m < 2; m++) {
      const due = day(addDays(dueOn, -60 + m * 30));
      push('PlanMilestone', {
        id: uuid(),
        councilId,
        planActionId: id,
        title: `Milestone ${m + 1}`,
        dueOn: due,
        completedOn: due.getTime() < today.getTime() ? due : null,
      });
    }
    if (status === 'SIGNED_OFF') {
      const at = heldAfter(dueOn) ?? latestHeld;
      push('PlanActionSignOff', {
        id: uuid(),
        councilId,
        planActionId: id,
        meetingId: at.id,
        proposedBy: "Director of Children's Services",
        evidence: { documents: ['Audit report'] },
        recordedById: adminId,
        signedOffAt: at.endsAt,
      });
    }
  }

  // ---------- action log ----------
  const actionIds: string[] = [];
  const perYear = new Map<number, number>();
  for (let i = 0; i < size.actions; i++) {
    const source = held[Math.floor((i * held.length) / size.actions)] as M;
    const year = source.startsAt.getUTCFullYear();
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    const id = uuid();
    actionIds.push(id);
    const dueOn = day(addDays(source.startsAt, int(28, 182)));
    const agreedDueOn = chance(0.15) ? day(addDays(dueOn, int(30, 90))) : null;
    const effective = agreedDueOn ?? dueOn;
    const r = rng();
    const status =
      effective.getTime() < today.getTime()
        ? r < 0.85
          ? 'CLOSED'
          : r < 0.92
            ? 'DROPPED'
            : r < 0.96
              ? 'IN_PROGRESS'
              : 'OPEN'
        : r < 0.4
          ? 'OPEN'
          : r < 0.8
            ? 'IN_PROGRESS'
            : r < 0.9
              ? 'AWAITING_SIGN_OFF'
              : 'CLOSED';
    const signedAt = status === 'CLOSED' ? (heldAfter(minDate(effective, addDays(now, -40))) ?? latestHeld) : null;
    const seat = chance(0.8) ? pickOf(seats) : null;
    push('Action', {
      id,
      councilId,
      boardId,
      reference: `IB-${year}-${String(seq).padStart(3, '0')}`,
      description: `${pickOf(BUSINESS)}: report back to the Board on progress and evidence of impact (action ${i + 1}).`,
      ownerSeatId: seat?.id ?? null,
      ownerAgency: seat ? null : pickOf(['Police', 'Integrated Care Board', 'Schools Forum']),
      sourceMeetingId: source.id,
      dueOn,
      agreedDueOn,
      status,
      droppedReason: status === 'DROPPED' ? 'Superseded by a later action.' : null,
      signedOffAtMeetingId: signedAt?.id ?? null,
      signedOffById: signedAt ? adminId : null,
      signedOffAt: signedAt?.endsAt ?? null,
      createdAt: source.endsAt,
      updatedAt: minDate(addDays(source.endsAt, 30), now),
    });
    if (agreedDueOn) {
      const agreedAt = heldAfter(addDays(dueOn, -20)) ?? latestHeld;
      push('ActionDueDateRevision', {
        id: uuid(),
        councilId,
        actionId: id,
        previousDueOn: dueOn,
        proposedDueOn: agreedDueOn,
        reason: 'Delivery depends on a partner agency.',
        proposedById: seat?.personId ?? adminId,
        proposedAt: minDate(addDays(dueOn, -25), now),
        agreedAtMeetingId: agreedAt.id,
        agreedAt: agreedAt.endsAt,
      });
    } else if ((status === 'OPEN' || status === 'IN_PROGRESS') && chance(0.1)) {
      push('ActionDueDateRevision', {
        id: uuid(),
        councilId,
        actionId: id,
        previousDueOn: dueOn,
        proposedDueOn: day(addDays(dueOn, 60)),
        reason: 'Awaiting data from the new case management system.',
        proposedById: seat?.personId ?? adminId,
        proposedAt: minDate(addDays(dueOn, -5), now),
        agreedAtMeetingId: null,
        agreedAt: null,
      });
    }
    const lastUpdate = minDate(addDays(effective, 20), now);
    for (let u = 0; u < 3; u++) {
      const at = new Date(source.endsAt.getTime() + ((u + 1) / 3) * Math.max(0, lastUpdate.getTime() - source.endsAt.getTime()));
      push('ActionUpdate', {
        id: uuid(),
        councilId,
        actionId: id,
        body: `Update ${u + 1}: ${pickOf(['work is on track', 'a partner has been asked for data', 'evidence gathered for sign-off', 'delayed by vacancies'])}.`,
        statusAfter: u === 2 ? status : null,
        authorId: seat?.personId ?? adminId,
        createdAt: at,
      });
    }
  }

  // ---------- risk log ----------
  const riskIds: string[] = [];
  for (let i = 0; i < size.risks; i++) {
    const id = uuid();
    riskIds.push(id);
    const r = rng();
    const status = r < 0.55 ? 'CLOSED' : r < 0.8 ? 'OPEN' : r < 0.95 ? 'MONITORING' : 'ESCALATED';
    const li = int(3, 5),
      im = int(3, 5);
    const lc = int(1, li),
      ic = int(2, im);
    const createdAt = new Date(start.getTime() + rng() * span);
    const seat = pickOf(memberSeats);
    push('Risk', {
      id,
      councilId,
      boardId,
      reference: `R${String(i + 1).padStart(3, '0')}`,
      title: `${pickOf(RISK_CATEGORIES)} risk ${i + 1}`,
      description: 'If the service cannot secure this, children may not receive timely and effective help.',
      cause: 'Demand and capacity',
      consequence: 'Drift and delay for children',
      category: pickOf(RISK_CATEGORIES),
      ownerSeatId: seat.id,
      ownerName: null,
      inherentLikelihood: li,
      inherentImpact: im,
      currentLikelihood: lc,
      currentImpact: ic,
      targetLikelihood: Math.max(1, lc - 1),
      targetImpact: Math.max(1, ic - 1),
      controls: 'Monthly oversight by the Executive Group.',
      reviewDueOn: status === 'CLOSED' ? day(createdAt) : day(addDays(today, int(-30, 60))),
      status,
      escalatedToRiskId: null,
      createdAt,
      updatedAt: minDate(addDays(createdAt, 30), now),
    });
    for (let m = 0; m < 2; m++)
      push('RiskMitigation', {
        id: uuid(),
        councilId,
        riskId: id,
        description: `Mitigation ${m + 1}`,
        ownerName: POSITIONS[(i + m) % POSITIONS.length],
        dueOn: day(addDays(createdAt, 90 * (m + 1))),
        done: m === 0,
      });
    for (let v = 0; v < 8; v++) {
      const reviewedOn = day(addDays(createdAt, 30 * (v + 1)));
      if (reviewedOn.getTime() > today.getTime()) break;
      push('RiskReview', {
        id: uuid(),
        councilId,
        riskId: id,
        reviewedOn,
        likelihood: Math.max(1, li - Math.floor(v / 3)),
        impact: im,
        note: 'Reviewed at the Executive Group.',
        reviewedById: seat.personId,
        createdAt: reviewedOn,
      });
    }
  }

  // ---------- forward plan: four items for each coming meeting, the first already on its agenda ----------
  const FORWARD_KINDS = ['REPORT', 'DEEP_DIVE', 'INSPECTION_MILESTONE', 'OTHER'] as const;
  meetings
    .filter((m) => !m.held)
    .forEach((m, k) => {
      for (let n = 0; n < FORWARD_KINDS.length; n++) {
        push('ForwardPlanItem', {
          id: uuid(),
          councilId,
          boardId,
          meetingId: m.id,
          kind: FORWARD_KINDS[n],
          title: `${BUSINESS[(k + n) % BUSINESS.length]} (${THEMES[(k + n) % THEMES.length]})`,
          presenter: POSITIONS[(k + n) % POSITIONS.length],
          agendaItemId: n === 0 ? (m.itemIds[3] ?? null) : null,
          createdAt: minDate(addDays(m.startsAt, -60), now),
        });
      }
    });

  const auditTargets = [
    ...actionIds.map((id) => ({ type: 'Action', id })),
    ...riskIds.map((id) => ({ type: 'Risk', id })),
    ...meetings.map((m) => ({ type: 'Meeting', id: m.id })),
  ];
  return {
    tables,
    persons,
    boardId,
    adminId,
    latestHeldMeetingId: latestHeld.id,
    auditTargets,
    actorIds: [adminId, ...seatPeople.slice(0, 6)],
    start,
  };
}

/** Writes a council's audit events in chain order, in batches, generating as it goes. */
async function insertAudit(db: Session, types: ColumnTypes, councilId: string, built: Built, count: number, now: Date, seed: number): Promise<void> {
  const rng = seededRandom(seed);
  const uuid = idGenerator(seed * 7919 + 17);
  const span = now.getTime() - built.start.getTime();
  let prevHash: string | null = null;
  const batchSize = 5000;
  for (let from = 0; from < count; from += batchSize) {
    const rows: Row[] = [];
    for (let i = from; i < Math.min(count, from + batchSize); i++) {
      const [kind, entityType] = AUDIT_KINDS[Math.floor(rng() * AUDIT_KINDS.length)] as [string, string];
      const target = built.auditTargets[Math.floor(rng() * built.auditTargets.length)] as { type: string; id: string };
      const fields = {
        councilId,
        boardId: built.boardId,
        actorId: built.actorIds[i % built.actorIds.length] as string,
        kind,
        entityType,
        entityId: entityType === target.type ? target.id : uuid(),
        data: { summary: `${kind} ${i + 1}`, before: { status: 'OPEN' }, after: { status: 'IN_PROGRESS', note: 'Updated at the meeting.' } },
        ip: `10.0.${(i >> 8) & 255}.${i & 255}`,
        userAgent: USER_AGENTS[i % USER_AGENTS.length] as string,
        // ascending and whole milliseconds, as timestamptz(3) keeps them
        createdAt: new Date(built.start.getTime() + Math.floor((span * (i + 1)) / (count + 1))),
      };
      const hash = auditHash(prevHash, fields);
      rows.push({ ...fields, prevHash, hash });
      prevHash = hash;
    }
    await insertMany(db, types, 'AuditEvent', rows, batchSize);
  }
}

async function inTenantTransaction<T>(db: Session, councilId: string, fn: () => Promise<T>): Promise<T> {
  await db.exec('BEGIN');
  try {
    await db.query(`SELECT set_config('role', 'tabled_app', true), set_config('app.council_id', $1, true), set_config('app.person_id', '', true)`, [councilId]);
    const result = await fn();
    await db.exec('COMMIT');
    return result;
  } catch (error) {
    await db.exec('ROLLBACK').catch(() => {});
    throw error;
  }
}

async function seedOneCouncil(
  db: Session,
  types: ColumnTypes,
  council: { id: string; slug: string; name: string },
  size: CouncilSize,
  now: Date,
  seed: number,
  extraMember?: string,
): Promise<{ built: Built; rows: Record<string, number> }> {
  const built = buildCouncil(council.id, council.slug, size, now, seed, extraMember);
  // global rows, as the owner
  await insertMany(db, types, 'Council', [{ id: council.id, slug: council.slug, name: council.name, region: 'ENGLAND_AND_WALES', createdAt: built.start }]);
  await insertMany(db, types, 'Person', built.persons);
  // the council's own rows, under its row-level security
  await inTenantTransaction(db, council.id, async () => {
    for (const table of TABLE_ORDER) {
      const rows = built.tables[table] ?? [];
      // minutes are written as drafts and sealed once their text is in: the database
      // refuses text added to signed minutes (20261126150000_minutes_insert_guard)
      await insertMany(db, types, table, table === 'MinutesVersion' ? rows.map((r) => ({ ...r, status: 'DRAFT' })) : rows);
      if (table === 'Decision') {
        const sealed = (built.tables.MinutesVersion ?? []).filter((v) => v.status !== 'DRAFT');
        if (sealed.length) {
          await db.query(
            `UPDATE "MinutesVersion" v SET status = x.status::"MinutesStatus" FROM unnest($1::uuid[], $2::text[]) AS x(id, status) WHERE v.id = x.id`,
            [sealed.map((v) => v.id), sealed.map((v) => v.status)],
          );
        }
      }
    }
    await insertAudit(db, types, council.id, built, size.auditEvents, now, seed + 1);
  });
  const rows: Record<string, number> = { Person: built.persons.length };
  for (const table of TABLE_ORDER) rows[table] = built.tables[table]?.length ?? 0;
  rows.AuditEvent = size.auditEvents;
  return { built, rows };
}

/** Seeds the big council and its neighbours; the caller has applied migrations. */
export async function seedBench(db: Session, opts: SeedOptions): Promise<SeedSummary> {
  const started = Date.now();
  const exists = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Council" WHERE slug = $1`, [opts.slug]);
  if ((exists[0]?.n ?? 0) > 0) throw new Error(`bench seed: council "${opts.slug}" already exists (use --fresh for a new database)`);
  const types = await readColumnTypes(db);
  const size = scaled(opts.size, opts.scale);
  const councilIds = idGenerator(4242);
  const big = {
    id: councilIds(),
    slug: opts.slug,
    name: `${opts.slug.replace(/(^|-)(\w)/g, (_, s: string, c: string) => `${s ? ' ' : ''}${c.toUpperCase()}`)} Metropolitan Borough Council`,
  };
  const t0 = Date.now();
  const { built, rows } = await seedOneCouncil(db, types, big, size, opts.now, 1);
  opts.log(
    `  ${big.slug}: ${Object.entries(rows)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')} (${((Date.now() - t0) / 1000).toFixed(1)}s)`,
  );
  const t1 = Date.now();
  for (let i = 0; i < opts.councils; i++) {
    const slug = `${opts.slug}-neighbour-${String(i + 1).padStart(2, '0')}`;
    // the bench administrator also belongs to the first three, so the council switcher has choices
    await seedOneCouncil(
      db,
      types,
      { id: councilIds(), slug, name: `Neighbour Council ${i + 1}` },
      opts.neighbourSize,
      opts.now,
      100 + i,
      i < 3 ? built.adminId : undefined,
    );
  }
  if (opts.councils > 0) opts.log(`  ${opts.councils} neighbouring councils (${((Date.now() - t1) / 1000).toFixed(1)}s)`);
  await db.exec('ANALYZE');
  return {
    council: big,
    board: { id: built.boardId, slug: BENCH_BOARD_SLUG },
    adminPersonId: built.adminId,
    meetingId: built.latestHeldMeetingId,
    scale: opts.scale,
    size,
    rows,
    neighbours: opts.councils,
    seconds: (Date.now() - started) / 1000,
  };
}

/** Reads back what a seeded database holds (for runs that reuse one). */
export async function describeSeed(db: Session, slug: string): Promise<Omit<SeedSummary, 'size' | 'scale' | 'rows' | 'seconds' | 'neighbours'> | null> {
  const [council] = await db.query<{ id: string; slug: string; name: string }>(`SELECT id::text, slug, name FROM "Council" WHERE slug = $1`, [slug]);
  if (!council) return null;
  const [admin] = await db.query<{ id: string }>(`SELECT id::text FROM "Person" WHERE email = $1`, [BENCH_ADMIN_EMAIL(slug)]);
  // council-owned rows: read under the council's row-level security, as the app would
  const found = await inTenantTransaction(db, council.id, async () => {
    const [board] = await db.query<{ id: string }>(`SELECT id::text FROM "Board" WHERE "councilId" = $1 AND slug = $2`, [council.id, BENCH_BOARD_SLUG]);
    const [meeting] = board
      ? await db.query<{ id: string }>(`SELECT id::text FROM "Meeting" WHERE "boardId" = $1 AND status = 'HELD' ORDER BY "startsAt" DESC LIMIT 1`, [board.id])
      : [];
    const [action] = board
      ? await db.query<{ reference: string }>(`SELECT reference FROM "Action" WHERE "boardId" = $1 AND status = 'IN_PROGRESS' ORDER BY reference LIMIT 1`, [
          board.id,
        ])
      : [];
    const [plan] = board
      ? await db.query<{ id: string }>(`SELECT id::text FROM "ImprovementPlan" WHERE "boardId" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [board.id])
      : [];
    return { board, meeting, action, plan };
  });
  if (!found.board || !admin || !found.meeting) return null;
  return {
    council,
    board: { id: found.board.id, slug: BENCH_BOARD_SLUG },
    adminPersonId: admin.id,
    meetingId: found.meeting.id,
    actionReference: found.action?.reference,
    planId: found.plan?.id,
  };
}
