// Northbridge Improvement Board terms of reference, modelled on a real council's
// "Version 3" terms (Plymouth, seeds/001) with a fictional council and role titles.
import type { TermsSectionKind } from '../../lib/db/generated/prisma/client';

export type SectionText = { kind: TermsSectionKind; heading: string; body: string };

const PURPOSE = `The Northbridge Children's Services Improvement Board will ensure effective leadership and oversight of the Children's Services Improvement Plan, so that all the requirements set out in the Ofsted inspection of local authority children's services are met in full.

The Board will provide system leadership for working together, bring challenge and rigour to the improvement process, and hold a collective responsibility for collaboration to achieve and sustain continuous improvement, with a focus on core standards, performance, quality, impact and the effectiveness of improvement activity.`;

const FUNCTIONS = `Board members' roles and responsibilities are to:

1. Endorse the Children's Services Improvement Plan, which provides the focus for the Board's work.
2. Note that any formal decisions arising from the Board will follow Northbridge City Council's governance processes; the Board is not a decision-making body and makes recommendations to Cabinet or to the responsible officer.
3. Ensure that the priority actions, immediate actions and areas for improvement in the Ofsted inspection report, and matters arising from any monitoring visit, are adequately addressed within the improvement plan, keeping a strong focus on children's lived experience and on evidence of impact on outcomes for children and young people in Northbridge.
4. Ensure that all actions within the improvement plan are completed, and that revised dates are highlighted and agreed by the Board.
5. Receive proposals for addressing the key performance issues identified by Ofsted and monitor progress, including through regular performance management information.
6. Receive feedback on the improvement programme from the Northbridge Safeguarding Children Partnership and its sub-groups, so that there are strong links with the wider work of the partnership.
7. Advise on the implementation of the improvement plan, addressing issues that may affect its progress, such as resourcing.
8. Provide support, influence and challenge to senior officers, elected members and partners, so that all partners work together to improve children's services.
9. Promote an open culture of learning and listening, and help create the conditions in which good social work can flourish.
10. Receive assurance from the quality assurance framework that practitioners and partners are engaged in addressing the issues identified in the improvement plan.
11. Agree the Board's forward plan.
12. Support the Chief Executive in agreeing the key issues to be reported formally to Cabinet, including the outcome of Ofsted monitoring visits.
13. Maintain a risk log, and ensure that other relevant boards, including the Improvement Executive Group, maintain appropriate risk logs.

Role of attendees: senior officers of the Council and wider stakeholder representatives may be invited to attend so that they can report on progress. Attendees are not members of the Board.`;

const MEMBERSHIP_V3 = `The Board's members are: the Independent Chair (a Sector-Led Improvement Partner from another council); the Leader of the Council (Vice-Chair); the Cabinet Member for Children's Services; the Leader of the Opposition; the Chief Executive; the Director of Children's Services; the Director of Public Health; the Superintendent and Head of Public Protection, Northbridge Police; the Chief Nursing Officer, NHS Northbridge Integrated Care Board; a primary and a secondary head teacher representative; the DfE Children's Services Adviser; and the Independent Scrutineer of the Northbridge Safeguarding Children Partnership.

Attendees: the Head of Service for Children's Social Care, the Principal Social Worker and the Head of Performance and Intelligence, and other officers invited to present.

Roles shown as "to be appointed" are filled as soon as practicable. Any change to membership shall be agreed by the Board. The Board may agree, by consensus, any replacement or additional member who it believes will help it achieve its aims.`;

const MEMBERSHIP_V2 = MEMBERSHIP_V3.replace(
  "; the DfE Children's Services Adviser; and the Independent Scrutineer of the Northbridge Safeguarding Children Partnership.",
  "; and the DfE Children's Services Adviser.",
);

const MEMBERSHIP_V1 = MEMBERSHIP_V3.replace(
  "; the DfE Children's Services Adviser; and the Independent Scrutineer of the Northbridge Safeguarding Children Partnership.",
  '; and a head teacher representative.',
).replace('; a primary and a secondary head teacher representative', '');

const FREQUENCY_V2 = `The Board will meet monthly, on the first Tuesday of the month from 10:00 to 12:00, and a schedule of meetings will be agreed. The schedule will be reviewed after six months.

Meetings will normally take place at the Council House, Committee Room 2. Virtual attendance will be enabled.`;

