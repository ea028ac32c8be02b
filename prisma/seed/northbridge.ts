// Over 300 lines on purpose: one council's whole story (boards, terms, seats, a year of
// meetings, logs and the plan) reads best as one narrative of data.
// Northbridge City Council: an Improvement Board after an "inadequate" inspection, its
// Executive Group, their terms, seats, a year of meetings, action and risk logs, the
// forward plan and the improvement plan. Fictional council, made-up names.
import type { ActionStatus, PlanActionStatus, Rag, RiskStatus, SeatRole } from '../../lib/db/generated/prisma/client';
import { DEMO_ACCOUNTS, DEMO_SLUGS } from './demo-credentials';
import {
  addCalendarDays,
  addCalendarMonths,
  addDays,
  addHours,
  at,
  between,
  dbDate,
  longDate,
  londonDay,
  mondayOnOrBefore,
  monthlySlots,
  notAfter,
  type LondonDay,
  type Slot,
} from './dates';
import { addMeeting, standingItems, type BuiltMeeting, type ItemSpec, type MeetingContext, type SeatRef } from './meetings';
import { northbridgeTerms } from './northbridge-terms';
import type { People, PersonSpec } from './people';
import { emptyRows, type Rows } from './rows';
import { must, seededRandom, sectionsText, sha256, uuid } from './util';
import { monthLabel } from '../../lib/plans/measures/period';

export const NORTHBRIDGE = { slug: DEMO_SLUGS.northbridge, name: 'Northbridge City Council' } as const;

export const northbridgePeople: PersonSpec[] = [
  // accounts
  { key: 'admin', name: 'Hannah Price', email: DEMO_ACCOUNTS.administrator },
  { key: 'chair', name: 'Jordan Ellis', email: DEMO_ACCOUNTS.chair },
  { key: 'dcs', name: 'Sam Okafor', email: DEMO_ACCOUNTS.member },
  // seat holders without accounts
  { key: 'leader', name: 'Cllr Priya Raman' },
  { key: 'cabinet', name: 'Cllr Daniel Hughes' },
  { key: 'ceo', name: 'Alison Grant' },
  { key: 'dph', name: 'Dr Mark Fenwick' },
  { key: 'police', name: 'Supt Rachel Osei' },
  { key: 'icb', name: 'Helen Marsh' },
  { key: 'headPrimary', name: 'Gareth Lloyd' },
  { key: 'opposition', name: 'Cllr Simon Barker' },
  { key: 'dfe', name: 'Ruth Adeyemi' },
  { key: 'scrutineer', name: 'Peter Walsh' },
  { key: 'hosCsc', name: 'Lisa Chambers' },
  { key: 'psw', name: 'Tom Baxter' },
  { key: 'hoPerf', name: 'Nadia Hussain' },
  { key: 'hoEarlyHelp', name: 'Owen Patel' },
  // nominated substitutes (external contacts)
  { key: 'subLeader', name: 'Cllr Tom Haskett (Deputy Leader of the Council)' },
  { key: 'subCabinet', name: 'Cllr Anna Whitfield (Cabinet Member for Education and Skills)' },
  { key: 'subCeo', name: 'Mark Ellison (Director of Corporate Services)' },
  { key: 'subDcs', name: "Kate Dunn (Deputy Director of Children's Services)" },
  { key: 'subDph', name: 'Dr Leah Morris (Consultant in Public Health)' },
  { key: 'subPolice', name: 'DCI Owen Harper (Detective Chief Inspector, Public Protection)' },
  { key: 'subIcb', name: 'Sarah Kent (Designated Nurse for Safeguarding Children)' },
  { key: 'subHead', name: 'Michael Dyer (Head Teacher, Eastside Primary School)' },
  { key: 'subOpposition', name: 'Cllr Jane Porter (Opposition Spokesperson for Children)' },
  { key: 'subDfe', name: 'Ian Blake (DfE Regional Improvement Adviser)' },
  { key: 'subScrutineer', name: 'Carol Bennett (Safeguarding Partnership Business Manager)' },
  { key: 'subHosCsc', name: 'Gemma Wright (Service Manager, Assessment and Child Protection)' },
  { key: 'subHoEarlyHelp', name: 'Dan Fisher (Service Manager, Early Help)' },
];

const COUNCIL = 'Northbridge City Council';
const POLICE = 'Northbridge Police';
const ICB = 'NHS Northbridge Integrated Care Board';
const DFE = 'Department for Education';
const NSCP = 'Northbridge Safeguarding Children Partnership';
const SCHOOLS = 'Northbridge schools';

const IB_VENUE = 'Council House, Committee Room 2';
const EG_VENUE = 'Civic Centre, Meeting Room 4';

type SeatDef = {
  key: string;
  person: string | null;
  sub: string | null;
  role: SeatRole;
  agency: string;
  position: string;
  startsOn?: LondonDay;
  agreedAt?: number; // index of a past meeting
};

