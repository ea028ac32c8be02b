import { defineAction } from '../action/define';
import { AppError, invalid } from '../errors';
import { formatDay } from '../format';
import { labelInSentence } from '../labels';
import { londonDay } from '../rules/london-calendar';
import { substituteFlags } from '../rules/substitutes';
import { dbDay } from '../forms/fields';
import { agreeChangeSchema, changeSubstituteSchema, createSeatSchema, endSeatSchema, fillSeatSchema, updateSeatSchema } from './schema';
import { resolvePick } from './people';
import { resolveAgreedMeeting } from '../meetings/agreed-meeting';
import { enforceSeatRules } from './rules';
import { boardFor, record, saveChange, seatAt } from './change';
import { holderName, seatSelect, seatSnapshot } from './snapshot';

const HOLDER_FIELDS = { name: 'newPersonName', email: 'newPersonEmail' };
const SUBSTITUTE_FIELDS = { name: 'newSubstituteName', email: 'newSubstituteEmail' };
const NO_SUBSTITUTE = ' No substitute is nominated yet: each member nominates one named substitute.';

const agreedNote = (meeting: { title: string; startsAt: Date } | null) => (meeting ? ` (agreed at ${meeting.title}, ${formatDay(meeting.startsAt)})` : '');

export const createSeat = defineAction({
  name: 'seats.create',
  scope: 'board',
  resource: 'membership',
  operation: 'create',
  schema: createSeatSchema,
  async run(ctx, input) {
    const board = await boardFor(ctx);
    const today = londonDay(ctx.now);
    const holder = input.holder.kind === 'vacant' ? null : await resolvePick(ctx.tx, ctx.council.id, input.holder, HOLDER_FIELDS);
    const substitute = input.substitute ? await resolvePick(ctx.tx, ctx.council.id, input.substitute, SUBSTITUTE_FIELDS) : null;
    const meeting = await resolveAgreedMeeting(ctx.tx, board.id, input.agreedAtMeetingId, ctx.now);
    const flags = await enforceSeatRules(
      ctx.tx,
      board,
      { id: null, role: input.role, holderId: holder?.id ?? null, substituteIds: substitute ? [substitute.id] : [] },
      today,
    );
    const created = await ctx.tx.seat.create({
      data: {
        councilId: ctx.council.id,
        boardId: board.id,
        personId: holder?.id ?? null,
        role: input.role,
        agency: input.agency,
        position: input.position,
        startsOn: input.startsOn ? dbDay(input.startsOn) : holder ? dbDay(today) : null,
        endsOn: input.endsOn ? dbDay(input.endsOn) : null,
        substitutePersonId: substitute?.id ?? null,
        agreedAtMeetingId: meeting?.id ?? null,
      },
      select: seatSelect,
    });
    const who = holder ? `${holder.name} as ${labelInSentence('seatRole', input.role)}` : `a seat to be appointed (${labelInSentence('seatRole', input.role)})`;
    const summary = `Added ${who}: ${input.position}, ${input.agency}${substitute ? `, with ${substitute.name} as substitute` : ''}`;
    const { snapshot } = await record(ctx, created, summary, meeting?.id ?? null, null);
    return {
      data: { seatId: created.id, flags },
      message: `${summary}${agreedNote(meeting)}.${flags.includes('no-substitute') ? NO_SUBSTITUTE : ''}`,
      audit: [{ kind: 'seat.create', entityType: 'Seat', entityId: created.id, after: snapshot }],
    };
  },
});

const DETAIL_FIELDS = ['role', 'agency', 'position', 'startsOn'] as const;