const FREQUENCY_V1 = `The Board will meet every four weeks while it is established, and a schedule of meetings will be agreed. The schedule will be reviewed after three months.

Meetings will normally take place at the Council House. Virtual attendance will be enabled.`;

const FREQUENCY_DRAFT = `The Board will meet monthly, on the first Tuesday of the month from 10:00 to 12:00, and a schedule of meetings will be agreed. The schedule will be reviewed after six months.

One meeting in each quarter will be a themed deep dive, with the theme agreed through the forward plan at least two meetings in advance. Deep-dive meetings may run to 13:00.

Meetings will normally take place at the Council House, Committee Room 2. Virtual attendance will be enabled.`;

const REPORTING_V3 = `The Board will report to the Leader and Cabinet of the Council through the Chief Executive.

The Board will report progress to the Children and Young People Scrutiny Committee through the Chief Executive, and will share its work with the Northbridge Safeguarding Children Partnership.

The Independent Chair will report progress to the Department for Education, as agreed with the DfE.

The Improvement Executive Group supports the Board: it drives forward the actions the Board determines and reports to every Board meeting.`;

const REPORTING_V1 = REPORTING_V3.replace(
  `

The Improvement Executive Group supports the Board: it drives forward the actions the Board determines and reports to every Board meeting.`,
  '',
);

const ADMINISTRATION = (
  days: number,
) => `Northbridge City Council will be responsible for the administration and organisation of Board meetings. A dedicated administrator will support the Board.

The Council will prepare the agenda and papers in consultation with the Independent Chair. Papers will be distributed to Board members at least ${days === 5 ? 'five' : 'three'} working days before each meeting. Where a change to the date, time or venue of a meeting becomes necessary, it will be sent with that notice or as soon as practicable.

Each member of the Board shall nominate one named substitute, who is not a member of the Board, to attend on their behalf when they cannot attend. Details of the nominated substitute should be sent to the administrator. Where a member cannot attend, they shall tell the administrator at least two working days before the meeting whether their nominated substitute will attend.

Minutes of Board meetings will be taken by the administrator. The minutes will be agreed by the Chair before being distributed to members one week after the meeting.

An action log and a forward plan will provide structure and pace to the improvement activity and accountability for it.`;

const QUORUM = `The Improvement Board has no quorum. It is a matter for the Chair to determine whether enough members are present, in person or virtually, to undertake the necessary business of the Board.`;

const REVIEW = (months: string) =>
  `The Board's terms of reference will be reviewed ${months}. Any changes to the terms shall be agreed by the Board and approved by the Chair.`;

const DISSOLUTION = `The Board may be dissolved by a joint decision of the Leader and Cabinet of the Council, following a recommendation from the Board once it has agreed that all the key requirements of the Ofsted inspection report and any subsequent monitoring visits have been substantially met.`;

function section(kind: TermsSectionKind, body: string): SectionText {
  const headings: Record<TermsSectionKind, string> = {
    PURPOSE: 'Purpose',
    FUNCTIONS: 'Roles and responsibilities',
    MEMBERSHIP: 'Membership',
    FREQUENCY: 'Meeting frequency and venue',
    REPORTING: 'Governance and reporting arrangements',
    ADMINISTRATION: 'Board administration',
    QUORUM: 'Quorum',
    REVIEW: 'Review',
    DISSOLUTION: 'Dissolution',
    OTHER: 'Other',
  };
  return { kind, heading: headings[kind], body };
}

export function northbridgeTerms(version: '1' | '2' | '3' | '3.1'): SectionText[] {
  const v = version;
  return [
    section('PURPOSE', PURPOSE),
    section('FUNCTIONS', FUNCTIONS),
    section('MEMBERSHIP', v === '1' ? MEMBERSHIP_V1 : v === '2' ? MEMBERSHIP_V2 : MEMBERSHIP_V3),
    section('FREQUENCY', v === '1' ? FREQUENCY_V1 : v === '3.1' ? FREQUENCY_DRAFT : FREQUENCY_V2),
    section('REPORTING', v === '1' ? REPORTING_V1 : REPORTING_V3),
    section('ADMINISTRATION', ADMINISTRATION(v === '1' ? 3 : 5)),
    section('QUORUM', QUORUM),
    section('REVIEW', REVIEW(v === '1' ? 'every three months while the Board is provisional' : 'six monthly')),
    section('DISSOLUTION', DISSOLUTION),
  ];
}
