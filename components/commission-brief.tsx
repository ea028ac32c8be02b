import { formatDateTime, formatDayLong } from '@/lib/format';

type Brief = {
  councilName: string;
  boardName: string;
  title: string;
  note: string | null;
  dueOn: Date;
  meeting: { title: string; startsAt: Date; paperDeadline: Date } | null;
  changesAsked: string | null;
};

/** What an author is asked for, on the page where they upload it: nothing else of the council's. */
export function CommissionBrief({ brief }: { brief: Brief }) {
  return (
    <>
      <p className="mb-6 max-w-2xl text-lg">
        {brief.boardName} at {brief.councilName} asks you for this paper.
      </p>
      {brief.changesAsked && (
        <div className="mb-6 max-w-2xl border-l-8 border-warning bg-panel p-4">
          <h2 className="mb-2 text-xl">Changes asked for by the reviewer</h2>
          <p className="whitespace-pre-line">{brief.changesAsked}</p>
        </div>
      )}
      <dl className="mb-8 grid max-w-2xl gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">Due by</dt>
        <dd>{formatDayLong(brief.dueOn)}</dd>
        {brief.meeting && (
          <>
            <dt className="font-bold">For the meeting</dt>
            <dd>
              {brief.meeting.title}, {formatDateTime(brief.meeting.startsAt)}
            </dd>
          </>
        )}
        {brief.note && (
          <>
            <dt className="font-bold">What is asked</dt>
            <dd className="whitespace-pre-line">{brief.note}</dd>
          </>
        )}
      </dl>
    </>
  );
}