/** Role, agency, position and start: who holds the seat and their substitute change through their own forms. */
export const updateSeat = defineAction({
  name: 'seats.update',
  scope: 'board',
  resource: 'membership',
  operation: 'update',
  schema: updateSeatSchema,
  async run(ctx, input) {
    const board = await boardFor(ctx);
    const before = await seatAt(ctx, board.id, input.seatId, input.version, DETAIL_FIELDS);
    const meeting = await resolveAgreedMeeting(ctx.tx, board.id, input.agreedAtMeetingId, ctx.now);
    if (before.endsOn && input.startsOn && dbDay(input.startsOn) > before.endsOn)
      throw invalid({ startsOn: ['The start date must be on or before the seat’s end date'] });
    // a new role can change whether a substitute is needed (attendees need none), never who may be one
    const flags = substituteFlags(
      { role: input.role, holderId: before.personId, substituteCount: before.substitutePersonId ? 1 : 0 },
      board.substitutesPerMember,
    );
    const data = { role: input.role, agency: input.agency, position: input.position, startsOn: input.startsOn ? dbDay(input.startsOn) : null };
    const old = seatSnapshot(before);
    const next = { role: input.role, agency: input.agency, position: input.position, startsOn: input.startsOn };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => old[k] !== next[k]);
    if (changed.length === 0 && !meeting) throw invalid({ role: ['Nothing has changed: change a detail, then save'] });
    const describe = (k: keyof typeof next) =>
      `${k === 'startsOn' ? 'start date' : k} ${k === 'role' ? labelInSentence('seatRole', String(old[k])) : (old[k] ?? 'none')} → ${k === 'role' ? labelInSentence('seatRole', String(next[k])) : (next[k] ?? 'none')}`;
    const summary = changed.length
      ? `Changed ${holderName(before)}’s seat: ${changed.map(describe).join('; ')}`
      : `${holderName(before)}’s seat agreed as it stands`;
    const { seat, snapshot } = await saveChange(ctx, before, data, summary, meeting?.id ?? null, DETAIL_FIELDS);
    return {
      data: { seatId: seat.id, version: seat.version, flags },
      message: `${summary}${agreedNote(meeting)}.${flags.includes('no-substitute') ? NO_SUBSTITUTE : ''}`,
      audit: [{ kind: 'seat.update', entityType: 'Seat', entityId: seat.id, before: old, after: snapshot }],
    };
  },
});

/** A seat ends on its last day; it stays in the history, and its holder may then be someone's substitute. */
export const endSeat = defineAction({
  name: 'seats.end',
  scope: 'board',
  resource: 'membership',
  operation: 'update',
  schema: endSeatSchema,
  async run(ctx, input) {
    const board = await boardFor(ctx);
    const before = await seatAt(ctx, board.id, input.seatId, input.version, ['endsOn']);
    const meeting = await resolveAgreedMeeting(ctx.tx, board.id, input.agreedAtMeetingId, ctx.now);
    const endsOn = dbDay(input.endsOn);
    if (before.startsOn && endsOn < before.startsOn)
      throw invalid({ endsOn: [`The last day must be on or after the seat’s start, ${formatDay(before.startsOn)}`] });
    const summary = `${holderName(before)}’s seat (${before.position}) ${before.endsOn ? `now ends on ${formatDay(endsOn)}, not ${formatDay(before.endsOn)}` : `ends on ${formatDay(endsOn)}`}`;
    const { seat, snapshot } = await saveChange(ctx, before, { endsOn }, summary, meeting?.id ?? null, ['endsOn']);
    return {
      data: { seatId: seat.id, version: seat.version },
      message: `${summary}${agreedNote(meeting)}.`,
      audit: [{ kind: 'seat.end', entityType: 'Seat', entityId: seat.id, before: seatSnapshot(before), after: snapshot }],
    };
  },
});

/** A seat "to be appointed" is filled by a known person or a new contact. */
export const fillSeat = defineAction({
  name: 'seats.fill',
  scope: 'board',
  resource: 'membership',
  operation: 'update',
  schema: fillSeatSchema,
  async run(ctx, input) {
    const board = await boardFor(ctx);
    const before = await seatAt(ctx, board.id, input.seatId, input.version, ['personChoice']);
    if (before.personId) throw invalid({ personChoice: [`${holderName(before)} already holds this seat: end it and add a new seat to replace them`] });
    const holder = await resolvePick(ctx.tx, ctx.council.id, input.holder, HOLDER_FIELDS);
    const meeting = await resolveAgreedMeeting(ctx.tx, board.id, input.agreedAtMeetingId, ctx.now);
    const today = londonDay(ctx.now);
    const flags = await enforceSeatRules(ctx.tx, board, { id: before.id, role: before.role, holderId: holder.id, substituteIds: [] }, today);
    const startsOn = dbDay(input.startsOn ?? today);
    const summary = `${holder.name} fills the seat: ${before.position}, ${before.agency}`;
    const { seat, snapshot } = await saveChange(ctx, before, { personId: holder.id, startsOn }, summary, meeting?.id ?? null, ['personChoice']);
    return {
      data: { seatId: seat.id, version: seat.version, flags },
      message: `${summary}${agreedNote(meeting)}.${flags.includes('no-substitute') ? NO_SUBSTITUTE : ''}`,
      audit: [{ kind: 'seat.fill', entityType: 'Seat', entityId: seat.id, before: seatSnapshot(before), after: snapshot }],
    };
  },
});

