import type { PaperView } from '@/lib/papers/queries';
import type { PaperReader } from '@/lib/rules/paper-access';
import { paperFileKinds } from '@/lib/rules/file-type';
import { meetingSectionPath, paperFilePath, paperUploadPath, withHash } from '@/lib/routes';
import { markingLabels } from '@/lib/papers/schema';
import { formatBytes, formatDateTime } from '@/lib/format';
import { StatusTag, Tag } from '@/components/tag';
import { UploadPaperForm } from '@/components/upload-paper-form';
import { DataTable } from '@/components/data-table';

type Route = { council: string; board: string; meeting: string };

const markingTone = { PUBLIC: 'green', OFFICIAL: 'blue', OFFICIAL_SENSITIVE: 'red' } as const;
const kindOf = (contentType: string) =>
  Object.values(paperFileKinds)
    .find((k) => k.contentType === contentType)
    ?.extension.toUpperCase() ?? 'file';

/** The papers of one agenda item: status and flags in words, the version to open, and the administrators' extras. */
export function PaperList({
  papers,
  route,
  reader,
  seeOpens,
  canUpload,
  maxUploadBytes,
  versionFor,
}: {
  papers: PaperView[];
  route: Route;
  reader: PaperReader | null;
  seeOpens: boolean;
  canUpload: boolean;
  maxUploadBytes: number;
  /** the paper whose new-version form is open (?version=<paper id>); the others get a link to it */
  versionFor: string | null;
}) {
  if (papers.length === 0) return <p className="text-secondary">No papers for this item.</p>;
  return (
    <ul className="space-y-6">
      {papers.map((p) => (
        <li key={p.id}>
          <h4 className="mb-1 font-bold">{p.title}</h4>
          <p className="mb-2 flex flex-wrap gap-2">
            <Tag tone={markingTone[p.marking]}>{markingLabels[p.marking]}</Tag>
            <StatusTag status={p.status} kind="paperStatus" />
            {p.awaitingConsent && <Tag tone="red">Late: awaiting the Chair&apos;s consent</Tag>}
            {p.isLate && p.lateAcceptedAt && <Tag tone="amber">Late: accepted by the Chair</Tag>}
            {p.waitingToCirculate && <Tag tone="purple">{p.status === 'DRAFT' ? 'Not yet circulated' : 'New version not yet circulated'}</Tag>}
          </p>
          {p.circulatedAt && <p className="text-sm text-secondary">Circulated {formatDateTime(p.circulatedAt)}</p>}
          {p.isLate && p.lateAcceptedAt && (
            <p className="text-sm">
              Accepted late by {p.lateAcceptedBy ?? 'the Chair'} on {formatDateTime(p.lateAcceptedAt)}
              {p.lateReason && `: ${p.lateReason}`}
            </p>
          )}
          {p.awaitingConsent && p.lateReason && <p className="text-sm">Why it is late: {p.lateReason}</p>}

          {p.current ? (
            <p className="mt-2">
              <a href={paperFilePath(route.council, route.board, route.meeting, p.id, p.current.id)} download>
                Open {p.current.fileName}
              </a>{' '}
              <span className="text-sm text-secondary">
                ({kindOf(p.current.contentType)}, {formatBytes(p.current.sizeBytes)}, version {p.current.versionNo}
                {reader === 'administrator' && p.versions.length === 1 && p.versions[0] && <>, uploaded {formatDateTime(p.versions[0].uploadedAt)}</>})
              </span>
            </p>
          ) : (
            p.awaitingConsent && reader !== 'administrator' && <p className="mt-2 text-sm">You can open it once the Chair accepts it.</p>
          )}

          {/* a table for one version only repeated the line above (and, in the React payload, twice) */}
          {(p.versions.length > 1 || (reader === 'administrator' && p.versions.length === 1 && !p.current)) && (
            <details className="mt-2">
              <summary className="cursor-pointer text-link underline">All versions ({p.versions.length})</summary>
              <DataTable caption={<>Versions of {p.title}</>} captionClass="sr-only" className="mt-2">
                <thead>
                  <tr>
                    <th scope="col">Version</th>
                    <th scope="col">File</th>
                    <th scope="col">Uploaded</th>
                    <th scope="col">Circulated</th>
                  </tr>
                </thead>
                <tbody>
                  {p.versions.map((v) => (
                    <tr key={v.id}>
                      <td>{v.versionNo}</td>
                      <td>
                        {v.canOpen ? (
                          <a href={paperFilePath(route.council, route.board, route.meeting, p.id, v.id)} download>
                            {v.fileName}
                          </a>
                        ) : (
                          v.fileName
                        )}
                        <div className="text-sm text-secondary">
                          {kindOf(v.contentType)}, {formatBytes(v.sizeBytes)}
                        </div>
                      </td>
                      <td>{formatDateTime(v.uploadedAt)}</td>
                      <td>{v.circulated ? 'Yes' : 'Not yet'}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </details>
          )}

          {seeOpens && (
            <details className="mt-2">
              <summary className="cursor-pointer text-link underline">
                Opened by {p.openedBy.length} {p.openedBy.length === 1 ? 'person' : 'people'}
              </summary>
              {p.openedBy.length === 0 ? (
                <p className="mt-2">Nobody has opened this paper yet.</p>
              ) : (
                <DataTable caption={<>Who has opened {p.title}</>} captionClass="sr-only" className="mt-2">
                  <thead>
                    <tr>
                      <th scope="col">Person</th>
                      <th scope="col">Last opened</th>
                      <th scope="col">Version</th>
                      <th scope="col">Times</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.openedBy.map((o) => (
                      <tr key={o.name + o.lastOpenedAt.toISOString()}>
                        <td>{o.name}</td>
                        <td>{formatDateTime(o.lastOpenedAt)}</td>
                        <td>{o.versionNo}</td>
                        <td>{o.times}</td>
                      </tr>
                    ))}
                  </tbody>
                </DataTable>
              )}
            </details>
          )}

          {/* One upload form on the page at most: a form per paper made the page 381 KB (its
              HTML and, again, its React payload), so the others are a link that opens it here. */}
          {canUpload &&
            (versionFor === p.id ? (
              <div id={`version-${p.id}`} className="mt-3 border-l-4 border-link pl-4">
                <UploadPaperForm
                  endpoint={paperUploadPath(route.council, route.board, route.meeting)}
                  maxBytes={maxUploadBytes}
                  idPrefix={`version-${p.id}`}
                  mode={{ kind: 'version', paperId: p.id, paperTitle: p.title }}
                />
              </div>
            ) : (
              <p className="mt-2">
                <a href={withHash(meetingSectionPath(route.council, route.board, route.meeting, 'papers', { version: p.id }), `version-${p.id}`)}>
                  Upload a new version<span className="sr-only"> of {p.title}</span>
                </a>
              </p>
            ))}
        </li>
      ))}
    </ul>
  );
}
