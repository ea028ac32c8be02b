import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, S3Client, S3ServiceException, type ServerSideEncryption } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { FileStore } from './store';
import { assertStorageKey } from './keys';

/**
 * Papers in an S3-compatible object store (AWS S3, MinIO, Ceph, R2, …), through the
 * official AWS SDK v3 client. Uploads stream (lib-storage's Upload: one PUT for a small
 * file, a multipart upload in 5 MB parts for a large one, aborted if the stream fails, so
 * a refused or broken upload leaves nothing under the key); downloads stream the object's
 * body. Every write asks for server-side encryption (S3_SSE, AES256 unless aws:kms).
 * Keys are the server's random ones (keys.ts), never a file name, optionally under
 * S3_PREFIX; the bucket should be private: the app is the only door to a paper.
 */
export type S3Config = {
  bucket: string;
  region: string;
  /** Only for S3-compatible stores; unset for AWS itself. */
  endpoint?: string;
  /** Path-style URLs (http://host/bucket/key), which most S3-compatible stores need. */
  forcePathStyle: boolean;
  /** Unset: the SDK's default chain (AWS_* variables, a profile, an instance or task role). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  sse: ServerSideEncryption;
  kmsKeyId?: string;
  prefix: string;
};

const SSE_VALUES = ['AES256', 'aws:kms', 'aws:kms:dsse'] as const;

/** The S3 settings from the environment; throws naming the variable that is missing or wrong. */
export function s3ConfigFromEnv(env: Record<string, string | undefined> = process.env): S3Config {
  const read = (name: string) => env[name]?.trim() || undefined;
  const bucket = read('S3_BUCKET');
  if (!bucket) throw new Error('FILE_STORAGE=s3 needs S3_BUCKET');
  const endpoint = read('S3_ENDPOINT');
  if (endpoint && !/^https?:\/\//.test(endpoint)) throw new Error(`S3_ENDPOINT must be an http(s) URL, got "${endpoint}"`);
  const accessKeyId = read('S3_ACCESS_KEY_ID');
  const secretAccessKey = read('S3_SECRET_ACCESS_KEY');
  if (!!accessKeyId !== !!secretAccessKey)
    throw new Error('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (to use the AWS default credentials)');
  const sse = read('S3_SSE') ?? 'AES256';
  if (!(SSE_VALUES as readonly string[]).includes(sse)) throw new Error(`S3_SSE must be one of ${SSE_VALUES.join(', ')}, got "${sse}"`);
  const prefix = (read('S3_PREFIX') ?? '').replace(/^\/+|\/+$/g, '');
  if (prefix && !/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(prefix))
    throw new Error(`S3_PREFIX may hold letters, digits, dots, dashes, underscores and slashes, got "${prefix}"`);
  const forcePathStyle = read('S3_FORCE_PATH_STYLE');
  return {
    bucket,
    region: read('S3_REGION') ?? read('AWS_REGION') ?? 'eu-west-2',
    endpoint,
    // an S3-compatible endpoint usually wants path-style; AWS itself, virtual-hosted
    forcePathStyle: forcePathStyle ? forcePathStyle === 'true' : !!endpoint,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey, sessionToken: read('S3_SESSION_TOKEN') } : undefined,
    sse: sse as ServerSideEncryption,
    kmsKeyId: read('S3_SSE_KMS_KEY_ID'),
    prefix,
  };
}

export function createS3Client(config: S3Config): S3Client {
  return new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials,
    // stores other than AWS reject the newer default checksums on streamed bodies
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

const isMissing = (error: unknown) =>
  error instanceof NoSuchKey || (error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.$metadata?.httpStatusCode === 404));

export function s3Store(config: S3Config, client: S3Client = createS3Client(config)): FileStore {
  const objectKey = (key: string) => {
    assertStorageKey(key);
    return config.prefix ? `${config.prefix}/${key}` : key;
  };
  const encryption = () => ({ ServerSideEncryption: config.sse, ...(config.sse !== 'AES256' && config.kmsKeyId ? { SSEKMSKeyId: config.kmsKeyId } : {}) });

  return {
    async put(key, body) {
      const Key = objectKey(key);
      let sizeBytes = 0;
      // the body's own failure (a size cap, a refused type, a dropped connection) is the one
      // the caller handles, whatever the SDK reports while it gives the upload up
      let bodyError: unknown = null;
      const counted = body.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            sizeBytes += chunk.byteLength;
            controller.enqueue(chunk);
          },
        }),
      );
      const source = Readable.fromWeb(counted as unknown as NodeReadableStream<Uint8Array>);
      source.once('error', (error) => (bodyError ??= error));
      const upload = new Upload({
        client,
        params: { Bucket: config.bucket, Key, Body: source, ContentType: 'application/octet-stream', ...encryption() },
        queueSize: 2,
        // a failed multipart upload is aborted, so no parts are left behind
        leavePartsOnError: false,
      });
      try {
        await upload.done();
      } catch (error) {
        throw bodyError ?? error;
      }
      return { sizeBytes };
    },

    async get(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: objectKey(key) }));
        if (!out.Body) return null;
        return { body: out.Body.transformToWebStream() as ReadableStream<Uint8Array>, sizeBytes: Number(out.ContentLength ?? 0) };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async delete(key) {
      // S3 answers 204 for a missing key too
      await client.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: objectKey(key) }));
    },
  };
}