/** Nominate, replace or withdraw the seat's one named substitute. */
export const changeSubstitute = defineAction({
  name: 'seats.change-substitute',
  scope: 'board',
  resource: 'membership',
  operation: 'update',
  schema: changeSubstituteSchema,
  async run(ctx, input) {
    const board = await boardFor(ctx);
    const before = await seatAt(ctx, board.id, input.seatId, input.version, ['substituteChoice']);
    const substitute = input.substitute ? await resolvePick(ctx.tx, ctx.council.id, input.substitute, SUBSTITUTE_FIELDS) : null;
    if ((substitute?.id ?? null) === before.substitutePersonId) {
      throw invalid({ substituteChoice: [substitute ? `${substitute.name} is already the nominated substitute` : 'This seat has no substitute to remove'] });
    }
    const meeting = await resolveAgreedMeeting(ctx.tx, board.id, input.agreedAtMeetingId, ctx.now);
    const flags = await enforceSeatRules(
      ctx.tx,
      board,
      { id: before.id, role: before.role, holderId: before.personId, substituteIds: substitute ? [substitute.id] : [] },
      londonDay(ctx.now),
    );
    const holder = holderName(before);
    const summary = substitute
      ? before.substitute
        ? `${substitute.name} replaces ${before.substitute.name} as ${holder}’s substitute`
        : `${substitute.name} nominated as ${holder}’s substitute`
      : `${before.substitute?.name ?? 'The substitute'} is no longer ${holder}’s substitute`;
    const { seat, snapshot } = await saveChange(ctx, before, { substitutePersonId: substitute?.id ?? null }, summary, meeting?.id ?? null, [
      'substituteChoice',
    ]);
    return {
      data: { seatId: seat.id, version: seat.version, flags },
      message: `${summary}${agreedNote(meeting)}.${flags.includes('no-substitute') ? NO_SUBSTITUTE : ''}`,
      audit: [{ kind: 'seat.substitute', entityType: 'Seat', entityId: seat.id, before: seatSnapshot(before), after: snapshot }],
    };
  },
});

/**
 * Changes to membership are agreed by the board by consensus (001): a change recorded
 * before the meeting is marked agreed afterwards, once, with the meeting.
 */
export const agreeSeatChange = defineAction({
  name: 'seats.agree-change',
  scope: 'board',
  resource: 'membership',
  operation: 'update',
  schema: agreeChangeSchema,
  async run(ctx, input) {
    const board = await boardFor(ctx);
    const change = await ctx.tx.seatChange.findFirst({
      where: { id: input.changeId, seat: { boardId: board.id } },
      select: { id: true, seatId: true, summary: true, agreedAtMeetingId: true },
    });
    if (!change) throw new AppError('NOT_FOUND', 'That change was not found');
    const meeting = await resolveAgreedMeeting(ctx.tx, board.id, input.meetingId, ctx.now, 'meetingId');
    if (!meeting) throw invalid({ meetingId: ['Choose the meeting at which the board agreed the change'] });
    const { count } = await ctx.tx.seatChange.updateMany({ where: { id: change.id, agreedAtMeetingId: null }, data: { agreedAtMeetingId: meeting.id } });
    if (count === 0) throw new AppError('CONFLICT', 'That change has already been marked as agreed');
    // the seat as it stands is agreed when its latest change is
    const latest = await ctx.tx.seatChange.findFirst({ where: { seatId: change.seatId }, orderBy: { createdAt: 'desc' }, select: { id: true } });
    if (latest?.id === change.id) await ctx.tx.seat.update({ where: { id: change.seatId }, data: { agreedAtMeetingId: meeting.id } });
    return {
      data: { changeId: change.id },
      message: `Marked as agreed at ${meeting.title}, ${formatDay(meeting.startsAt)}: ${change.summary}`,
      audit: [
        {
          kind: 'seat.change.agree',
          entityType: 'SeatChange',
          entityId: change.id,
          after: { meeting: meeting.title, meetingId: meeting.id, summary: change.summary },
        },
      ],
    };
  },
});
