// Over 300 lines on purpose: the second demo council's story, kept whole like Northbridge's.
// Eastmoor Borough Council: a Children's Trust that works through themed deep dives and
// an annual stakeholder event, with a small planning group that agrees the themes
// (modelled on seeds/003). Fictional council, made-up names.
import type { ActionStatus, RiskStatus, TermsSectionKind } from '../../lib/db/generated/prisma/client';
import { DEMO_ACCOUNTS, DEMO_SLUGS } from './demo-credentials';
import { addCalendarDays, addCalendarMonths, addDays, addHours, at, dbDate, londonDay, notAfter, slotInMonth, type Slot } from './dates';
import { addMeeting, standingItems, type ItemSpec, type MeetingContext, type SeatRef } from './meetings';
import type { People, PersonSpec } from './people';
import { emptyRows, type Rows } from './rows';
import { must, seededRandom, sectionsText, sha256, uuid } from './util';

export const EASTMOOR = { slug: DEMO_SLUGS.eastmoor, name: 'Eastmoor Borough Council' } as const;

export const eastmoorPeople: PersonSpec[] = [
  { key: 'trustAdmin', name: 'Morgan Reid', email: DEMO_ACCOUNTS.trustAdministrator },
  // Northbridge's Independent Chair also observes Eastmoor's Trust, so the demo shows a
  // person in two councils (as Plymouth's chair works for another council, 001).
  { key: 'visitingChair', name: 'Jordan Ellis', email: DEMO_ACCOUNTS.chair },
  { key: 'trustChair', name: 'Cllr Fiona Shaw' },
  { key: 'icbPlace', name: 'Dr Imran Siddiqui' },
  { key: 'dcs', name: 'Claire Donovan' },
  { key: 'police', name: 'Ch Insp Paul Reeve' },
  { key: 'head', name: 'Janet Ormerod' },
  { key: 'cvs', name: 'Yusuf Ali' },
  { key: 'commissioning', name: 'Beth Carter' },
  { key: 'subIcb', name: 'Joanne Pike (Associate Director of Nursing, Children)' },
  { key: 'subDcs', name: 'Rob Sinclair (Assistant Director, Early Help and Prevention)' },
  { key: 'subPolice', name: 'Insp Hayley Ward (Inspector, Safeguarding Hub)' },
  { key: 'subHead', name: 'Chris Naylor (Head Teacher, Moorside Academy)' },
  { key: 'subCvs', name: 'Amina Begum (Children and Families Lead, Eastmoor CVS)' },
];

const COUNCIL = 'Eastmoor Borough Council';
const VENUE = 'Eastmoor Civic Centre, Council Chamber';
const EVENT_VENUE = 'Eastmoor Civic Centre, Main Hall';

const TERMS: { kind: TermsSectionKind; heading: string; body: string }[] = [
  {
    kind: 'PURPOSE',
    heading: 'Purpose',
    body: "Eastmoor Children's Trust is a multi-agency network of leaders who work together so that the development and delivery of services for children, young people and families across Eastmoor leads to measurable improvements in outcomes. The Trust acts as a champion for the voice of children, young people and families, and as a critical friend on their behalf.",
  },
  {
    kind: 'FUNCTIONS',
    heading: 'Role and functions',
    body: "1. Scrutinise and challenge the progress and impact of partners' actions under the Children, Young People and Families Strategy.\n2. Hold partners to account, in a transparent and visible forum, for the pace of change and the impact of joint commissioning.\n3. Take a deep-dive approach, reviewing in detail a theme central to the strategy, supported by performance reports and analysis.\n4. Champion the voice of children, young people and families in all its work.",
  },
  {
    kind: 'MEMBERSHIP',
    heading: 'Membership',
    body: "The Cabinet Member for Children, Young People and Families (Chair); the Place Director, NHS Eastmoor Integrated Care Board (Vice-Chair); the Director of Children's Services; the Chief Inspector for Eastmoor, Eastmoor Police; a head teacher representative; and the Chief Executive of Eastmoor Council for Voluntary Service. Officers attend to present deep-dive reports.",
  },
  {
    kind: 'FREQUENCY',
    heading: 'Cycle and focus of meetings',
    body: 'The Trust holds a themed deep dive in the autumn and another in January or February, and an annual stakeholder event in June. The themes are agreed with the Chair, supported by a small planning group that meets every two months to review and agree the agenda.',
  },
  {
    kind: 'REPORTING',
    heading: 'Governance',
    body: "The Trust reports to the Health and Wellbeing Board and shares its findings with the Eastmoor Safeguarding Children Partnership and the Council's Cabinet.",
  },
  {
    kind: 'ADMINISTRATION',
    heading: 'Administration',
    body: 'Eastmoor Borough Council provides administrative support. Agendas, papers and minutes are published on the council website at least one week before each meeting. Papers are circulated to members at least five working days before each meeting.',
  },
  {
    kind: 'QUORUM',
    heading: 'Quorum',
    body: 'There is no quorum. The Chair decides whether enough members are present to conduct the business of the meeting.',
  },
  {
    kind: 'REVIEW',
    heading: 'Review',
    body: "The Trust's terms of reference are reviewed annually. Changes are agreed by the Trust and approved by the Chair.",
  },
];

