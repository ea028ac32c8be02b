import { formatDay } from '../format';
import { label } from '../labels';
import { typedDay } from '../forms/fields';

export const seatSelect = {
  id: true,
  boardId: true,
  role: true,
  agency: true,
  position: true,
  startsOn: true,
  endsOn: true,
  personId: true,
  substitutePersonId: true,
  agreedAtMeetingId: true,
  version: true,
  person: { select: { name: true } },
  substitute: { select: { name: true } },
} as const;

export type SeatRow = {
  id: string;
  role: string;
  agency: string;
  position: string;
  startsOn: Date | null;
  endsOn: Date | null;
  personId: string | null;
  substitutePersonId: string | null;
  version: number;
  person: { name: string } | null;
  substitute: { name: string } | null;
};

export const TO_BE_APPOINTED = 'To be appointed';
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The seat as SeatChange keeps it: names rather than ids, so the history reads on its own. */
export function seatSnapshot(s: SeatRow) {
  return {
    person: s.person?.name ?? TO_BE_APPOINTED,
    role: s.role,
    agency: s.agency,
    position: s.position,
    startsOn: day(s.startsOn),
    endsOn: day(s.endsOn),
    substitute: s.substitute?.name ?? null,
  };
}

export const holderName = (s: Pick<SeatRow, 'person'>) => s.person?.name ?? TO_BE_APPOINTED;

/** The seat forms' own values, to fill the edit forms. */
export function seatFormDefaults(s: SeatRow): Record<string, string> {
  return {
    seatId: s.id,
    version: String(s.version),
    role: s.role,
    agency: s.agency,
    position: s.position,
    startsOn: typedDay(day(s.startsOn)),
    endsOn: typedDay(day(s.endsOn)),
    personChoice: s.personId ?? '',
    substituteChoice: s.substitutePersonId ?? '',
  };
}

const readable = (s: SeatRow): Record<string, string> => ({
  version: String(s.version),
  personChoice: holderName(s),
  role: label('seatRole', s.role),
  agency: s.agency,
  position: s.position,
  startsOn: s.startsOn ? formatDay(s.startsOn) : '',
  endsOn: s.endsOn ? formatDay(s.endsOn) : '',
  substituteChoice: s.substitute?.name ?? 'No substitute nominated',
});

/**
 * Someone else's saved version for the clash panel: only the fields of the form that
 * clashed (the panel lists every key it is given), as a person reads them.
 */
export function seatForDisplay(s: SeatRow, fields: readonly string[]): Record<string, string> {
  const all = readable(s);
  return Object.fromEntries(['version', ...fields].map((f) => [f, all[f] ?? '']));
}
