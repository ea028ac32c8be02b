import Link from 'next/link';
import type { Route } from 'next';
import { Tag } from '@/components/tag';
import { formatDateTime, formatTime } from '@/lib/format';
import { label, meetingName } from '@/lib/labels';
import { HISTORICAL_LABEL, HISTORICAL_MINUTES_NOTE } from '@/lib/rules/board-history';

type Props = {
  meeting: {
    title: string;
    kind: string;
    theme: string | null;
    startsAt: Date;
    endsAt: Date;
    venue: string | null;
    historicalPresent: string[];
    historicalApologies: string[];
    historicalAbsent: string[];
    historicalMinutes: string | null;
    decisions: { id: string; kind: string; text: string }[];
  };
  boardName: string;
  meetingsHref: Route;
  /** the papers page, for an administrator to upload the minutes as a document */
  papersHref: Route | null;
  /** papers filed with the record (the minutes as a document, reports), each with its download */
  papers: { id: string; title: string; href: string }[];
};

/**
 * A meeting the board held before it came to Tabled, as the board's own record has it. It
 * has no agenda, papers, deadlines or minutes workflow here: only what was recorded.
 */
export function HistoricalMeeting({ meeting: m, boardName, meetingsHref, papersHref, papers }: Props) {
  const lists = [
    ['Present', m.historicalPresent],
    ['Apologies', m.historicalApologies],
    ['Absent', m.historicalAbsent],
  ] as const;
  return (
    <main id="main-content">
      <p className="mb-4">
        <Link href={meetingsHref}>Back to meetings</Link>
      </p>
      <p className="text-lg text-secondary">
        {label('meetingKind', m.kind)}, {formatDateTime(m.startsAt)}
      </p>
      <h1>{meetingName(m, boardName)}</h1>
      <div className="mb-6 max-w-3xl border-l-8 border-[#3d2375] bg-[#dbd5e9] p-4">
        <p className="mb-1">
          <Tag tone="purple">{HISTORICAL_LABEL}</Tag>
        </p>
        <p>
          This meeting was held before the board used Tabled and was recorded afterwards from the board’s own records. No one was invited or sent anything
          through Tabled, and it has no deadlines.
        </p>
      </div>
      <dl className="mb-8 grid max-w-3xl gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">When</dt>
        <dd>
          {formatDateTime(m.startsAt)} to {formatTime(m.endsAt)}
        </dd>
        <dt className="font-bold">Where</dt>
        <dd>{m.venue ?? 'Not recorded'}</dd>
        {lists.map(([heading, names]) => (
          <div key={heading} className="contents">
            <dt className="font-bold">{heading}</dt>
            <dd>{names.length ? names.join(', ') : 'None recorded'}</dd>
          </div>
        ))}
      </dl>
      <h2>Minutes</h2>
      <p className="mb-2">
        <Tag tone="purple">{HISTORICAL_MINUTES_NOTE}</Tag>
      </p>
      {m.historicalMinutes && <div className="mb-6 max-w-3xl whitespace-pre-line">{m.historicalMinutes}</div>}
      {papers.length > 0 && (
        <ul className="mb-6 list-disc pl-6">
          {papers.map((p) => (
            <li key={p.id}>
              {/* a file download: a plain link, so the router does not prefetch it */}
              <a href={p.href} download>
                {p.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      {!m.historicalMinutes && papers.length === 0 && <p className="mb-6">No minutes were recorded with this meeting.</p>}
      {papersHref && (
        <p className="mb-8">
          <Link href={papersHref}>Upload the minutes or other papers as documents</Link>
        </p>
      )}
      <h2>Decisions</h2>
      {m.decisions.length ? (
        <ol className="mb-8 list-decimal pl-6">
          {m.decisions.map((d) => (
            <li key={d.id}>{d.text}</li>
          ))}
        </ol>
      ) : (
        <p className="mb-8">No decisions were recorded with this meeting.</p>
      )}
    </main>
  );
}