export function buildEastmoor(councilId: string, people: People, now: Date): Rows {
  const rows = emptyRows();
  const p = (key: string) => people.id(key);
  const today = londonDay(now);
  const setUpOn = addCalendarMonths(today, -20);
  const rng = seededRandom(20_160_516);

  // ---------- boards ----------
  const trustId = uuid();
  const planningId = uuid();
  rows.board.push(
    {
      id: trustId,
      councilId,
      slug: 'childrens-trust',
      name: "Eastmoor Children's Trust",
      kind: 'CHILDRENS_TRUST',
      status: 'ESTABLISHED',
      isPublic: true,
      defaultVenue: VENUE,
      actionReferencePrefix: 'CT',
      termsReviewMonths: 12,
      createdAt: at(setUpOn, 9),
    },
    {
      id: planningId,
      councilId,
      slug: 'planning-group',
      name: "Children's Trust Planning Group",
      kind: 'PLANNING_GROUP',
      status: 'ESTABLISHED',
      parentBoardId: trustId,
      isPublic: false,
      defaultVenue: 'Eastmoor Civic Centre, Room 12',
      actionReferencePrefix: 'PG',
      createdAt: at(setUpOn, 10),
    },
  );
  rows.boardStatusChange.push(
    {
      id: uuid(),
      councilId,
      boardId: trustId,
      status: 'ESTABLISHED',
      effectiveOn: dbDate(setUpOn),
      decision:
        "The Children's Trust Board approved and adopted revised terms of reference, including the change of name to Eastmoor Children's Trust and the deep-dive cycle.",
      recordedById: p('trustAdmin'),
      createdAt: at(setUpOn, 17),
    },
    {
      id: uuid(),
      councilId,
      boardId: planningId,
      status: 'ESTABLISHED',
      effectiveOn: dbDate(setUpOn),
      decision: 'The Trust agreed that a small planning group be established to agree the deep-dive themes with the Chair.',
      recordedById: p('trustAdmin'),
      createdAt: at(setUpOn, 17),
    },
  );
  rows.boardReportingLine.push(
    { id: uuid(), councilId, boardId: trustId, body: 'OTHER', name: 'Health and Wellbeing Board', frequency: 'Annually' },
    {
      id: uuid(),
      councilId,
      boardId: trustId,
      body: 'SAFEGUARDING_PARTNERSHIP',
      name: 'Eastmoor Safeguarding Children Partnership',
      frequency: 'After each deep dive',
    },
    { id: uuid(), councilId, boardId: trustId, body: 'CABINET', name: 'Cabinet', frequency: 'Annually' },
    { id: uuid(), councilId, boardId: planningId, body: 'PARENT_BOARD', name: "Eastmoor Children's Trust", frequency: 'Every two months' },
  );
  rows.councilMembership.push(
    { id: uuid(), councilId, personId: p('trustAdmin'), role: 'ADMIN', createdAt: at(setUpOn, 9) },
    { id: uuid(), councilId, personId: p('visitingChair'), role: 'MEMBER', createdAt: at(setUpOn, 9) },
  );
  rows.boardAccess.push(
    { id: uuid(), councilId, boardId: trustId, personId: p('visitingChair'), role: 'OBSERVER' },
    { id: uuid(), councilId, boardId: trustId, personId: p('trustAdmin'), role: 'ADMINISTRATOR' },
    { id: uuid(), councilId, boardId: planningId, personId: p('trustAdmin'), role: 'ADMINISTRATOR' },
  );

  // ---------- seats ----------
  const defs: { key: string; sub: string | null; role: 'CHAIR' | 'VICE_CHAIR' | 'MEMBER' | 'ATTENDEE'; agency: string; position: string }[] = [
    { key: 'trustChair', sub: null, role: 'CHAIR', agency: COUNCIL, position: 'Cabinet Member for Children, Young People and Families' },
    { key: 'icbPlace', sub: 'subIcb', role: 'VICE_CHAIR', agency: 'NHS Eastmoor Integrated Care Board', position: 'Place Director' },
    { key: 'dcs', sub: 'subDcs', role: 'MEMBER', agency: COUNCIL, position: "Director of Children's Services" },
    { key: 'police', sub: 'subPolice', role: 'MEMBER', agency: 'Eastmoor Police', position: 'Chief Inspector for Eastmoor' },
    { key: 'head', sub: 'subHead', role: 'MEMBER', agency: 'Eastmoor schools', position: 'Head teacher representative' },
    { key: 'cvs', sub: 'subCvs', role: 'MEMBER', agency: 'Eastmoor Council for Voluntary Service', position: 'Chief Executive' },
    { key: 'commissioning', sub: null, role: 'ATTENDEE', agency: COUNCIL, position: "Head of Children's Commissioning" },
  ];
  const seats: SeatRef[] = defs.map((d) => {
    const s: SeatRef = {
      id: uuid(),
      key: d.key,
      personId: p(d.key),
      substituteId: d.sub ? p(d.sub) : null,
      role: d.role,
      startsOn: setUpOn,
      position: d.position,
    };
    rows.seat.push({
      id: s.id,
      councilId,
      boardId: trustId,
      personId: s.personId,
      role: d.role,
      agency: d.agency,
      position: d.position,
      startsOn: dbDate(setUpOn),
      substitutePersonId: s.substituteId,
      createdAt: at(setUpOn, 10),
    });
    return s;
  });
  const seat = (key: string) =>
    must(
      seats.find((s) => s.key === key),
      `seat ${key}`,
    );
  for (const key of ['trustChair', 'dcs', 'commissioning']) {
    const s = seat(key);
    rows.seat.push({
      id: uuid(),
      councilId,
      boardId: planningId,
      personId: s.personId,
      role: key === 'trustChair' ? 'CHAIR' : 'MEMBER',
      agency: COUNCIL,
      position: s.position,
      startsOn: dbDate(setUpOn),
      createdAt: at(setUpOn, 10),
    });
  }

  // ---------- terms ----------
  const termsApprovedAt = at(addCalendarDays(setUpOn, 3), 12);
  rows.termsVersion.push({
    id: uuid(),
    councilId,
    boardId: trustId,
    major: 1,
    minor: 0,
    status: 'APPROVED',
    title: "Eastmoor Children's Trust: Terms of Reference",
    approvedById: p('trustChair'),
    approvedAt: termsApprovedAt,
    approvedHash: sha256(sectionsText(TERMS)),
    createdAt: addDays(termsApprovedAt, -10),
  });
  const termsId = must(rows.termsVersion[0]?.id, 'terms id');
  TERMS.forEach((s, i) =>
    rows.termsSection.push({ id: uuid(), councilId, termsVersionId: termsId, kind: s.kind, heading: s.heading, body: s.body, position: i + 1 }),
  );

  // ---------- meetings: four deep dives and the annual stakeholder event ----------
  const deepDiveRule = { weekday: 4, nth: 2, start: [14, 0] as [number, number], end: [16, 0] as [number, number] };
  const plan: { months: number; kind: 'DEEP_DIVE' | 'STAKEHOLDER_EVENT'; theme: string; lead: string }[] = [
    { months: -13, kind: 'DEEP_DIVE', theme: 'Early help', lead: 'Assistant Director, Early Help and Prevention' },
    { months: -9, kind: 'DEEP_DIVE', theme: 'Children missing education', lead: 'Head of Inclusion' },
    { months: -5, kind: 'STAKEHOLDER_EVENT', theme: 'Annual stakeholder event', lead: 'Chair' },
    { months: -1, kind: 'DEEP_DIVE', theme: 'Emotional health and wellbeing', lead: 'Place Director, NHS Eastmoor Integrated Care Board' },
    { months: 3, kind: 'DEEP_DIVE', theme: 'Preparing for adulthood', lead: 'Head of Service, Children with Disabilities' },
  ];
  const slots: Slot[] = plan.map((m) =>
    m.kind === 'STAKEHOLDER_EVENT'
      ? slotInMonth(now, m.months, { weekday: 4, nth: 3, start: [9, 30], end: [13, 0] })
      : slotInMonth(now, m.months, deepDiveRule),
  );
  const ids = plan.map(() => uuid());
  const S = standingItems({ chair: 'Chair', actionLogPresenter: "Children's Trust administrator", riskPresenter: "Director of Children's Services" });
  const ctx: MeetingContext = {
    councilId,
    now,
    adminId: p('trustAdmin'),
    chairId: p('trustChair'),
    chairTitle: 'Chair',
    seats,
    names: people.names,
    rng,
  };
  const slug = (theme: string) => theme.toLowerCase().replace(/[^a-z]+/g, '-');
  const built = plan.map((m, i) => {
    const slot = must(slots[i], 'slot');
    const held = slot.startsAt.getTime() < now.getTime();
    const items: ItemSpec[] =
      m.kind === 'STAKEHOLDER_EVENT'
        ? [
            { title: 'Welcome from the Chair', presenter: 'Chair', purpose: 'INFORMATION', duration: 10, standing: 'APOLOGIES' },
            {
              title: "Children's Trust annual report",
              presenter: "Director of Children's Services",
              purpose: 'INFORMATION',
              duration: 30,
              paper: { title: "Eastmoor Children's Trust annual report", slug: 'annual-report', marking: 'PUBLIC' },
              minutes: held
                ? "The Director presented the annual report, including the findings of the year's deep dives and the progress of the joint commissioning plan."
                : undefined,
            },
            {
              title: 'Workshops: priorities for the year ahead',
              presenter: "Head of Children's Commissioning",
              purpose: 'DECISION',
              duration: 90,
              minutes: held
                ? "More than 120 people from partner agencies, schools, the voluntary sector and young people's groups took part in workshops. The priorities most often chosen were emotional health and wellbeing, and preparing for adulthood, which the planning group will take forward as deep-dive themes."
                : undefined,
              decisions: held
                ? [
                    {
                      kind: 'DECISION',
                      text: 'The Trust agreed emotional health and wellbeing and preparing for adulthood as the themes for its next two deep dives.',
                    },
                  ]
                : undefined,
            },
            {
              title: "Young people's feedback and close",
              presenter: 'Eastmoor Youth Council',
              purpose: 'INFORMATION',
              duration: 20,
              minutes: held ? "Members of the Youth Council summarised what they had heard and asked partners to report back at next year's event." : undefined,
            },
          ]
        : [
            S.apologies,
            S.minutes,
            S.actions,
            {
              title: `Deep dive: ${m.theme.toLowerCase()}`,
              presenter: m.lead,
              purpose: 'ASSURANCE',
              duration: 45,
              paper: { title: `Deep dive: ${m.theme.toLowerCase()}`, slug: `deep-dive-${slug(m.theme)}`, marking: 'PUBLIC' },
              minutes: held
                ? `Partners presented how children and families experience ${m.theme.toLowerCase()} services in Eastmoor, what is working and where the gaps are. Members challenged the pace of joint commissioning and asked each agency to commit to one action for the Trust to track.`
                : undefined,
              decisions: held
                ? [
                    {
                      kind: 'RECOMMENDATION',
                      text: `The Trust recommends that the Director of Children's Services, with partners, brings a joint commissioning proposal on ${m.theme.toLowerCase()} to the Health and Wellbeing Board.`,
                      decisionMaker: "Director of Children's Services",
                    },
                  ]
                : undefined,
            },
            {
              title: `Performance analysis: ${m.theme.toLowerCase()}`,
              presenter: 'Head of Performance',
              purpose: 'ASSURANCE',
              duration: 20,
              paper: { title: `Performance analysis: ${m.theme.toLowerCase()}`, slug: `performance-${slug(m.theme)}`, marking: 'PUBLIC' },
              minutes: held
                ? 'The analysis compared Eastmoor with similar areas. Members asked for the trends to be broken down by locality for the next report.'
                : undefined,
            },
            {
              title: 'Voice of children and young people',
              presenter: 'Participation Officer',
              purpose: 'INFORMATION',
              duration: 15,
              minutes: held
                ? 'Young people shared their views on the theme through a short film. Members agreed to respond to each of the points raised.'
                : undefined,
            },
            S.risks,
            S.forward,
          ];
    // minutes are confirmed at the next deep dive that has been held
    const confirmingIndex = plan.findIndex((later, k) => k > i && later.kind === 'DEEP_DIVE' && must(slots[k], 'slot').startsAt.getTime() < now.getTime());
    const confirmedAt = confirmingIndex >= 0 ? ids[confirmingIndex] : undefined;
    return addMeeting(rows, ctx, {
      id: must(ids[i], 'id'),
      boardId: trustId,
      kind: m.kind,
      theme: m.kind === 'DEEP_DIVE' ? m.theme : undefined,
      title: m.kind === 'DEEP_DIVE' ? `Children's Trust deep dive: ${m.theme}` : "Children's Trust annual stakeholder event",
      slot,
      venue: m.kind === 'STAKEHOLDER_EVENT' ? EVENT_VENUE : VENUE,
      virtualLink: m.kind === 'DEEP_DIVE' ? 'https://meet.example/eastmoor-childrens-trust' : undefined,
      status: held ? 'HELD' : 'SCHEDULED',
      items,
      papers: held ? 'circulated' : 'none',
      attendance: held ? 'held' : 'none',
      minutes: !held ? { status: 'NONE' } : confirmedAt ? { status: 'CONFIRMED', confirmedAtMeetingId: confirmedAt } : { status: 'DISTRIBUTED' },
      previousDay: i > 0 ? must(slots[i - 1], 'slot').day : undefined,
    });
  });

  // ---------- actions ----------
  const actionDefs: { from: number; text: string; owner: string; due: number; status: ActionStatus; closedAt?: number }[] = [
    { from: 0, text: 'Map the early help offer by locality and publish it for families.', owner: 'dcs', due: 60, status: 'CLOSED', closedAt: 1 },
    {
      from: 1,
      text: 'Agree a shared protocol with schools for children missing education, including notifications within five days.',
      owner: 'head',
      due: 90,
      status: 'CLOSED',
      closedAt: 3,
    },
    { from: 1, text: 'Report the number of children electively home educated who are known to social care.', owner: 'dcs', due: 120, status: 'DROPPED' },
    {
      from: 3,
      text: 'Bring a joint commissioning proposal for emotional health and wellbeing support in schools.',
      owner: 'icbPlace',
      due: 70,
      status: 'IN_PROGRESS',
    },
    { from: 3, text: "Involve the voluntary sector's youth providers in the design of the wellbeing offer.", owner: 'cvs', due: 40, status: 'OPEN' },
    {
      from: 3,
      text: 'Share the wellbeing performance analysis with the Safeguarding Children Partnership.',
      owner: 'commissioning',
      due: 14,
      status: 'AWAITING_SIGN_OFF',
    },
  ];
  const seq = new Map<string, number>();
  actionDefs.forEach((d) => {
    const source = must(slots[d.from], 'slot');
    const year = source.day.slice(0, 4);
    const n = (seq.get(year) ?? 0) + 1;
    seq.set(year, n);
    const closing = d.closedAt === undefined ? undefined : must(slots[d.closedAt], 'slot');
    const id = uuid();
    rows.action.push({
      id,
      councilId,
      boardId: trustId,
      reference: `CT-${year}-${String(n).padStart(3, '0')}`,
      description: d.text,
      ownerSeatId: seat(d.owner).id,
      ownerAgency: defs.find((x) => x.key === d.owner)?.agency ?? COUNCIL,
      sourceMeetingId: must(built[d.from], 'meeting').id,
      dueOn: dbDate(addCalendarDays(source.day, d.due)),
      status: d.status,
      droppedReason: d.status === 'DROPPED' ? 'The Trust agreed this belongs to the Safeguarding Children Partnership, which now reports it.' : null,
      signedOffAtMeetingId: d.closedAt === undefined ? null : must(built[d.closedAt], 'meeting').id,
      signedOffById: closing ? p('trustChair') : null,
      signedOffAt: closing ? notAfter(addHours(closing.startsAt, 1), now) : null,
      createdAt: notAfter(source.endsAt, now),
    });
    if (d.status === 'IN_PROGRESS') {
      rows.actionUpdate.push({
        id: uuid(),
        councilId,
        actionId: id,
        body: 'A draft proposal is with the Integrated Care Board and the council commissioners.',
        statusAfter: 'IN_PROGRESS',
        authorId: p('trustAdmin'),
        createdAt: notAfter(addDays(source.endsAt, 21), now),
      });
    }
  });

  // ---------- risks ----------
  const riskDefs: { ref: string; title: string; category: string; owner: string; scores: number[]; review: number; status: RiskStatus; controls: string }[] = [
    {
      ref: 'R-01',
      title: 'Partners withdraw from joint commissioning because of budget pressures',
      category: 'Finance',
      owner: 'dcs',
      scores: [4, 4, 3, 4, 2, 3],
      review: 30,
      status: 'OPEN',
      controls: 'Joint commissioning plan agreed by the Health and Wellbeing Board; quarterly budget review.',
    },
    {
      ref: 'R-02',
      title: "Waiting times for children's emotional health services continue to rise",
      category: 'Demand',
      owner: 'icbPlace',
      scores: [4, 4, 4, 3, 2, 3],
      review: -8,
      status: 'OPEN',
      controls: 'Mental health support teams in schools; single point of access.',
    },
    {
      ref: 'R-03',
      title: "Voice of young people not heard in the Trust's decisions",
      category: 'Partnership',
      owner: 'cvs',
      scores: [3, 3, 2, 3, 1, 2],
      review: 60,
      status: 'MONITORING',
      controls: 'Youth Council attends each deep dive; annual stakeholder event.',
    },
  ];
  for (const d of riskDefs) {
    const id = uuid();
    const [il, ii, cl, ci, tl, ti] = d.scores as [number, number, number, number, number, number];
    rows.risk.push({
      id,
      councilId,
      boardId: trustId,
      reference: d.ref,
      title: d.title,
      description: d.title,
      category: d.category,
      ownerSeatId: seat(d.owner).id,
      ownerName: seat(d.owner).position,
      inherentLikelihood: il,
      inherentImpact: ii,
      currentLikelihood: cl,
      currentImpact: ci,
      targetLikelihood: tl,
      targetImpact: ti,
      controls: d.controls,
      reviewDueOn: dbDate(addCalendarDays(today, d.review)),
      status: d.status,
      createdAt: at(addCalendarDays(setUpOn, 30), 12),
    });
    [0, 1, 2].forEach((k) => {
      const reviewedOn = addCalendarDays(today, d.review - 90 * (3 - k));
      rows.riskReview.push({
        id: uuid(),
        councilId,
        riskId: id,
        reviewedOn: dbDate(reviewedOn < today ? reviewedOn : today),
        likelihood: k === 2 ? cl : il,
        impact: k === 2 ? ci : Math.max(ii - k, ci),
        note: k === 0 ? 'Risk added to the log.' : 'Reviewed at the planning group.',
        reviewedById: p('trustAdmin'),
        createdAt: notAfter(at(reviewedOn < today ? reviewedOn : today, 15), now),
      });
    });
    rows.riskMitigation.push({ id: uuid(), councilId, riskId: id, description: d.controls, ownerName: seat(d.owner).position, done: false });
  }

  // ---------- forward plan ----------
  const upcomingIndex = plan.findIndex((_, i) => must(slots[i], 'slot').startsAt.getTime() > now.getTime());
  const upcoming = upcomingIndex >= 0 ? built[upcomingIndex] : undefined;
  rows.forwardPlanItem.push(
    {
      id: uuid(),
      councilId,
      boardId: trustId,
      meetingId: upcoming?.id ?? null,
      kind: 'DEEP_DIVE',
      title: 'Deep dive: preparing for adulthood',
      presenter: 'Head of Service, Children with Disabilities',
      agendaItemId: upcoming ? (upcoming.agendaItemIds[upcoming.itemTitles.findIndex((t) => t.startsWith('Deep dive'))] ?? null) : null,
    },
    { id: uuid(), councilId, boardId: trustId, kind: 'OTHER', title: 'Annual stakeholder event (June)', presenter: 'Chair' },
    { id: uuid(), councilId, boardId: trustId, kind: 'OTHER', title: 'Autumn deep-dive theme to be agreed by the planning group', presenter: 'Planning group' },
  );

  return rows;
}
