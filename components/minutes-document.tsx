import { formatDay } from '@/lib/format';
import { declarationLine, type MinutesAttendanceText, type MinutesDeclarationText } from '@/lib/rules/minutes';
import { DataTable } from '@/components/data-table';

type Item = {
  id: string;
  position: number;
  heading: string;
  discussion: string;
  decisions: { id: string; kind: 'DECISION' | 'RECOMMENDATION'; text: string; decisionMaker: string | null }[];
  actionsArising: {
    id: string;
    description: string;
    dueOn: Date | null;
    ownerSeat: { position: string; agency: string; person: { name: string } | null } | null;
    action: { reference: string } | null;
  }[];
};

/**
 * The minutes as they read, on the page (and in the same order as the PDF and the hash):
 * attendance, then each agenda item with its discussion, decisions and recommendations,
 * and actions arising.
 */
export function MinutesDocument({
  attendance,
  quorum = null,
  declarations = null,
  items,
  headingLevel = 2,
  idPrefix = 'minutes',
}: {
  attendance: readonly MinutesAttendanceText[] | null;
  quorum?: string | null;
  declarations?: readonly MinutesDeclarationText[] | null;
  items: Item[];
  headingLevel?: 2 | 3;
  idPrefix?: string;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const H4 = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <div className="max-w-3xl">
      <section aria-labelledby={`${idPrefix}-attendance`} className="mb-8">
        <H id={`${idPrefix}-attendance`}>Attendance</H>
        {attendance && attendance.length > 0 ? (
          <DataTable caption="Attendance at the meeting" captionClass="sr-only" className="mb-8">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Position</th>
                <th scope="col">Attendance</th>
              </tr>
            </thead>
            <tbody>
              {attendance.map((a, i) => (
                <tr key={i}>
                  <td>{a.name}</td>
                  <td>{a.position}</td>
                  <td>{a.attendance}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        ) : (
          <p className="text-secondary">{attendance ? 'No attendance has been recorded for this meeting.' : 'Attendance is in the meeting’s record.'}</p>
        )}
        {quorum && (
          <p>
            <strong>Quorum (the Chair’s decision):</strong> {quorum}
          </p>
        )}
      </section>
      {declarations && declarations.length > 0 && (
        <section aria-labelledby={`${idPrefix}-declarations`} className="mb-8">
          <H id={`${idPrefix}-declarations`}>Declarations of interest</H>
          <ul className="list-disc pl-6">
            {declarations.map((d, i) => (
              <li key={i}>{declarationLine(d)}</li>
            ))}
          </ul>
        </section>
      )}
      {items.map((item) => (
        <section key={item.id} aria-labelledby={`${idPrefix}-item-${item.position}`} className="mb-8 break-inside-avoid-page">
          <H id={`${idPrefix}-item-${item.position}`}>
            {item.position}. {item.heading}
          </H>
          {item.discussion.trim() === '' ? (
            <p className="text-secondary">No discussion recorded.</p>
          ) : (
            item.discussion.split(/\n{2,}/).map((paragraph, i) => (
              <p key={i} className="mb-4 whitespace-pre-line">
                {paragraph}
              </p>
            ))
          )}
          {item.decisions.length > 0 && (
            <>
              <H4 className="text-lg">Decisions and recommendations</H4>
              <ul className="mb-4 list-disc space-y-2 pl-6">
                {item.decisions.map((d) => (
                  <li key={d.id}>
                    {d.kind === 'RECOMMENDATION' ? (
                      <>
                        <strong>Recommendation to {d.decisionMaker ?? 'a decision maker not yet named'}:</strong> {d.text}
                      </>
                    ) : (
                      <>
                        <strong>Decision:</strong> {d.text}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {item.actionsArising.length > 0 && (
            <DataTable caption={<>Actions arising from item {item.position}</>} captionClass="text-left font-bold" className="mb-4">
              <thead>
                <tr>
                  <th scope="col">Action</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Due</th>
                  <th scope="col">Action log</th>
                </tr>
              </thead>
              <tbody>
                {item.actionsArising.map((a) => (
                  <tr key={a.id}>
                    <td>{a.description || <span className="text-secondary">Not described yet</span>}</td>
                    <td>
                      {a.ownerSeat ? (
                        <>
                          {a.ownerSeat.position}
                          <div className="text-sm text-secondary">
                            {a.ownerSeat.person?.name ?? 'To be appointed'}, {a.ownerSeat.agency}
                          </div>
                        </>
                      ) : (
                        'Not named yet'
                      )}
                    </td>
                    <td>{a.dueOn ? formatDay(a.dueOn) : 'Not set'}</td>
                    <td>{a.action ? a.action.reference : 'Added when the Chair approves'}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </section>
      ))}
    </div>
  );
}
