import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspectingStream } from '../../lib/papers/upload-stream';
import { AppError } from '../../lib/errors';
import { HEAD_BYTES, TAIL_BYTES } from '../../lib/rules/file-type';

function chunked(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

async function drain(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  let total = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) total += next.value.byteLength;
  return total;
}

describe('the upload inspector', () => {
  it('passes the bytes through and keeps the hash, the first and the last bytes', async () => {
    const bytes = crypto.randomBytes(TAIL_BYTES + 300_000);
    const { stream, inspected } = inspectingStream(10 * 1024 * 1024);
    expect(await drain(chunked(bytes, 65_536).pipeThrough(stream))).toBe(bytes.length);
    const seen = inspected();
    expect(seen.sizeBytes).toBe(bytes.length);
    expect(seen.sha256).toBe(crypto.createHash('sha256').update(bytes).digest('hex'));
    expect(Buffer.from(seen.head).equals(bytes.subarray(0, HEAD_BYTES))).toBe(true);
    expect(Buffer.from(seen.tail).equals(bytes.subarray(bytes.length - TAIL_BYTES))).toBe(true);
  });

  it('keeps a small file whole', async () => {
    const bytes = crypto.randomBytes(100);
    const { stream, inspected } = inspectingStream(1000);
    await drain(chunked(bytes, 7).pipeThrough(stream));
    expect(Buffer.from(inspected().tail).equals(bytes)).toBe(true);
  });

  it('stops the stream the moment it passes the cap', async () => {
    const { stream } = inspectingStream(1000);
    const error = await drain(chunked(crypto.randomBytes(5000), 400).pipeThrough(stream)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'TOO_LARGE', status: 413 });
  });

  it('accepts a file of exactly the cap', async () => {
    const { stream, inspected } = inspectingStream(1000);
    await drain(chunked(crypto.randomBytes(1000), 300).pipeThrough(stream));
    expect(inspected().sizeBytes).toBe(1000);
  });
});
