import { AppError, invalidField, tooLarge, unsupportedType } from '../errors';
import { detectFileType, paperFileKinds } from '../rules/file-type';
import { stageFile } from '../storage/staged';
import type { FileStore, StagedFile } from '../storage/store';
import { sanitiseFileName } from '../storage/file-name';
import { inspectingStream } from './upload-stream';
import { formatLimit, maxUploadBytes } from './upload-limit';

export type ReceivedFile = {
  staged: StagedFile;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
};

/**
 * A paper's file from a request body to staged storage: the declared size checked before
 * a byte is read, then capped, hashed and type-checked from the content while it streams,
 * its name sanitised. The one pipeline for every paper file (an administrator's upload, a
 * commissioned paper's author). On any refusal nothing is left staged; on success the
 * caller commits the staged file once its row has committed, or aborts it.
 */
export async function receivePaperFile(request: Request, store: FileStore, key: string, fileNameHint: string): Promise<ReceivedFile> {
  const limit = maxUploadBytes();
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > limit) throw tooLarge(`The file must be smaller than ${formatLimit(limit)}`);
  if (!request.body || declared === 0) throw invalidField('file', 'The file is empty', 'The file is empty');

  const { stream, inspected } = inspectingStream(limit);
  let staged: StagedFile;
  try {
    staged = await stageFile(store, key, request.body.pipeThrough(stream));
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (request.signal?.aborted) throw invalidField('file', 'The upload did not finish. Try again.', 'The upload did not finish. Try again.');
    throw error;
  }
  try {
    const file = inspected();
    // A body shorter than it said it was was cut on the way (a proxy, a dropped connection): never keep half a paper.
    if (Number.isFinite(declared) && file.sizeBytes !== declared) {
      throw invalidField('file', 'The upload did not arrive whole. Try again.', 'The upload did not arrive whole. Try again.');
    }
    const verdict = detectFileType({ head: file.head, tail: file.tail, size: file.sizeBytes });
    if (!verdict.ok) {
      if (file.sizeBytes === 0) throw invalidField('file', verdict.reason, verdict.reason);
      throw unsupportedType(verdict.reason);
    }
    const kind = paperFileKinds[verdict.kind];
    return {
      staged,
      fileName: sanitiseFileName(fileNameHint, kind.extension),
      contentType: kind.contentType,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
    };
  } catch (error) {
    await staged.abort();
    throw error;
  }
}
