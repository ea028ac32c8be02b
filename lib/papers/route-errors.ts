import { Prisma } from '../db/generated/prisma/client';
import { AppError, httpStatus } from '../errors';
import { DatabaseUnavailableError, isDatabaseUnavailable, recordUnavailable } from '../db/outage';

/** An upload refused for what it is rather than who sent it: too big (413) or not a document (415). */
export class UploadRefusal extends Error {
  constructor(
    readonly code: 'TOO_LARGE' | 'UNSUPPORTED_TYPE',
    message: string,
  ) {
    super(message);
    this.name = 'UploadRefusal';
  }
  get status() {
    return this.code === 'TOO_LARGE' ? 413 : 415;
  }
}

export type RouteRefusalBody = { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };

const json = (status: number, body: RouteRefusalBody) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } });

/**
 * Refusals the route handlers expect, each mapped once to its status with a message a
 * person can act on; anything else is a bug and is thrown (and answered 500 by Next).
 */
export function refusalResponse(error: unknown): Response | null {
  if (error instanceof UploadRefusal) return json(error.status, { ok: false, code: error.code, message: error.message, fieldErrors: { file: [error.message] } });
  if (error instanceof AppError) return json(httpStatus[error.code], { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors });
  if (isDatabaseUnavailable(error)) {
    if (!(error instanceof DatabaseUnavailableError)) recordUnavailable(error, 'route');
    const res = json(503, { ok: false, code: 'UNAVAILABLE', message: 'The service cannot reach its database for a moment. Try again in a minute.' });
    res.headers.set('Retry-After', '30');
    return res;
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2002') return json(409, { ok: false, code: 'CONFLICT', message: 'Someone else changed this paper at the same moment. Reload the page and try again.' });
    if (error.code === 'P2025') return json(404, { ok: false, code: 'NOT_FOUND', message: 'Page not found' });
  }
  return null;
}
