import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error s3rver ships no types
import S3rver from 's3rver';

export type LocalS3 = {
  endpoint: string;
  bucket: string;
  dir: string;
  /** The x-amz-server-side-encryption header of every object write (PUT, multipart start), in order. */
  encryptionHeaders: (string | undefined)[];
  env: Record<string, string>;
  close(): Promise<void>;
};

/** An S3-compatible server (s3rver) on loopback with one empty bucket, its files in a temp folder. */
export async function startLocalS3(port: number, bucket = 'tabled-test'): Promise<LocalS3> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tabled-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port, silent: true, directory: dir, configureBuckets: [{ name: bucket }] });
  const encryptionHeaders: (string | undefined)[] = [];
  // first in the chain, so it sees every request
  (server as { middleware: unknown[] }).middleware.unshift(
    async (ctx: { method: string; path: string; querystring: string; headers: Record<string, string> }, next: () => Promise<void>) => {
      const objectWrite = (ctx.method === 'PUT' && !/partNumber=/.test(ctx.querystring)) || (ctx.method === 'POST' && /uploads/.test(ctx.querystring));
      if (objectWrite && ctx.path.split('/').filter(Boolean).length > 1) encryptionHeaders.push(ctx.headers['x-amz-server-side-encryption']);
      await next();
    },
  );
  await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    dir,
    encryptionHeaders,
    env: { FILE_STORAGE: 's3', S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_REGION: 'eu-west-2', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' },
    async close() {
      await server.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
