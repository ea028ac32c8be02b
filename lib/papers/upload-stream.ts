import crypto from 'node:crypto';
import { HEAD_BYTES, TAIL_BYTES } from '../rules/file-type';
import { formatLimit } from './upload-limit';
import { tooLarge } from '../errors';

export type Inspected = { sizeBytes: number; sha256: string; head: Uint8Array; tail: Uint8Array };

/**
 * A pass-through for an upload on its way to storage: counts bytes and stops the stream
 * the moment it passes the cap (so an oversized upload is never written whole), hashes
 * it, and keeps its first and last bytes for the content check. Memory stays bounded by
 * HEAD_BYTES + TAIL_BYTES + one chunk, whatever the file's size.
 */
export function inspectingStream(limitBytes: number): { stream: TransformStream<Uint8Array, Uint8Array>; inspected: () => Inspected } {
  const hash = crypto.createHash('sha256');
  const head = new Uint8Array(HEAD_BYTES);
  let headLength = 0;
  let tailChunks: Uint8Array[] = [];
  let tailLength = 0;
  let size = 0;

  const stream = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      size += chunk.byteLength;
      if (size > limitBytes) {
        throw tooLarge(
          `The file must be smaller than ${formatLimit(limitBytes)}. Make it smaller (for example, save it as a PDF with smaller images) or split it into parts`,
        );
      }
      hash.update(chunk);
      if (headLength < HEAD_BYTES) {
        const take = chunk.subarray(0, HEAD_BYTES - headLength);
        head.set(take, headLength);
        headLength += take.byteLength;
      }
      // The chunk may be reused by the producer: keep a copy.
      tailChunks.push(chunk.slice());
      tailLength += chunk.byteLength;
      while (tailChunks.length > 1 && tailLength - tailChunks[0]!.byteLength >= TAIL_BYTES) {
        tailLength -= tailChunks[0]!.byteLength;
        tailChunks = tailChunks.slice(1);
      }
      controller.enqueue(chunk);
    },
  });

  const inspected = (): Inspected => {
    const joined = Buffer.concat(tailChunks);
    const tail = joined.subarray(Math.max(0, joined.byteLength - TAIL_BYTES));
    return { sizeBytes: size, sha256: hash.digest('hex'), head: head.subarray(0, headLength), tail: new Uint8Array(tail) };
  };
  return { stream, inspected };
}