export function buildNorthbridge(councilId: string, people: People, now: Date): Rows {
  const rows = emptyRows();
  const p = (key: string) => people.id(key);
  const today = londonDay(now);
  const rng = seededRandom(20_261_126);

  // ---------- timeline ----------
  const visitedOn = mondayOnOrBefore(addCalendarMonths(today, -14));
  const provisionalOn = addCalendarDays(visitedOn, 42);
  const v1ApprovedOn = addCalendarDays(provisionalOn, 15);
  const establishedOn = addCalendarMonths(visitedOn, 4);
  const submissionDeadline = addCalendarDays(addCalendarMonths(visitedOn, 3), 0);

  const ib = monthlySlots(now, { weekday: 2, nth: 1, start: [10, 0], end: [12, 0] }, 8, 4);
  const eg = monthlySlots(now, { weekday: 2, nth: 3, start: [14, 0], end: [15, 30] }, 2, 1);
  const past = ib.past;
  const upcoming = ib.future;
  const P = (i: number): Slot => must(past[i], `past meeting ${i}`);
  const U = (i: number): Slot => must(upcoming[i], `upcoming meeting ${i}`);

  // ---------- boards ----------
  const ibId = uuid();
  const egId = uuid();
  rows.board.push(
    {
      id: ibId,
      councilId,
      slug: 'improvement-board',
      name: "Children's Services Improvement Board",
      kind: 'IMPROVEMENT_BOARD',
      status: 'ESTABLISHED',
      isPublic: true,
      defaultVenue: IB_VENUE,
      virtualAttendance: true,
      actionReferencePrefix: 'IB',
      scheduleReviewedOn: dbDate(P(4).day),
      createdAt: at(provisionalOn, 9),
    },
    {
      id: egId,
      councilId,
      slug: 'executive-group',
      name: 'Improvement Executive Group',
      kind: 'EXECUTIVE_GROUP',
      status: 'ESTABLISHED',
      parentBoardId: ibId,
      isPublic: false,
      defaultVenue: EG_VENUE,
      virtualAttendance: true,
      actionReferencePrefix: 'EG',
      // an officers' group: members declare their interests at the Board, not here
      declarationsStandingItem: false,
      createdAt: at(addCalendarDays(provisionalOn, 7), 9),
    },
  );
  rows.boardStatusChange.push(
    {
      id: uuid(),
      councilId,
      boardId: ibId,
      status: 'PROVISIONAL',
      effectiveOn: dbDate(provisionalOn),
      decision:
        "Following the Ofsted judgement of inadequate and the Department for Education's improvement notice, the Chief Executive established a provisional Improvement Board with an Independent Chair appointed with the DfE.",
      recordedById: p('admin'),
      createdAt: at(provisionalOn, 9),
    },
    {
      id: uuid(),
      councilId,
      boardId: ibId,
      status: 'ESTABLISHED',
      effectiveOn: dbDate(establishedOn),
      decision:
        "Cabinet agreed to establish the Improvement Board to oversee the Children's Services Improvement Plan, reporting to Cabinet, the Children and Young People Scrutiny Committee and the DfE, until the requirements of the inspection are substantially met.",
      recordedById: p('admin'),
      createdAt: at(establishedOn, 17),
    },
    {
      id: uuid(),
      councilId,
      boardId: egId,
      status: 'ESTABLISHED',
      effectiveOn: dbDate(addCalendarDays(provisionalOn, 7)),
      decision:
        "The Improvement Board agreed to set up an Executive Group, chaired by the Director of Children's Services, to drive delivery of the actions it determines.",
      recordedById: p('admin'),
      createdAt: at(addCalendarDays(provisionalOn, 7), 12),
    },
  );
  rows.boardReportingLine.push(
    { id: uuid(), councilId, boardId: ibId, body: 'CABINET', name: 'Cabinet (through the Chief Executive)', frequency: 'Six-monthly' },
    { id: uuid(), councilId, boardId: ibId, body: 'SCRUTINY_COMMITTEE', name: 'Children and Young People Scrutiny Committee', frequency: 'Quarterly' },
    { id: uuid(), councilId, boardId: ibId, body: 'DFE', name: 'Department for Education (by the Independent Chair)', frequency: 'After each meeting' },
    { id: uuid(), councilId, boardId: ibId, body: 'SAFEGUARDING_PARTNERSHIP', name: NSCP, frequency: 'Quarterly' },
    { id: uuid(), councilId, boardId: egId, body: 'PARENT_BOARD', name: "Children's Services Improvement Board", frequency: 'Monthly' },
  );

  // ---------- council roles and board access ----------
  rows.councilMembership.push(
    { id: uuid(), councilId, personId: p('admin'), role: 'ADMIN', createdAt: at(provisionalOn, 9) },
    { id: uuid(), councilId, personId: p('chair'), role: 'MEMBER', createdAt: at(provisionalOn, 9) },
    { id: uuid(), councilId, personId: p('dcs'), role: 'MEMBER', createdAt: at(provisionalOn, 9) },
  );
  rows.boardAccess.push(
    { id: uuid(), councilId, boardId: ibId, personId: p('admin'), role: 'ADMINISTRATOR' },
    { id: uuid(), councilId, boardId: egId, personId: p('admin'), role: 'ADMINISTRATOR' },
    { id: uuid(), councilId, boardId: ibId, personId: p('chair'), role: 'CHAIR' },
    { id: uuid(), councilId, boardId: ibId, personId: p('dcs'), role: 'MEMBER' },
    { id: uuid(), councilId, boardId: egId, personId: p('dcs'), role: 'MEMBER' },
  );

  // ---------- meetings (ids first: seats and terms point at them) ----------
  const pastIds = past.map(() => uuid());
  const upcomingIds = upcoming.map(() => uuid());
  const egIds = [...eg.past, ...eg.future].map(() => uuid());
  const PID = (i: number) => must(pastIds[i], `past meeting id ${i}`);
  const UID = (i: number) => must(upcomingIds[i], `upcoming meeting id ${i}`);

  const ibSeriesId = uuid();
  const egSeriesId = uuid();
  rows.meetingSeries.push(
    {
      id: ibSeriesId,
      councilId,
      boardId: ibId,
      rrule: 'FREQ=MONTHLY;BYDAY=1TU',
      startTime: '10:00',
      endTime: '12:00',
      kind: 'ORDINARY',
      venue: IB_VENUE,
      startsOn: dbDate(P(0).day),
      untilOn: dbDate(U(upcoming.length - 1).day),
    },
    {
      id: egSeriesId,
      councilId,
      boardId: egId,
      rrule: 'FREQ=MONTHLY;BYDAY=3TU',
      startTime: '14:00',
      endTime: '15:30',
      kind: 'ORDINARY',
      venue: EG_VENUE,
      startsOn: dbDate(must(eg.past[0], 'eg meeting').day),
    },
  );

  // ---------- seats ----------
  const seatDefs: SeatDef[] = [
    {
      key: 'chair',
      person: 'chair',
      sub: null,
      role: 'INDEPENDENT_CHAIR',
      agency: 'Westshire County Council',
      position: 'Independent Chair (Sector-Led Improvement Partner)',
    },
    { key: 'leader', person: 'leader', sub: 'subLeader', role: 'VICE_CHAIR', agency: COUNCIL, position: 'Leader of the Council' },
    { key: 'cabinet', person: 'cabinet', sub: 'subCabinet', role: 'MEMBER', agency: COUNCIL, position: "Cabinet Member for Children's Services" },
    { key: 'opposition', person: 'opposition', sub: 'subOpposition', role: 'MEMBER', agency: COUNCIL, position: 'Leader of the Opposition' },
    { key: 'ceo', person: 'ceo', sub: 'subCeo', role: 'MEMBER', agency: COUNCIL, position: 'Chief Executive' },
    { key: 'dcs', person: 'dcs', sub: 'subDcs', role: 'MEMBER', agency: COUNCIL, position: "Director of Children's Services" },
    { key: 'dph', person: 'dph', sub: 'subDph', role: 'MEMBER', agency: COUNCIL, position: 'Director of Public Health' },
    { key: 'police', person: 'police', sub: 'subPolice', role: 'MEMBER', agency: POLICE, position: 'Superintendent, Head of Public Protection' },
    { key: 'icb', person: 'icb', sub: 'subIcb', role: 'MEMBER', agency: ICB, position: 'Chief Nursing Officer', startsOn: P(5).day, agreedAt: 5 },
    { key: 'headPrimary', person: 'headPrimary', sub: 'subHead', role: 'MEMBER', agency: SCHOOLS, position: 'Primary head teacher representative' },
    {
      key: 'headSecondary',
      person: null,
      sub: null,
      role: 'MEMBER',
      agency: SCHOOLS,
      position: 'Secondary head teacher representative (to be appointed)',
      startsOn: P(2).day,
      agreedAt: 2,
    },
    { key: 'dfe', person: 'dfe', sub: 'subDfe', role: 'MEMBER', agency: DFE, position: "Children's Services Adviser", startsOn: P(0).day, agreedAt: 0 },
    {
      key: 'scrutineer',
      person: 'scrutineer',
      sub: 'subScrutineer',
      role: 'MEMBER',
      agency: NSCP,
      position: 'Independent Scrutineer',
      startsOn: P(4).day,
      agreedAt: 4,
    },
    { key: 'hosCsc', person: 'hosCsc', sub: null, role: 'ATTENDEE', agency: COUNCIL, position: "Head of Service, Children's Social Care" },
    { key: 'psw', person: 'psw', sub: null, role: 'ATTENDEE', agency: COUNCIL, position: 'Principal Social Worker' },
    { key: 'hoPerf', person: 'hoPerf', sub: null, role: 'ATTENDEE', agency: COUNCIL, position: 'Head of Performance and Intelligence' },
  ];
  const egSeatDefs: SeatDef[] = [
    { key: 'dcs', person: 'dcs', sub: 'subDcs', role: 'CHAIR', agency: COUNCIL, position: "Director of Children's Services" },
    { key: 'hosCsc', person: 'hosCsc', sub: 'subHosCsc', role: 'MEMBER', agency: COUNCIL, position: "Head of Service, Children's Social Care" },
    { key: 'hoEarlyHelp', person: 'hoEarlyHelp', sub: 'subHoEarlyHelp', role: 'MEMBER', agency: COUNCIL, position: 'Head of Service, Early Help' },
    { key: 'admin', person: 'admin', sub: null, role: 'ATTENDEE', agency: COUNCIL, position: 'Improvement Board Administrator' },
  ];
  const makeSeats = (boardId: string, defs: SeatDef[], defaultStart: LondonDay): SeatRef[] =>
    defs.map((d) => {
      const seat: SeatRef = {
        id: uuid(),
        key: d.key,
        personId: d.person ? p(d.person) : null,
        substituteId: d.sub ? p(d.sub) : null,
        role: d.role,
        startsOn: d.startsOn ?? defaultStart,
        position: d.position,
      };
      rows.seat.push({
        id: seat.id,
        councilId,
        boardId,
        personId: seat.personId,
        role: d.role,
        agency: d.agency,
        position: d.position,
        startsOn: d.person ? dbDate(seat.startsOn) : null,
        substitutePersonId: seat.substituteId,
        agreedAtMeetingId: d.agreedAt === undefined ? null : PID(d.agreedAt),
        createdAt: notAfter(at(seat.startsOn, 9), now),
      });
      return seat;
    });
  const ibSeats = makeSeats(ibId, seatDefs, provisionalOn);
  const egSeats = makeSeats(egId, egSeatDefs, addCalendarDays(provisionalOn, 7));
  const seat = (key: string) =>
    must(
      ibSeats.find((s) => s.key === key),
      `seat ${key}`,
    );
  const egSeat = (key: string) =>
    must(
      egSeats.find((s) => s.key === key),
      `eg seat ${key}`,
    );
  rows.seatChange.push(
    {
      id: uuid(),
      councilId,
      seatId: seat('icb').id,
      summary: "The Chief Nursing Officer replaced the Deputy Chief Nurse as the Integrated Care Board's member.",
      before: { position: 'Deputy Chief Nurse', personName: 'Previous ICB representative' },
      after: { position: 'Chief Nursing Officer', personName: 'Helen Marsh' },
      agreedAtMeetingId: PID(5),
      recordedById: p('admin'),
      createdAt: notAfter(P(5).endsAt, now),
    },
    {
      id: uuid(),
      councilId,
      seatId: seat('scrutineer').id,
      summary: "The Board agreed by consensus to add the Safeguarding Partnership's Independent Scrutineer as a member.",
      after: { position: 'Independent Scrutineer', agency: NSCP },
      agreedAtMeetingId: PID(4),
      recordedById: p('admin'),
      createdAt: notAfter(P(4).endsAt, now),
    },
    {
      id: uuid(),
      councilId,
      seatId: seat('headSecondary').id,
      summary: "A secondary head teacher seat was added, to be appointed through the secondary heads' forum.",
      after: { position: 'Secondary head teacher representative (to be appointed)' },
      agreedAtMeetingId: PID(2),
      recordedById: p('admin'),
      createdAt: notAfter(P(2).endsAt, now),
    },
  );

  // ---------- terms of reference ----------
  const termsIds = { v1: uuid(), v2: uuid(), v3: uuid(), draft: uuid() };
  const termsVersions: {
    id: string;
    v: '1' | '2' | '3' | '3.1';
    major: number;
    minor: number;
    prev: string | null;
    approvedAt: Date | null;
    agreedAt: string | null;
    status: 'SUPERSEDED' | 'APPROVED' | 'DRAFT';
  }[] = [
    { id: termsIds.v1, v: '1', major: 1, minor: 0, prev: null, approvedAt: at(v1ApprovedOn, 15), agreedAt: null, status: 'SUPERSEDED' },
    { id: termsIds.v2, v: '2', major: 2, minor: 0, prev: termsIds.v1, approvedAt: addDays(P(0).endsAt, 2), agreedAt: PID(0), status: 'SUPERSEDED' },
    { id: termsIds.v3, v: '3', major: 3, minor: 0, prev: termsIds.v2, approvedAt: addDays(P(4).endsAt, 2), agreedAt: PID(4), status: 'APPROVED' },
    { id: termsIds.draft, v: '3.1', major: 3, minor: 1, prev: termsIds.v3, approvedAt: null, agreedAt: null, status: 'DRAFT' },
  ];
  for (const t of termsVersions) {
    const sections = northbridgeTerms(t.v);
    rows.termsVersion.push({
      id: t.id,
      councilId,
      boardId: ibId,
      major: t.major,
      minor: t.minor,
      status: t.status,
      title: t.status === 'DRAFT' ? `Terms of Reference Version ${t.v} (draft)` : `Terms of Reference Version ${t.v}`,
      agreedAtMeetingId: t.agreedAt,
      approvedById: t.approvedAt ? p('chair') : null,
      approvedAt: t.approvedAt,
      approvedHash: t.approvedAt ? sha256(sectionsText(sections)) : null,
      previousVersionId: t.prev,
      createdAt: t.approvedAt ? addDays(t.approvedAt, -14) : notAfter(addDays(now, -5), now),
    });
    sections.forEach((s, i) =>
      rows.termsSection.push({ id: uuid(), councilId, termsVersionId: t.id, kind: s.kind, heading: s.heading, body: s.body, position: i + 1 }),
    );
  }

  // ---------- Improvement Board meetings ----------
  const S = standingItems({
    chair: 'Independent Chair',
    actionLogPresenter: 'Board administrator',
    riskPresenter: "Director of Children's Services",
  });
  const ctx: MeetingContext = {
    councilId,
    now,
    adminId: p('admin'),
    chairId: p('chair'),
    chairTitle: 'Independent Chair',
    seats: ibSeats,
    names: people.names,
    rng,
  };
  const monthName = (day: LondonDay) => longDate(day).replace(/^\d+ /, '');
  const perfText = [
    "Contacts rose by 6% on the previous month. The conversion of contacts to referrals remained high at 38%, which members linked to partners' uncertainty about thresholds. Re-referrals within 12 months stood at 27%. Members asked for the data to be broken down by referring agency.",
    'The breakdown by referring agency showed that 41% of police contacts led to no further action. Assessments completed within 45 working days improved to 68%. Members welcomed the improvement but asked how quality, as well as timeliness, was being tested.',
    'Re-referrals fell to 25.9%. Children seen within timescale on child protection plans rose to 79%. The Board noted that the fall in caseloads had not yet reached the teams with the highest vacancy rates.',
    'Performance for children in care was reported alongside the deep dive: 71% of children in care had an up-to-date health assessment, below the 90% target. Placement stability was in line with similar councils.',
    'Contacts were seasonally lower over the summer. The conversion rate fell to 31%, the first clear sign of the revised threshold guidance taking effect. Assessments within 45 working days reached 74%.',
    'Re-referrals within 12 months fell to 23.8%. Average social worker caseloads were 20.1 against a target of 18. Members asked that the scorecard show trends over twelve months rather than single months.',
    'The twelve-month trend view was welcomed. Children seen within timescale reached 86%. The Head of Performance highlighted a rise in re-referrals from one locality, which the Board asked to be analysed.',
    'Re-referrals fell to 22.1% and assessments within 45 working days reached 81%. Members noted that the timeliness of initial health assessments remains the weakest measure and is held on the risk log.',
  ];
  const perf = (day: LondonDay, i: number): ItemSpec => ({
    title: 'Performance report: contacts and referrals',
    presenter: 'Head of Performance and Intelligence',
    purpose: 'ASSURANCE',
    duration: 20,
    paper: { title: `Performance report: contacts and referrals, ${monthName(addCalendarMonths(day, -1))}`, slug: 'performance-report', marking: 'PUBLIC' },
    minutes: perfText[i],
  });
  const qa = (title: string, minutes?: string): ItemSpec => ({
    title: 'Quality assurance of practice: audit findings',
    presenter: 'Principal Social Worker',
    purpose: 'ASSURANCE',
    duration: 20,
    paper: { title: `Quality assurance report: ${title}`, slug: 'qa-audit-findings' },
    minutes,
  });
  const signOffItem = (minutes: string | undefined, refs: string[] | null): ItemSpec => ({
    title: 'Improvement plan: actions proposed for sign-off',
    presenter: "Director of Children's Services",
    purpose: 'DECISION',
    duration: 20,
    paper: { title: 'Improvement plan: evidence for actions proposed for sign-off', slug: 'plan-sign-off' },
    minutes,
    decisions: refs
      ? [
          {
            kind: 'DECISION',
            text: `The Board signed off improvement plan actions ${refs.slice(0, -1).join(', ')} and ${refs[refs.length - 1]} as complete, on the evidence presented.`,
          },
        ]
      : undefined,
  });
  const termsItem = (version: string, minutes: string): ItemSpec => ({
    title: 'Terms of reference: six-monthly review',
    presenter: 'Independent Chair',
    purpose: 'DECISION',
    duration: 10,
    paper: { title: `Terms of reference version ${version} (draft for agreement)`, slug: 'terms-of-reference' },
    minutes,
    decisions: [
      {
        kind: 'DECISION',
        text: `The Board agreed version ${version} of its terms of reference by consensus, for approval by the Independent Chair.`,
      },
    ],
  });

  const pastAgendas: { kind?: 'DEEP_DIVE'; theme?: string; items: ItemSpec[] }[] = [
    {
      items: [
        termsItem(
          '2',
          "The Chair introduced the revised terms of reference. The changes from version 1 are: monthly meetings in place of four-weekly; papers five working days before each meeting in place of three; the DfE Children's Services Adviser joins as a member; and review every six months now that the Board is established.",
        ),
        {
          title: 'Improvement plan: theme highlight reports',
          presenter: "Deputy Director of Children's Services",
          purpose: 'ASSURANCE',
          duration: 25,
          paper: { title: 'Improvement plan highlight report', slug: 'improvement-plan-highlight' },
          minutes:
            'Theme leads reported progress on each of the six themes. Improving Front Line and Partnership Working were rated amber. The Chair asked that future highlight reports set out the evidence of impact on children, not only the activity completed.',
        },
      ],
    },
    {
      items: [
        qa(
          'thematic audit of neglect',
          'Of 40 cases audited, 45% were graded good or better, up from 30% at the inspection. Management oversight was evident in two thirds of cases but rarely changed the direction of the plan. Members asked how learning was being shared with practitioners.',
        ),
        {
          title: 'Workforce: recruitment and retention of social workers',
          presenter: "Head of Service, Children's Social Care",
          purpose: 'DECISION',
          duration: 20,
          paper: { title: 'Workforce strategy: recruitment and retention of social workers', slug: 'workforce-strategy' },
          minutes:
            'The vacancy rate for social workers is 27% and 31% of posts are filled by agency staff. The proposal sets out a market supplement for experienced social workers and an academy for newly qualified social workers. Members supported the proposal and discussed the risk that it moves staff between neighbouring councils.',
          decisions: [
            {
              kind: 'RECOMMENDATION',
              text: 'The Board recommends that Cabinet approves a market supplement for experienced social workers in the assessment and child protection teams, funded from the improvement reserve for two years.',
              decisionMaker: 'Cabinet',
            },
          ],
        },
      ],
    },
    {
      items: [
        {
          title: 'Multi-agency safeguarding hub: front door review',
          presenter: 'Superintendent, Head of Public Protection',
          purpose: 'ASSURANCE',
          duration: 20,
          paper: { title: 'Multi-agency front door review', slug: 'front-door-review' },
          minutes:
            'The review found that decisions in the hub were timely but that partners applied thresholds inconsistently, and that police notifications made up the largest share of contacts leading to no further action. Members challenged whether the hub was staffed to screen the volume of notifications.',
          decisions: [
            {
              kind: 'RECOMMENDATION',
              text: "The Board recommends that the Director of Children's Services commissions an independent review of the application of thresholds at the front door, reporting within three months.",
              decisionMaker: "Director of Children's Services",
            },
          ],
        },
        {
          title: 'Voice of children and families: quarterly feedback',
          presenter: 'Principal Social Worker',
          purpose: 'INFORMATION',
          duration: 15,
          paper: { title: 'Voice of children and families: quarterly feedback', slug: 'voice-of-the-child', marking: 'PUBLIC' },
          minutes:
            'Feedback from 62 children and families was summarised. Most felt listened to by their current social worker; the most common complaint was changes of worker. The Board asked for a child or young person to present at a future meeting.',
        },
      ],
    },
    {
      kind: 'DEEP_DIVE',
      theme: 'Children in care and care leavers',
      items: [
        {
          title: 'Deep dive: children in care and care leavers',
          presenter: "Head of Service, Children's Social Care",
          purpose: 'ASSURANCE',
          duration: 45,
          paper: { title: 'Deep dive: children in care and care leavers', slug: 'deep-dive-children-in-care' },
          minutes:
            'The deep dive covered permanence planning, placement sufficiency, health assessments and the local offer for care leavers. 38% of children in care live more than 20 miles from Northbridge. Members were concerned about the cost and the distance from family and school, and about the timeliness of health assessments.',
          decisions: [
            {
              kind: 'DECISION',
              text: 'The Board agreed that placement sufficiency be held on its own risk log, escalated from the Executive Group, and reviewed at each meeting.',
            },
          ],
        },
        {
          title: 'Voice of the child: Children in Care Council',
          presenter: 'Participation Lead',
          purpose: 'INFORMATION',
          duration: 15,
          minutes:
            "Two members of the Children in Care Council described their experience of changes of social worker and of moving school. The Board thanked them and agreed that their points about the care leavers' local offer would be answered in writing.",
        },
      ],
    },
    {
      items: [
        termsItem(
          '3',
          'The six-monthly review proposed version 3: the Independent Scrutineer of the Safeguarding Children Partnership joins as a member, a secondary head teacher seat is added, and the reporting section sets out the role of the Improvement Executive Group. The Chair approved the agreed text after the meeting.',
        ),
        qa(
          'management oversight and supervision',
          'Supervision was recorded within timescale in 82% of cases audited. In a third of cases supervision did not set actions that moved the plan forward. Members asked for the re-audit to test the quality of supervision and not only its frequency.',
        ),
      ],
    },
    {
      items: [
        signOffItem(
          'The Director presented evidence for four actions: the performance scorecard, the refreshed quality assurance framework, the out-of-hours strategy discussion protocol and the revised threshold guidance. Members tested the evidence of impact for each before agreeing sign-off.',
          ['PM1.1', 'QA2.1', 'FL3.1', 'PW4.1'],
        ),
        {
          title: "Budget and demand pressures in children's social care",
          presenter: 'Chief Executive',
          purpose: 'INFORMATION',
          duration: 15,
          paper: { title: "Children's social care budget monitoring", slug: 'budget-monitoring' },
          minutes:
            "Children's social care is forecast to overspend by £3.1m, mostly on external residential placements. The Chief Executive set out how the improvement investment would be protected. Members asked for the link between placement sufficiency and the overspend to be reported to Cabinet.",
          decisions: [
            {
              kind: 'RECOMMENDATION',
              text: "The Board recommends that Cabinet protects the £2.4m improvement investment in children's services in the medium-term financial plan.",
              decisionMaker: 'Cabinet',
            },
          ],
        },
      ],
    },
    {
      items: [
        qa(
          'assessments and plans',
          "Of 36 assessments audited, 58% were good or better. Plans were more often specific and measurable than at the last audit, but children's histories were not consistently used. Members asked that the practice standards be reissued with examples.",
        ),
        {
          title: 'Report to Cabinet: six-monthly improvement progress',
          presenter: 'Chief Executive',
          purpose: 'DECISION',
          duration: 15,
          paper: { title: 'Six-monthly improvement progress report (draft for Cabinet)', slug: 'cabinet-progress-report' },
          minutes:
            'The Board considered the draft report to Cabinet. Members asked that it be clearer about the actions that are behind plan and about the risks held on the risk log.',
          decisions: [
            {
              kind: 'RECOMMENDATION',
              text: "The Board recommends that Cabinet notes the progress made against the improvement plan and the actions that remain behind plan, and endorses the Board's priorities for the next six months.",
              decisionMaker: 'Cabinet',
            },
          ],
        },
      ],
    },
    {
      items: [
        {
          title: 'Ofsted monitoring visit preparation',
          presenter: "Director of Children's Services",
          purpose: 'INFORMATION',
          duration: 20,
          paper: { title: 'Ofsted monitoring visit: preparation and self-evaluation', slug: 'monitoring-visit-preparation' },
          minutes:
            'A monitoring visit is expected in the coming months, likely to focus on the front door and management oversight. The self-evaluation was shared in draft. Members asked that the self-evaluation be candid about the areas where progress is slower.',
        },
        signOffItem(
          "Evidence was presented for the elected members' scrutiny work programme and the communications plan. The paper was circulated late; the Chair had agreed to accept it.",
          ['SC5.1', 'CM6.1'],
        ),
      ],
    },
  ];

  const upcomingAgendas: { kind?: 'DEEP_DIVE'; theme?: string; items: ItemSpec[] }[] = [
    {
      items: [qa('return home interviews for children who go missing'), signOffItem(undefined, null)],
    },
    {
      items: [
        {
          title: 'Terms of reference: six-monthly review',
          presenter: 'Independent Chair',
          purpose: 'DECISION',
          duration: 10,
          paper: { title: 'Terms of reference version 3.1 (draft for agreement)', slug: 'terms-of-reference' },
        },
        {
          title: 'Front door: independent threshold review findings',
          presenter: "Director of Children's Services",
          purpose: 'ASSURANCE',
          duration: 15,
          paper: { title: 'Independent review of threshold application: findings', slug: 'threshold-review' },
        },
      ],
    },
    {
      kind: 'DEEP_DIVE',
      theme: 'Early help and the front door',
      items: [
        {
          title: 'Deep dive: early help and the front door',
          presenter: 'Head of Service, Early Help',
          purpose: 'ASSURANCE',
          duration: 45,
        },
      ],
    },
    {
      items: [
        {
          title: "DfE adviser's progress review",
          presenter: "DfE Children's Services Adviser",
          purpose: 'INFORMATION',
          duration: 15,
        },
      ],
    },
  ];

  const built: BuiltMeeting[] = [];
  past.forEach((slot, i) => {
    const a = must(pastAgendas[i], `agenda ${i}`);
    const items = [S.apologies, S.minutes, S.actions, perf(slot.day, i), ...a.items, S.risks, S.forward];
    built.push(
      addMeeting(rows, ctx, {
        id: PID(i),
        boardId: ibId,
        seriesId: ibSeriesId,
        kind: a.kind ?? 'ORDINARY',
        theme: a.theme,
        title: a.kind === 'DEEP_DIVE' ? `Improvement Board themed deep dive: ${a.theme}` : "Children's Services Improvement Board",
        slot,
        venue: IB_VENUE,
        virtualLink: 'https://meet.example/northbridge-improvement-board',
        status: 'HELD',
        items,
        papers: i === past.length - 1 ? 'last-held' : 'circulated',
        attendance: 'held',
        attendanceOverrides: i === 2 ? { opposition: { status: 'APOLOGIES', late: true } } : undefined,
        minutes: i === past.length - 1 ? { status: 'SENT_TO_CHAIR' } : { status: 'CONFIRMED', confirmedAtMeetingId: PID(i + 1) },
        previousDay: i === 0 ? ib.before.day : P(i - 1).day,
      }),
    );
  });
  const builtUpcoming: BuiltMeeting[] = [];
  upcoming.forEach((slot, j) => {
    const a = must(upcomingAgendas[j], `upcoming agenda ${j}`);
    const items = [S.apologies, S.minutes, S.actions, perf(slot.day, 0), ...a.items, S.risks, S.forward].map((item) =>
      item.minutes ? { ...item, minutes: undefined } : item,
    );
    builtUpcoming.push(
      addMeeting(rows, ctx, {
        id: UID(j),
        boardId: ibId,
        seriesId: ibSeriesId,
        kind: a.kind ?? 'ORDINARY',
        theme: a.theme,
        title: a.kind === 'DEEP_DIVE' ? `Improvement Board themed deep dive: ${a.theme}` : "Children's Services Improvement Board",
        slot,
        venue: IB_VENUE,
        virtualLink: 'https://meet.example/northbridge-improvement-board',
        status: 'SCHEDULED',
        items,
        papers: j === 0 ? 'next' : 'none',
        attendance: j === 0 ? 'next' : 'none',
        attendanceOverrides: j === 0 ? { dph: { status: 'APOLOGIES', substituteAttends: true }, opposition: { status: 'APOLOGIES' } } : undefined,
        minutes: { status: 'NONE' },
        previousDay: j === 0 ? P(past.length - 1).day : U(j - 1).day,
      }),
    );
  });
  const B = (i: number) => must(built[i], `built meeting ${i}`);
  const BU = (j: number) => must(builtUpcoming[j], `built upcoming ${j}`);
  const agendaItemByTitle = (m: BuiltMeeting, prefix: string) =>
    must(m.agendaItemIds[m.itemTitles.findIndex((t) => t.startsWith(prefix))], `agenda item ${prefix}`);

  // ---------- Executive Group meetings ----------
  const egCtx: MeetingContext = {
    ...ctx,
    chairId: p('dcs'),
    chairTitle: 'Chair',
    seats: egSeats,
  };
  const egS = standingItems({
    chair: "Director of Children's Services",
    actionLogPresenter: 'Improvement Board Administrator',
    riskPresenter: "Head of Service, Children's Social Care",
  });
  const egSlots = [...eg.past, ...eg.future];
  const egBuilt = egSlots.map((slot, k) =>
    addMeeting(rows, egCtx, {
      id: must(egIds[k], 'eg id'),
      boardId: egId,
      seriesId: egSeriesId,
      kind: 'ORDINARY',
      title: 'Improvement Executive Group',
      slot,
      venue: EG_VENUE,
      virtualLink: 'https://meet.example/northbridge-executive-group',
      status: k < eg.past.length ? 'HELD' : 'SCHEDULED',
      items: [
        egS.apologies,
        egS.minutes,
        egS.actions,
        {
          title: 'Improvement plan delivery: exceptions report',
          presenter: "Director of Children's Services",
          purpose: 'ASSURANCE',
          duration: 30,
          paper: { title: 'Improvement plan exceptions report (red and amber actions)', slug: 'plan-exceptions' },
          minutes:
            k < eg.past.length
              ? 'Actions rated red were reviewed with their leads. Revised dates were drafted for the Board to agree where delivery had slipped, with the reasons set out.'
              : undefined,
        },
        {
          title: 'Workforce dashboard',
          presenter: "Head of Service, Children's Social Care",
          purpose: 'ASSURANCE',
          duration: 20,
          paper: { title: 'Social care workforce dashboard', slug: 'workforce-dashboard' },
          minutes:
            k < eg.past.length
              ? 'Agency use fell for the third month running. Two teams still carry caseloads above 22; the managed agency team will be deployed to them.'
              : undefined,
        },
        egS.risks,
      ],
      papers: k < eg.past.length ? 'circulated' : 'none',
      attendance: k < eg.past.length ? 'held' : 'none',
      minutes: k === 0 ? { status: 'CONFIRMED', confirmedAtMeetingId: must(egIds[1], 'eg id') } : k < eg.past.length ? { status: 'DRAFT' } : { status: 'NONE' },
      previousDay: k > 0 ? must(egSlots[k - 1], 'eg slot').day : undefined,
    }),
  );

  // ---------- improvement plan ----------
  const inspectionId = uuid();
  rows.inspection.push({
    id: inspectionId,
    councilId,
    kind: 'FULL_INSPECTION',
    title: "Inspection of Northbridge local authority children's services",
    visitedOn: dbDate(visitedOn),
    judgement: 'INADEQUATE',
  });
  const findingDefs: [string, 'PRIORITY_ACTION' | 'IMMEDIATE_ACTION' | 'AREA_FOR_IMPROVEMENT', string][] = [
    [
      'IA1',
      'IMMEDIATE_ACTION',
      'Ensure that, when concerns about children at risk of significant harm are identified out of hours, strategy discussions take place without delay and include the police and health.',
    ],
    [
      'PA1',
      'PRIORITY_ACTION',
      "The quality and timeliness of the local authority's response to children at the front door, including the consistent application of thresholds by the local authority and its partners in the multi-agency safeguarding hub.",
    ],
    ['PA2', 'PRIORITY_ACTION', 'The effectiveness of management oversight and supervision, so that plans for children progress without drift and delay.'],
    [
      'AFI1',
      'AREA_FOR_IMPROVEMENT',
      "The quality of assessments and plans, so that they are informed by children's histories and lived experience and contain clear, measurable actions.",
    ],
    [
      'AFI2',
      'AREA_FOR_IMPROVEMENT',
      'The use of performance information and quality assurance by senior leaders and elected members to understand and improve the quality of practice.',
    ],
    [
      'AFI3',
      'AREA_FOR_IMPROVEMENT',
      'The sufficiency and stability of the social work workforce, including caseloads that enable social workers to build relationships with children.',
    ],
    [
      'AFI4',
      'AREA_FOR_IMPROVEMENT',
      "Partner agencies' understanding and application of thresholds, and their attendance at child protection conferences and core groups.",
    ],
    [
      'AFI5',
      'AREA_FOR_IMPROVEMENT',
      'The timeliness and quality of return home interviews for children who go missing, and the use of the information they provide to reduce risk.',
    ],
  ];
  const findingIds = new Map<string, string>();
  findingDefs.forEach(([reference, kind, text], i) => {
    const id = uuid();
    findingIds.set(reference, id);
    rows.inspectionFinding.push({ id, councilId, inspectionId, kind, reference, text, position: i + 1 });
  });

  const agencyDefs: [string, 'COUNCIL' | 'POLICE' | 'HEALTH' | 'SCHOOLS' | 'OTHER', string][] = [
    ['council', 'COUNCIL', COUNCIL],
    ['police', 'POLICE', POLICE],
    ['icb', 'HEALTH', ICB],
    ['hospital', 'HEALTH', 'Northbridge Teaching Hospitals NHS Foundation Trust'],
    ['schools', 'SCHOOLS', 'Northbridge Schools Forum'],
    ['nscp', 'OTHER', NSCP],
  ];
  const agencyIds = new Map<string, string>();
  for (const [key, kind, name] of agencyDefs) {
    const id = uuid();
    agencyIds.set(key, id);
    rows.partnerAgency.push({ id, councilId, name, kind });
  }
  const bodyIds = { ib: uuid(), eg: uuid(), scrutiny: uuid(), nscp: uuid() };
  rows.scrutinyBody.push(
    { id: bodyIds.ib, councilId, name: "Children's Services Improvement Board", boardId: ibId },
    { id: bodyIds.eg, councilId, name: 'Improvement Executive Group', boardId: egId },
    { id: bodyIds.scrutiny, councilId, name: 'Children and Young People Scrutiny Committee' },
    { id: bodyIds.nscp, councilId, name: NSCP },
  );

  const planId = uuid();
  const planStartYear = Number(visitedOn.slice(0, 4));
  rows.improvementPlan.push({
    id: planId,
    councilId,
    boardId: ibId,
    inspectionId,
    title: `Children's Services Improvement Plan ${planStartYear}–${String(planStartYear + 2).slice(2)}`,
    status: 'IN_DELIVERY',
    approvedById: p('chair'),
    approvedAt: at(addCalendarDays(submissionDeadline, -10), 16),
    submissionDeadline: dbDate(submissionDeadline),
    submittedAt: at(addCalendarDays(submissionDeadline, -3), 11),
    createdAt: at(addCalendarDays(visitedOn, 50), 9),
  });
  const themeNames = ['Performance Management', 'Quality Assurance', 'Improving Front Line', 'Partnership Working', 'Scrutiny', 'Communications'];
  const themeIds = themeNames.map((name, i) => {
    const id = uuid();
    rows.planTheme.push({ id, councilId, planId, name, position: i + 1 });
    return id;
  });

  type PlanDef = {
    ref: string;
    theme: number;
    text: string;
    lead: string;
    status: PlanActionStatus;
    rag: Rag | null;
    due: number | { signedOffAt: number };
    /** a revised date the Board agreed (days from today), kept beside the original */
    agreed?: number;
    findings: string[];
    agencies: string[];
    bodies: [keyof typeof bodyIds, keyof typeof bodyIds, keyof typeof bodyIds];
  };
  const planDefs: PlanDef[] = [
    {
      ref: 'PM1.1',
      theme: 0,
      text: "Implement a single performance scorecard for children's social care, reported monthly to the Improvement Board and the Executive Group.",
      lead: 'Head of Performance and Intelligence',
      status: 'SIGNED_OFF',
      rag: 'BLUE',
      due: { signedOffAt: 5 },
      findings: ['AFI2'],
      agencies: ['council'],
      bodies: ['eg', 'ib', 'scrutiny'],
    },
    {
      ref: 'PM1.2',
      theme: 0,
      text: 'Introduce monthly team performance clinics led by heads of service, with exception reporting on visits, assessments and plans out of timescale.',
      lead: "Head of Service, Children's Social Care",
      status: 'AWAITING_SIGN_OFF',
      rag: 'GREEN',
      due: -10,
      findings: ['PA2', 'AFI2'],
      agencies: ['council'],
      bodies: ['eg', 'ib', 'scrutiny'],
    },
    {
      ref: 'PM1.3',
      theme: 0,
      text: 'Develop a multi-agency dataset for the front door with the police and health, shared monthly with the Safeguarding Children Partnership.',
      lead: 'Head of Performance and Intelligence',
      status: 'IN_PROGRESS',
      rag: 'AMBER',
      due: 12,
      findings: ['PA1'],
      agencies: ['council', 'police', 'icb'],
      bodies: ['eg', 'ib', 'nscp'],
    },
    {
      ref: 'PM1.4',
      theme: 0,
      text: 'Publish a quarterly impact report that links improvement activity to measurable outcomes for children.',
      lead: "Director of Children's Services",
      status: 'NOT_STARTED',
      rag: 'AMBER',
      due: 75,
      findings: ['AFI2'],
      agencies: ['council'],
      bodies: ['eg', 'ib', 'scrutiny'],
    },
    {
      ref: 'QA2.1',
      theme: 1,
      text: 'Refresh the quality assurance framework, including monthly thematic audits and moderation of audit grades by senior managers.',
      lead: 'Principal Social Worker',
      status: 'SIGNED_OFF',
      rag: 'BLUE',
      due: { signedOffAt: 5 },
      findings: ['AFI1', 'AFI2'],
      agencies: ['council'],
      bodies: ['eg', 'ib', 'scrutiny'],
    },
    {
      ref: 'QA2.2',
      theme: 1,
      text: 'Make sure every audit includes a conversation with the child or family, and that learning is fed back to practitioners within four weeks.',
      lead: 'Principal Social Worker',
      status: 'AWAITING_SIGN_OFF',
      rag: 'GREEN',
      due: -3,
      findings: ['AFI1'],
      agencies: ['council'],
      bodies: ['eg', 'ib', 'scrutiny'],
    },
    {
      ref: 'QA2.3',
      theme: 1,
      text: 'Introduce practice standards for assessments and plans, with chronologies and specific, measurable actions.',
      lead: "Head of Service, Children's Social Care",
      status: 'IN_PROGRESS',
      rag: 'GREEN',
      due: 40,
      findings: ['AFI1'],
      agencies: ['council'],
      bodies: ['eg', 'ib', 'scrutiny'],
    },
    {
      ref: 'QA2.4',
      theme: 1,
      text: 'Audit the quality of management oversight and supervision every quarter and report the findings to the Board.',
      lead: 'Principal Social Worker',
      status: 'IN_PROGRESS',
      rag: 'RED',
      due: -60,
      agreed: -24,
      findings: ['PA2'],
      agencies: ['council'],
      bodies: ['eg', 'ib', 'scrutiny'],
    },
    {
      ref: 'FL3.1',
      theme: 2,
      text: 'Put in place an out-of-hours protocol so that strategy discussions for children at risk of significant harm take place without delay.',
      lead: "Head of Service, Children's Social Care",
      status: 'SIGNED_OFF',
      rag: 'BLUE',
      due: { signedOffAt: 5 },
      findings: ['IA1'],
      agencies: ['council', 'police', 'hospital'],
      bodies: ['eg', 'ib', 'nscp'],
    },
    {
      ref: 'FL3.2',
      theme: 2,
      text: 'Reduce average social worker caseloads to no more than 18 children through recruitment and a managed agency team.',
      lead: "Head of Service, Children's Social Care",
      status: 'AWAITING_SIGN_OFF',
      rag: 'GREEN',
      due: 5,
      findings: ['AFI3'],
      agencies: ['council'],
      bodies: ['eg', 'ib', 'scrutiny'],
    },
    {
      ref: 'FL3.3',
      theme: 2,
      text: 'Deliver the recruitment and retention strategy for social workers, including a market supplement and an academy for newly qualified social workers.',
      lead: 'Assistant Director, Human Resources',
      status: 'IN_PROGRESS',
      rag: 'AMBER',
      due: 60,
      findings: ['AFI3'],
      agencies: ['council'],
      bodies: ['eg', 'ib', 'scrutiny'],
    },
    {
      ref: 'FL3.4',
      theme: 2,
      text: 'Embed one model of practice across all social work teams, with training for every practitioner and manager.',
      lead: 'Principal Social Worker',
      status: 'IN_PROGRESS',
      rag: 'GREEN',
      due: 120,
      findings: ['AFI1'],
      agencies: ['council'],
      bodies: ['eg', 'ib', 'scrutiny'],
    },
    {
      ref: 'PW4.1',
      theme: 3,
      text: 'Agree and publish revised multi-agency threshold guidance with the Safeguarding Children Partnership.',
      lead: 'Partnership Business Manager',
      status: 'SIGNED_OFF',
      rag: 'BLUE',
      due: { signedOffAt: 5 },
      findings: ['PA1', 'AFI4'],
      agencies: ['council', 'police', 'icb', 'schools', 'nscp'],
      bodies: ['nscp', 'ib', 'eg'],
    },
    {
      ref: 'PW4.2',
      theme: 3,
      text: 'Improve partner attendance at initial child protection conferences and core groups, with monthly reporting by agency.',
      lead: 'Head of Safeguarding and Quality Assurance',
      status: 'IN_PROGRESS',
      rag: 'RED',
      due: -15,
      findings: ['AFI4'],
      agencies: ['police', 'icb', 'schools'],
      bodies: ['nscp', 'ib', 'scrutiny'],
    },
    {
      ref: 'PW4.3',
      theme: 3,
      text: 'Co-locate police and health staff in the multi-agency safeguarding hub five days a week.',
      lead: 'Superintendent, Head of Public Protection',
      status: 'IN_PROGRESS',
      rag: 'AMBER',
      due: 30,
      findings: ['PA1'],
      agencies: ['police', 'icb', 'hospital'],
      bodies: ['nscp', 'ib', 'eg'],
    },
    {
      ref: 'PW4.4',
      theme: 3,
      text: 'Deliver multi-agency training on neglect to schools and health practitioners.',
      lead: 'Partnership Business Manager',
      status: 'NOT_STARTED',
      rag: 'AMBER',
      due: 90,
      findings: ['AFI4'],
      agencies: ['schools', 'icb', 'nscp'],
      bodies: ['nscp', 'ib', 'eg'],
    },
    {
      ref: 'SC5.1',
      theme: 4,
      text: 'Agree a work programme for the Children and Young People Scrutiny Committee that includes quarterly scrutiny of the improvement plan.',
      lead: 'Democratic Services Manager',
      status: 'SIGNED_OFF',
      rag: 'BLUE',
      due: { signedOffAt: 7 },
      findings: ['AFI2'],
      agencies: ['council'],
      bodies: ['scrutiny', 'ib', 'eg'],
    },
    {
      ref: 'SC5.2',
      theme: 4,
      text: "Train elected members on corporate parenting and on their role in challenging the performance of children's services.",
      lead: 'Democratic Services Manager',
      status: 'IN_PROGRESS',
      rag: 'GREEN',
      due: 45,
      findings: ['AFI2'],
      agencies: ['council'],
      bodies: ['scrutiny', 'ib', 'eg'],
    },
    {
      ref: 'SC5.3',
      theme: 4,
      text: 'Commission an independent peer review of progress against the improvement plan.',
      lead: "Director of Children's Services",
      status: 'IN_PROGRESS',
      rag: 'AMBER',
      due: 20,
      findings: [],
      agencies: ['council'],
      bodies: ['eg', 'ib', 'scrutiny'],
    },
    {
      ref: 'SC5.4',
      theme: 4,
      text: 'Report progress on the improvement plan to Cabinet every six months.',
      lead: 'Chief Executive',
      status: 'IN_PROGRESS',
      rag: 'GREEN',
      due: 150,
      findings: [],
      agencies: ['council'],
      bodies: ['ib', 'scrutiny', 'eg'],
    },
    {
      ref: 'CM6.1',
      theme: 5,
      text: 'Publish a communications plan so that staff, partners and families understand the improvement journey.',
      lead: 'Head of Communications',
      status: 'SIGNED_OFF',
      rag: 'BLUE',
      due: { signedOffAt: 7 },
      findings: [],
      agencies: ['council'],
      bodies: ['eg', 'ib', 'scrutiny'],
    },
    {
      ref: 'CM6.2',
      theme: 5,
      text: "Hold quarterly staff briefings led by the Director of Children's Services, with questions collected in advance.",
      lead: "Director of Children's Services",
      status: 'IN_PROGRESS',
      rag: 'GREEN',
      due: 100,
      findings: [],
      agencies: ['council'],
      bodies: ['eg', 'ib', 'scrutiny'],
    },
    {
      ref: 'CM6.3',
      theme: 5,
      text: 'Launch a feedback route for children and families, reported to the Board through the voice of the child item.',
      lead: 'Participation Lead',
      status: 'IN_PROGRESS',
      rag: 'AMBER',
      due: 25,
      findings: ['AFI1'],
      agencies: ['council'],
      bodies: ['eg', 'ib', 'scrutiny'],
    },
    {
      ref: 'CM6.4',
      theme: 5,
      text: 'Produce a monthly improvement bulletin for partner agencies.',
      lead: 'Head of Communications',
      status: 'IN_PROGRESS',
      rag: 'GREEN',
      due: 35,
      findings: [],
      agencies: ['council', 'nscp'],
      bodies: ['eg', 'ib', 'nscp'],
    },
  ];
  const planActionIds = new Map<string, string>();
  for (const d of planDefs) {
    const id = uuid();
    planActionIds.set(d.ref, id);
    const dueOn = typeof d.due === 'number' ? addCalendarDays(today, d.due) : addCalendarDays(P(d.due.signedOffAt).day, -12);
    rows.planAction.push({
      id,
      councilId,
      planId,
      themeId: must(themeIds[d.theme], 'theme'),
      reference: d.ref,
      description: d.text,
      leadOfficer: d.lead,
      dueOn: dbDate(dueOn),
      agreedDueOn: d.agreed === undefined ? null : dbDate(addCalendarDays(today, d.agreed)),
      status: d.status,
      rag: d.rag,
      deliveryBodyId: bodyIds[d.bodies[0]],
      scrutinyBodyId: bodyIds[d.bodies[1]],
      secondScrutinyBodyId: bodyIds[d.bodies[2]],
      createdAt: at(addCalendarDays(visitedOn, 60), 9),
    });
    for (const f of d.findings) rows.planActionFinding.push({ councilId, planActionId: id, findingId: must(findingIds.get(f), f) });
    for (const a of d.agencies) rows.planActionAgency.push({ councilId, planActionId: id, agencyId: must(agencyIds.get(a), a) });
    if (typeof d.due !== 'number') {
      const meeting = P(d.due.signedOffAt);
      rows.planActionSignOff.push({
        id: uuid(),
        councilId,
        planActionId: id,
        meetingId: PID(d.due.signedOffAt),
        proposedBy: d.lead,
        evidence: {
          documents: [`${d.ref} completion report`, 'Improvement Executive Group minutes confirming delivery'],
          measures:
            d.ref.startsWith('PM') || d.ref.startsWith('QA')
              ? ['Re-referrals within 12 months (%)', 'Assessments completed within 45 working days (%)']
              : ['Children seen within timescale (%)'],
          summary: `Evidence presented by the ${d.lead} and tested by members before sign-off.`,
        },
        recordedById: p('admin'),
        signedOffAt: notAfter(addHours(meeting.startsAt, 1), now),
      });
    }
  }
  const PA = (ref: string) => must(planActionIds.get(ref), ref);
  rows.planMilestone.push(
    {
      id: uuid(),
      councilId,
      planActionId: PA('FL3.3'),
      title: 'Market supplement approved by Cabinet',
      dueOn: dbDate(addCalendarDays(P(2).day, 14)),
      completedOn: dbDate(addCalendarDays(P(2).day, 16)),
    },
    { id: uuid(), councilId, planActionId: PA('FL3.3'), title: 'First cohort of the social work academy starts', dueOn: dbDate(addCalendarDays(today, 45)) },
    {
      id: uuid(),
      councilId,
      planActionId: PA('PW4.3'),
      title: 'Police staff co-located in the hub',
      dueOn: dbDate(addCalendarDays(today, -40)),
      completedOn: dbDate(addCalendarDays(today, -44)),
    },
    { id: uuid(), councilId, planActionId: PA('PW4.3'), title: 'Health staff co-located in the hub', dueOn: dbDate(addCalendarDays(today, 20)) },
  );
  rows.planActionDueDateRevision.push({
    id: uuid(),
    councilId,
    planActionId: PA('QA2.4'),
    previousDueOn: dbDate(addCalendarDays(today, -60)),
    proposedDueOn: dbDate(addCalendarDays(today, -24)),
    reason: 'The first quarterly audit was delayed by the move to the new case management system.',
    proposedById: p('dcs'),
    proposedAt: addDays(P(5).startsAt, -10),
    agreedAtMeetingId: PID(5),
    agreedAt: addHours(P(5).startsAt, 1),
  });
  const periods = [6, 5, 4, 3, 2, 1].map((k) => addCalendarMonths(`${today.slice(0, 7)}-01`, -k));
  const measureDefs: {
    title: string;
    unit: string;
    target: number;
    direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
    tolerance: number;
    values: number[];
    actions: string[];
    themes: number[];
  }[] = [
    {
      title: 'Re-referrals within 12 months (%)',
      unit: '%',
      target: 20,
      direction: 'LOWER_IS_BETTER',
      tolerance: 3,
      values: [27.4, 26.1, 25.9, 24.3, 23.8, 22.1],
      actions: ['PM1.2'],
      themes: [0, 2],
    },
    {
      title: 'Children seen within timescale (%)',
      unit: '%',
      target: 90,
      direction: 'HIGHER_IS_BETTER',
      tolerance: 5,
      values: [71, 74, 79, 82, 86, 88],
      actions: ['FL3.2'],
      themes: [2],
    },
    {
      title: 'Assessments completed within 45 working days (%)',
      unit: '%',
      target: 85,
      direction: 'HIGHER_IS_BETTER',
      tolerance: 5,
      values: [62, 68, 70, 74, 78, 81],
      actions: ['QA2.3'],
      themes: [1, 2],
    },
    {
      title: 'Average social worker caseload',
      unit: 'children',
      target: 18,
      direction: 'LOWER_IS_BETTER',
      tolerance: 2,
      values: [24.2, 23.1, 22, 21.4, 20.1, 19.3],
      actions: ['FL3.2'],
      themes: [2],
    },
    {
      title: 'Agency social workers (%)',
      unit: '%',
      target: 15,
      direction: 'LOWER_IS_BETTER',
      tolerance: 5,
      values: [31, 30, 28, 26, 24, 22],
      actions: ['FL3.3'],
      themes: [2],
    },
  ];
  for (const m of measureDefs) {
    const measureId = uuid();
    rows.impactMeasure.push({
      id: measureId,
      councilId,
      planId,
      title: m.title,
      unit: m.unit,
      target: m.target,
      direction: m.direction,
      tolerance: m.tolerance,
      createdAt: at(addCalendarDays(visitedOn, 60), 9),
    });
    for (const ref of m.actions) rows.impactMeasureAction.push({ councilId, measureId, planActionId: PA(ref) });
    for (const t of m.themes) rows.impactMeasureTheme.push({ councilId, measureId, themeId: must(themeIds[t], 'theme') });
    m.values.forEach((value, i) => {
      const period = must(periods[i], 'period');
      const periodEnd = addCalendarDays(addCalendarMonths(period, 1), -1);
      rows.measureValue.push({
        id: uuid(),
        councilId,
        measureId,
        periodLabel: monthLabel(period),
        periodEnd: dbDate(periodEnd),
        value,
        recordedById: p('admin'),
        recordedAt: notAfter(at(addCalendarMonths(period, 1), 12), now),
      });
    });
  }

  // ---------- action log ----------
  type ActionDef = {
    from: number;
    item: string;
    text: string;
    owner: string;
    due: number;
    status: ActionStatus;
    closedAt?: number;
    dropped?: string;
    plan?: string;
    /** a revised due date agreed at a later meeting: that meeting and days after it */
    agreed?: { at: number; days: number };
  };
  const actionDefs: ActionDef[] = [
    {
      from: 0,
      item: 'Performance report',
      text: 'Circulate the refreshed performance scorecard to all Board members with a glossary of the measures.',
      owner: 'hoPerf',
      due: 21,
      status: 'CLOSED',
      closedAt: 1,
    },
    {
      from: 0,
      item: 'Terms of reference',
      text: 'Publish the approved terms of reference (version 2) on the council website and send them to all members and substitutes.',
      owner: 'dcs',
      due: 14,
      status: 'CLOSED',
      closedAt: 1,
    },
    {
      from: 0,
      item: 'Improvement plan',
      text: 'Bring a costed workforce proposal, including a market supplement, to the next meeting.',
      owner: 'hosCsc',
      due: 28,
      status: 'CLOSED',
      closedAt: 1,
    },
    {
      from: 1,
      item: 'Workforce',
      text: "Report Cabinet's decision on the market supplement back to the Board.",
      owner: 'ceo',
      due: 42,
      status: 'CLOSED',
      closedAt: 3,
    },
    {
      from: 1,
      item: 'Quality assurance',
      text: 'Share the thematic audit of neglect with the Safeguarding Children Partnership.',
      owner: 'psw',
      due: 30,
      status: 'CLOSED',
      closedAt: 2,
    },
    {
      from: 1,
      item: 'Workforce',
      text: 'Set out a trajectory for reducing average caseloads to 18 by the end of the financial year.',
      owner: 'hosCsc',
      due: 56,
      status: 'CLOSED',
      closedAt: 4,
    },
    {
      from: 2,
      item: 'Multi-agency',
      text: 'Commission the independent review of threshold application at the front door.',
      owner: 'dcs',
      due: 30,
      status: 'CLOSED',
      closedAt: 4,
    },
    {
      from: 2,
      item: 'Multi-agency',
      text: 'Provide data on police notifications to the hub by outcome for the last six months.',
      owner: 'police',
      due: 28,
      status: 'DROPPED',
      dropped: 'Superseded by the multi-agency front door dataset (plan action PM1.3), which reports the same data monthly.',
    },
    {
      from: 2,
      item: 'Voice of children',
      text: 'Invite a young person from the Children in Care Council to present at a future Board.',
      owner: 'psw',
      due: 60,
      status: 'CLOSED',
      closedAt: 3,
    },
    {
      from: 3,
      item: 'Deep dive',
      text: 'Produce a placement sufficiency action plan with the Integrated Care Board, including local residential capacity.',
      owner: 'dcs',
      due: 60,
      status: 'IN_PROGRESS',
      agreed: { at: 6, days: 60 },
    },
    {
      from: 3,
      item: 'Deep dive',
      text: 'Make sure every child in care has an up-to-date health assessment, and report compliance by team.',
      owner: 'icb',
      due: 45,
      status: 'IN_PROGRESS',
    },
    {
      from: 3,
      item: 'Voice of the child',
      text: "Review the care leavers' local offer with care leavers and publish it on the council website.",
      owner: 'cabinet',
      due: 90,
      status: 'AWAITING_SIGN_OFF',
    },
    {
      from: 4,
      item: 'Terms of reference',
      text: 'Publish the approved terms of reference (version 3) and update the membership list.',
      owner: 'dcs',
      due: 14,
      status: 'CLOSED',
      closedAt: 5,
    },
    {
      from: 4,
      item: 'Quality assurance',
      text: 'Report the moderation of audit grades to the Board each quarter.',
      owner: 'psw',
      due: 130,
      status: 'IN_PROGRESS',
    },
    {
      from: 4,
      item: 'Performance report',
      text: 'Agree with schools a single point of contact for the front door in each secondary school.',
      owner: 'headPrimary',
      due: 45,
      status: 'OPEN',
    },
    {
      from: 5,
      item: 'Budget',
      text: 'Set out for Cabinet how the overspend will be managed without reducing the improvement investment.',
      owner: 'ceo',
      due: 30,
      status: 'CLOSED',
      closedAt: 6,
    },
    {
      from: 5,
      item: 'Improvement plan',
      text: 'Use one evidence template for every plan action proposed for sign-off.',
      owner: 'hoPerf',
      due: 21,
      status: 'CLOSED',
      closedAt: 6,
    },
    {
      from: 5,
      item: 'Improvement plan',
      text: 'Launch the revised threshold guidance with designated safeguarding leads in every school.',
      owner: 'scrutineer',
      due: 45,
      status: 'IN_PROGRESS',
    },
    {
      from: 6,
      item: 'Report to Cabinet',
      text: 'Revise the Cabinet report to set out the actions behind plan and the risks above appetite.',
      owner: 'ceo',
      due: 21,
      status: 'CLOSED',
      closedAt: 7,
    },
    {
      from: 6,
      item: 'Performance report',
      text: 'Analyse the rise in re-referrals in the east locality by source and report to the Board.',
      owner: 'hoPerf',
      due: 35,
      status: 'AWAITING_SIGN_OFF',
    },
    {
      from: 6,
      item: 'Performance report',
      text: 'Confirm the timetable for co-locating health staff in the multi-agency safeguarding hub.',
      owner: 'icb',
      due: 28,
      status: 'IN_PROGRESS',
      plan: 'PW4.3',
    },
    {
      from: 7,
      item: 'Ofsted monitoring',
      text: 'Circulate the monitoring visit preparation timeline to members and substitutes.',
      owner: 'dcs',
      due: 14,
      status: 'OPEN',
    },
    {
      from: 7,
      item: 'Ofsted monitoring',
      text: 'Brief the Leader of the Opposition and the Scrutiny Committee chair on the monitoring visit arrangements.',
      owner: 'cabinet',
      due: 21,
      status: 'OPEN',
    },
    {
      from: 7,
      item: 'Performance report',
      text: 'Bring the findings of the independent threshold review to the next Board.',
      owner: 'dcs',
      due: 28,
      status: 'IN_PROGRESS',
    },
    {
      from: 7,
      item: 'Improvement plan',
      text: 'Test the out-of-hours strategy discussion protocol through a multi-agency audit.',
      owner: 'police',
      due: 42,
      status: 'OPEN',
      plan: 'FL3.1',
    },
  ];
  const seqByYear = new Map<string, number>();
  const actionIds: string[] = [];
  actionDefs.forEach((d) => {
    const id = uuid();
    actionIds.push(id);
    const source = P(d.from);
    const built0 = B(d.from);
    const year = source.day.slice(0, 4);
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const owner = seat(d.owner);
    const ownerAgency = must(
      seatDefs.find((s) => s.key === d.owner),
      'seat def',
    ).agency;
    const closing = d.closedAt === undefined ? null : P(d.closedAt);
    rows.action.push({
      id,
      councilId,
      boardId: ibId,
      reference: `IB-${year}-${String(seq).padStart(3, '0')}`,
      description: d.text,
      ownerSeatId: owner.id,
      ownerAgency,
      sourceMeetingId: PID(d.from),
      sourceMinutesItemId: minutesItemByTitleLoose(built0, d.item),
      sourcePlanActionId: d.plan ? PA(d.plan) : null,
      dueOn: dbDate(addCalendarDays(source.day, d.due)),
      agreedDueOn: d.agreed ? dbDate(addCalendarDays(P(d.agreed.at).day, d.agreed.days)) : null,
      status: d.status,
      droppedReason: d.dropped ?? null,
      signedOffAtMeetingId: d.closedAt === undefined ? null : PID(d.closedAt),
      signedOffById: closing ? p('chair') : null,
      signedOffAt: closing ? notAfter(addHours(closing.startsAt, 1), now) : null,
      createdAt: notAfter(source.endsAt, now),
    });
    // progress notes
    const author = d.owner === 'dcs' ? p('dcs') : p('admin');
    const until = closing ? closing.startsAt : now;
    if (d.status !== 'OPEN') {
      rows.actionUpdate.push({
        id: uuid(),
        councilId,
        actionId: id,
        body:
          d.owner === 'dcs'
            ? 'Work started; lead officer identified and a first draft is being prepared.'
            : `Update from the ${owner.position}: work has started and is on track.`,
        statusAfter: 'IN_PROGRESS',
        authorId: author,
        createdAt: notAfter(between(source.endsAt, until, 0.35), now),
      });
    }
    if (d.status === 'CLOSED' || d.status === 'AWAITING_SIGN_OFF') {
      rows.actionUpdate.push({
        id: uuid(),
        councilId,
        actionId: id,
        body: 'Complete. Evidence attached to the action log for the Board to agree closure.',
        statusAfter: 'AWAITING_SIGN_OFF',
        authorId: author,
        createdAt: notAfter(between(source.endsAt, until, 0.8), now),
      });
    }
    if (d.status === 'DROPPED') {
      rows.actionUpdate.push({
        id: uuid(),
        councilId,
        actionId: id,
        body: d.dropped ?? 'Dropped by the Board.',
        statusAfter: 'DROPPED',
        authorId: p('admin'),
        createdAt: notAfter(between(source.endsAt, now, 0.3), now),
      });
    }
  });
  function minutesItemByTitleLoose(m: BuiltMeeting, word: string): string | null {
    const index = m.itemTitles.findIndex((t) => t.toLowerCase().includes(word.toLowerCase()));
    return index >= 0 ? (m.minutesItemIds[index] ?? null) : null;
  }
  const A = (i: number) => must(actionIds[i], `action ${i}`);
  const actionDue = (i: number) => addCalendarDays(P(must(actionDefs[i], 'action').from).day, must(actionDefs[i], 'action').due);
  // one revision agreed at a meeting (also on the action as agreedDueOn), two proposed
  // and waiting for the Board
  const agreed9 = must(must(actionDefs[9], 'action 9').agreed, 'agreed revision');
  rows.actionDueDateRevision.push(
    {
      id: uuid(),
      councilId,
      actionId: A(9),
      previousDueOn: dbDate(actionDue(9)),
      proposedDueOn: dbDate(addCalendarDays(P(agreed9.at).day, agreed9.days)),
      reason: 'The Integrated Care Board needs to take the residential capacity proposal through its own governance first.',
      proposedById: p('dcs'),
      proposedAt: addDays(P(agreed9.at).startsAt, -8),
      agreedAtMeetingId: PID(agreed9.at),
      agreedAt: addHours(P(agreed9.at).startsAt, 1),
    },
    {
      id: uuid(),
      councilId,
      actionId: A(20),
      previousDueOn: dbDate(actionDue(20)),
      proposedDueOn: dbDate(addCalendarDays(today, 30)),
      reason: 'Health staff recruitment to the hub has been delayed; the new date reflects the agreed start of two health visitors.',
      proposedById: p('admin'),
      proposedAt: notAfter(addDays(now, -6), now),
    },
    {
      id: uuid(),
      councilId,
      actionId: A(23),
      previousDueOn: dbDate(actionDue(23)),
      proposedDueOn: dbDate(addCalendarDays(actionDue(23), 35)),
      reason: 'The independent reviewer has asked for two more weeks of case sampling before reporting.',
      proposedById: p('dcs'),
      proposedAt: notAfter(between(P(7).endsAt, now, 0.7), now),
    },
  );

  // ---------- risk logs ----------
  type RiskDef = {
    ref: string;
    title: string;
    description: string;
    cause: string;
    consequence: string;
    category: string;
    owner: string;
    scores: [number, number, number, number, number, number];
    history: [number, number][];
    controls: string;
    mitigations: [string, string, number | null, boolean][];
    reviewDue: number;
    status: RiskStatus;
  };
  const ibRiskDefs: RiskDef[] = [
    {
      ref: 'R-01',
      title: 'Insufficient permanent social workers',
      description: 'The council cannot recruit and retain enough permanent, experienced social workers to keep caseloads manageable.',
      cause: 'National shortage of experienced social workers; competition from neighbouring councils and agencies.',
      consequence: 'High caseloads and changes of worker lead to drift and poorer outcomes for children.',
      category: 'Workforce',
      owner: 'dcs',
      scores: [5, 5, 4, 4, 2, 4],
      history: [
        [5, 5],
        [5, 4],
        [4, 4],
        [4, 4],
      ],
      controls: 'Market supplement; social work academy; managed agency team; monthly workforce dashboard to the Executive Group.',
      mitigations: [
        ['Market supplement in place for assessment and child protection teams', "Head of Service, Children's Social Care", -90, true],
        ['First academy cohort in post', 'Assistant Director, Human Resources', 45, false],
      ],
      reviewDue: 18,
      status: 'OPEN',
    },
    {
      ref: 'R-02',
      title: 'Demand at the front door exceeds capacity',
      description: 'Contacts and referrals rise faster than the capacity of the hub and assessment teams.',
      cause: 'Inconsistent application of thresholds by partners; cost-of-living pressures on families.',
      consequence: 'Delays in screening and assessment; children at risk not seen quickly enough.',
      category: 'Demand',
      owner: 'hosCsc',
      scores: [4, 4, 4, 3, 3, 3],
      history: [
        [4, 4],
        [4, 4],
        [4, 3],
      ],
      controls: 'Revised threshold guidance; daily hub triage; weekly demand report.',
      mitigations: [
        ['Revised threshold guidance published with partners', 'Partnership Business Manager', -70, true],
        ['Early help step-down pathway agreed', 'Head of Service, Early Help', 30, false],
      ],
      reviewDue: -12,
      status: 'OPEN',
    },
    {
      ref: 'R-03',
      title: 'Inconsistent quality of assessments and plans',
      description: "Assessments and plans do not consistently reflect children's histories or set measurable actions.",
      cause: 'Inexperienced workforce; variable management oversight.',
      consequence: 'Drift and delay for children; repeat referrals.',
      category: 'Practice quality',
      owner: 'psw',
      scores: [5, 4, 3, 4, 2, 3],
      history: [
        [5, 4],
        [4, 4],
        [4, 4],
        [3, 4],
      ],
      controls: 'Practice standards; monthly thematic audits; moderation of audit grades.',
      mitigations: [
        ['Practice standards reissued with examples', 'Principal Social Worker', 20, false],
        ['Quarterly audit of supervision quality', 'Principal Social Worker', -10, false],
      ],
      reviewDue: 25,
      status: 'OPEN',
    },
    {
      ref: 'R-04',
      title: 'Partners do not apply revised thresholds consistently',
      description: 'Partner agencies continue to refer children who do not meet the threshold for social care, or fail to refer those who do.',
      cause: 'Turnover of designated safeguarding leads; limited training reach.',
      consequence: 'Avoidable demand on the front door and missed risk.',
      category: 'Partnership',
      owner: 'scrutineer',
      scores: [4, 4, 3, 3, 2, 3],
      history: [
        [4, 4],
        [3, 4],
        [3, 3],
      ],
      controls: 'Threshold guidance; partnership training programme; multi-agency dataset.',
      mitigations: [
        ['Threshold launch events for schools', 'Partnership Business Manager', 40, false],
        ['Monthly conversion rate by agency to the Partnership', 'Head of Performance and Intelligence', null, true],
      ],
      reviewDue: 30,
      status: 'OPEN',
    },
    {
      ref: 'R-05',
      title: "Children's social care overspend constrains improvement investment",
      description: 'Placement costs drive an overspend that puts pressure on the investment in the improvement plan.',
      cause: 'Reliance on external residential placements.',
      consequence: 'Improvement activity slowed or stopped.',
      category: 'Finance',
      owner: 'ceo',
      scores: [4, 5, 4, 4, 3, 3],
      history: [
        [4, 5],
        [4, 4],
        [4, 4],
      ],
      controls: 'Improvement investment protected in the medium-term financial plan; monthly budget monitoring.',
      mitigations: [['Cabinet decision to protect the improvement investment', 'Chief Executive', -50, true]],
      reviewDue: 35,
      status: 'OPEN',
    },
    {
      ref: 'R-06',
      title: 'Performance data incomplete or late',
      description: 'Performance information reaches the Board late or incomplete, limiting the assurance it can take.',
      cause: 'Move to a new case management system; manual data collection from partners.',
      consequence: 'The Board cannot evidence impact.',
      category: 'Data',
      owner: 'hoPerf',
      scores: [4, 3, 2, 3, 1, 3],
      history: [
        [4, 3],
        [3, 3],
        [2, 3],
        [2, 3],
      ],
      controls: 'Single scorecard; data validated at month end; evidence template for sign-off.',
      mitigations: [['Automated scorecard from the new system', 'Head of Performance and Intelligence', -30, true]],
      reviewDue: 40,
      status: 'MONITORING',
    },
    {
      ref: 'R-07',
      title: 'Insufficient local placements for children in care',
      description: 'Too few local foster and residential placements, so children are placed far from Northbridge.',
      cause: 'Loss of in-house foster carers; limited local residential provision.',
      consequence: 'Children placed away from family, school and health services; high costs.',
      category: 'Practice quality',
      owner: 'dcs',
      scores: [4, 4, 4, 4, 3, 3],
      history: [
        [4, 4],
        [4, 4],
        [4, 4],
      ],
      controls: 'Sufficiency strategy; foster carer recruitment campaign; joint commissioning with the Integrated Care Board.',
      mitigations: [
        ['Placement sufficiency action plan with the ICB', "Director of Children's Services", 15, false],
        ['Foster carer recruitment campaign', 'Head of Fostering', 60, false],
      ],
      reviewDue: 10,
      status: 'OPEN',
    },
    {
      ref: 'R-08',
      title: 'Case management system upgrade disrupts recording',
      description: 'The upgrade of the case management system disrupts recording and reporting.',
      cause: 'System migration.',
      consequence: 'Gaps in case records and performance data.',
      category: 'Data',
      owner: 'hoPerf',
      scores: [3, 4, 2, 3, 1, 2],
      history: [
        [3, 4],
        [2, 3],
        [1, 2],
      ],
      controls: 'Migration completed and reconciled.',
      mitigations: [['Data reconciliation after migration', 'Head of Performance and Intelligence', -100, true]],
      reviewDue: 60,
      status: 'CLOSED',
    },
    {
      ref: 'R-09',
      title: 'Health assessments for children in care are late',
      description: 'Initial and review health assessments for children in care are not completed within timescale.',
      cause: 'Paediatric and nursing capacity.',
      consequence: "Children's health needs are unmet or identified late.",
      category: 'Partnership',
      owner: 'icb',
      scores: [4, 3, 3, 3, 2, 2],
      history: [
        [4, 3],
        [4, 3],
        [3, 3],
      ],
      controls: 'Weekly tracking of health assessments; escalation to the ICB.',
      mitigations: [['Additional nurse sessions for initial health assessments', 'Designated Nurse for Safeguarding Children', -5, false]],
      reviewDue: -5,
      status: 'OPEN',
    },
    {
      ref: 'R-10',
      title: 'Ofsted monitoring visit finds insufficient progress',
      description: 'The next monitoring visit finds that progress against the priority actions is too slow.',
      cause: 'Actions behind plan; impact not yet evidenced.',
      consequence: 'Reputational damage; further intervention by the DfE.',
      category: 'Practice quality',
      owner: 'ceo',
      scores: [3, 5, 3, 4, 2, 4],
      history: [
        [3, 5],
        [3, 4],
        [3, 4],
      ],
      controls: 'Self-evaluation; monthly Board challenge; DfE adviser review.',
      mitigations: [['Self-evaluation updated before the visit', "Director of Children's Services", 14, false]],
      reviewDue: 21,
      status: 'OPEN',
    },
  ];
  const egRiskDefs: RiskDef[] = [
    {
      ref: 'R-01',
      title: 'Placement sufficiency',
      description:
        'Too few local placements for children in care; escalated to the Improvement Board because the response needs partner and Cabinet decisions.',
      cause: 'Loss of in-house foster carers.',
      consequence: 'Children placed far from home; budget pressure.',
      category: 'Practice quality',
      owner: 'dcs',
      scores: [4, 4, 4, 4, 3, 3],
      history: [
        [4, 4],
        [4, 4],
      ],
      controls: 'Held on the Improvement Board risk log (R-07).',
      mitigations: [['Escalated to the Improvement Board', "Director of Children's Services", null, true]],
      reviewDue: 28,
      status: 'ESCALATED',
    },
    {
      ref: 'R-02',
      title: 'Delays recruiting to the managed agency team',
      description: 'The managed agency team is not in place in time to relieve the teams with the highest caseloads.',
      cause: 'Contract negotiation with the provider.',
      consequence: 'Caseloads stay above 22 in two teams.',
      category: 'Workforce',
      owner: 'hosCsc',
      scores: [3, 4, 3, 3, 2, 3],
      history: [
        [3, 4],
        [3, 3],
      ],
      controls: 'Weekly contract meetings; interim overtime arrangements.',
      mitigations: [['Provider contract signed', "Head of Service, Children's Social Care", 7, false]],
      reviewDue: 14,
      status: 'OPEN',
    },
    {
      ref: 'R-03',
      title: 'Early help recorded on two systems',
      description: 'Early help work is recorded on a separate system, so step-up and step-down are not visible to social care.',
      cause: 'Legacy early help system.',
      consequence: 'Incomplete history for children stepping up to social care.',
      category: 'Data',
      owner: 'hoEarlyHelp',
      scores: [3, 3, 2, 3, 1, 3],
      history: [
        [3, 3],
        [2, 3],
      ],
      controls: 'Manual reconciliation weekly until migration.',
      mitigations: [['Migrate early help records', 'Head of Service, Early Help', 75, false]],
      reviewDue: 45,
      status: 'MONITORING',
    },
  ];
  const ibRiskIds = new Map<string, string>();
  const writeRisks = (boardId: string, defs: RiskDef[], seatOf: (key: string) => SeatRef, escalateTo?: string) => {
    for (const d of defs) {
      const id = uuid();
      if (boardId === ibId) ibRiskIds.set(d.ref, id);
      const [il, ii, cl, ci, tl, ti] = d.scores;
      rows.risk.push({
        id,
        councilId,
        boardId,
        reference: d.ref,
        title: d.title,
        description: d.description,
        cause: d.cause,
        consequence: d.consequence,
        category: d.category,
        ownerSeatId: seatOf(d.owner).id,
        ownerName: seatOf(d.owner).position,
        inherentLikelihood: il,
        inherentImpact: ii,
        currentLikelihood: cl,
        currentImpact: ci,
        targetLikelihood: tl,
        targetImpact: ti,
        controls: d.controls,
        reviewDueOn: dbDate(addCalendarDays(today, d.reviewDue)),
        status: d.status,
        escalatedToRiskId: d.status === 'ESCALATED' && escalateTo ? escalateTo : null,
        createdAt: boardId === ibId ? at(provisionalOn, 12) : at(addCalendarDays(provisionalOn, 30), 12),
      });
      for (const [description, ownerName, due, done] of d.mitigations) {
        rows.riskMitigation.push({
          id: uuid(),
          councilId,
          riskId: id,
          description,
          ownerName,
          dueOn: due === null ? null : dbDate(addCalendarDays(today, due)),
          done,
        });
      }
      // reviews roughly every six weeks, the latest just before the next review fell due
      const lastReview = addCalendarDays(today, d.reviewDue - 42);
      d.history.forEach(([likelihood, impact], i) => {
        const reviewedOn = addCalendarDays(lastReview, -42 * (d.history.length - 1 - i));
        const isLast = i === d.history.length - 1;
        rows.riskReview.push({
          id: uuid(),
          councilId,
          riskId: id,
          reviewedOn: dbDate(reviewedOn <= today ? reviewedOn : today),
          likelihood: isLast ? cl : likelihood,
          impact: isLast ? ci : impact,
          note: isLast
            ? d.status === 'CLOSED'
              ? 'Risk closed: the cause has been removed.'
              : 'Reviewed with the owner; controls confirmed and score updated.'
            : i === 0
              ? 'Risk added to the log.'
              : 'Reviewed: mitigations progressing.',
          reviewedById: d.owner === 'dcs' ? p('dcs') : p('admin'),
          createdAt: notAfter(at(reviewedOn <= today ? reviewedOn : today, 15), now),
        });
      });
    }
  };
  writeRisks(ibId, ibRiskDefs, seat);
  writeRisks(egId, egRiskDefs, egSeat, must(ibRiskIds.get('R-07'), 'R-07'));

  // ---------- Executive Group action log ----------
  const egActionDefs: { text: string; owner: string; from: number; due: number; status: ActionStatus }[] = [
    { text: 'Draft revised dates, with reasons, for the red plan actions for the Board to agree.', owner: 'dcs', from: 0, due: 10, status: 'CLOSED' },
    { text: 'Deploy the managed agency team to the two teams with caseloads above 22.', owner: 'hosCsc', from: 0, due: 35, status: 'IN_PROGRESS' },
    { text: 'Agree the migration plan for early help records.', owner: 'hoEarlyHelp', from: 1, due: 21, status: 'OPEN' },
  ];
  egActionDefs.forEach((d, i) => {
    const source = must(eg.past[d.from], 'eg past');
    const signing = d.status === 'CLOSED' ? eg.past[d.from + 1] : undefined;
    rows.action.push({
      id: uuid(),
      councilId,
      boardId: egId,
      reference: `EG-${source.day.slice(0, 4)}-${String(i + 1).padStart(3, '0')}`,
      description: d.text,
      ownerSeatId: egSeat(d.owner).id,
      ownerAgency: COUNCIL,
      sourceMeetingId: must(egBuilt[d.from], 'eg built').id,
      dueOn: dbDate(addCalendarDays(source.day, d.due)),
      status: d.status,
      signedOffAtMeetingId: signing ? must(egBuilt[d.from + 1], 'eg built').id : null,
      signedOffById: signing ? p('dcs') : null,
      signedOffAt: signing ? notAfter(addHours(signing.startsAt, 1), now) : null,
      createdAt: notAfter(source.endsAt, now),
    });
  });

  // ---------- forward plan ----------
  const fp = (
    meeting: number | null,
    kind: 'DEEP_DIVE' | 'REPORT' | 'INSPECTION_MILESTONE' | 'OTHER',
    title: string,
    presenter: string | null,
    agendaPrefix?: string,
  ) => {
    const m = meeting === null ? null : BU(meeting);
    rows.forwardPlanItem.push({
      id: uuid(),
      councilId,
      boardId: ibId,
      meetingId: m ? m.id : null,
      kind,
      title,
      presenter,
      agendaItemId: m && agendaPrefix ? agendaItemByTitle(m, agendaPrefix) : null,
      createdAt: notAfter(addDays(P(5).endsAt, 1), now),
    });
  };
  fp(0, 'REPORT', 'Quality assurance: audit of return home interviews', 'Principal Social Worker', 'Quality assurance');
  fp(0, 'REPORT', 'Improvement plan: PM1.2, QA2.2 and FL3.2 proposed for sign-off', "Director of Children's Services", 'Improvement plan');
  fp(1, 'REPORT', 'Terms of reference: six-monthly review (draft version 3.1)', 'Independent Chair', 'Terms of reference');
  fp(1, 'REPORT', 'Independent review of threshold application: findings', "Director of Children's Services", 'Front door');
  fp(3, 'REPORT', "DfE adviser's progress review", "DfE Children's Services Adviser", 'DfE');
  fp(2, 'DEEP_DIVE', 'Deep dive: early help and the front door', 'Head of Service, Early Help', 'Deep dive');
  fp(2, 'INSPECTION_MILESTONE', 'Ofsted monitoring visit window opens', null);
  fp(3, 'REPORT', 'Ofsted monitoring visit: feedback and response', "Director of Children's Services");
  fp(3, 'REPORT', 'Annual report of the Safeguarding Partnership Independent Scrutineer', 'Independent Scrutineer');
  fp(null, 'DEEP_DIVE', 'Deep dive: exploitation and children missing from home', "Head of Service, Children's Social Care");
  fp(null, 'OTHER', 'Review of the meeting schedule (every six months)', 'Board administrator');

  // ---------- agenda links: what the next meeting will consider ----------
  const next = BU(0);
  const signOffAgenda = agendaItemByTitle(next, 'Improvement plan');
  for (const ref of ['PM1.2', 'QA2.2', 'FL3.2']) {
    rows.agendaItemLink.push({ id: uuid(), councilId, agendaItemId: signOffAgenda, planActionId: PA(ref) });
  }
  const actionLogAgenda = agendaItemByTitle(next, 'Action log');
  for (const i of [9, 10, 14, 17, 20]) rows.agendaItemLink.push({ id: uuid(), councilId, agendaItemId: actionLogAgenda, actionId: A(i) });
  const riskAgenda = agendaItemByTitle(next, 'Risk log');
  for (const ref of ['R-02', 'R-09']) {
    rows.agendaItemLink.push({ id: uuid(), councilId, agendaItemId: riskAgenda, riskId: must(ibRiskIds.get(ref), ref) });
  }

  return rows;
}
