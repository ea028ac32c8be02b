import { Prisma } from './db/generated/prisma/client';

/**
 * The one error vocabulary: refusals the app expects, each mapped once to an HTTP status
 * (lib/access/route.ts toResponse), to the page (lib/access/page.ts toPage) and to a
 * form's result (lib/action/define.ts). Anything that is not an AppError is a bug.
 */
export type ErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'INVALID' | 'TOO_LARGE' | 'UNSUPPORTED_TYPE' | 'UNAVAILABLE';

export const httpStatus: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  INVALID: 422,
  TOO_LARGE: 413,
  UNSUPPORTED_TYPE: 415,
  UNAVAILABLE: 503,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    /** for CONFLICT: the version someone else saved, to show beside the one just typed */
    readonly current?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
  /** the HTTP status of this refusal (lib/access/route.ts toResponse answers with it) */
  get status(): number {
    return httpStatus[this.code];
  }
}

/** The form is wrong: a message per field, shown in the error summary and beside each field. */
export const invalid = (fields: Record<string, string | string[]>, message = 'Check the form') =>
  new AppError('INVALID', message, Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? v : [v]])));

/** One field is wrong (the common case of invalid). */
export const invalidField = (field: string, fieldMessage: string, message = 'Check the form') => invalid({ [field]: fieldMessage }, message);

/** It is not there, or not theirs (the same answer, so another council's ids do not leak). */
export const notFound = (what = 'Page') => new AppError('NOT_FOUND', `${what} not found`);

export const forbidden = (message = 'You do not have permission to do that') => new AppError('FORBIDDEN', message);

/**
 * Optimistic concurrency: a save names the version it was editing; if someone saved in
 * between, the save is refused with their version so the page can show both.
 */
export const conflict = (current: Record<string, string>) =>
  new AppError(
    'CONFLICT',
    'Someone else saved changes while you were editing. Their version is shown below and yours is still in the form: check both, then save again.',
    undefined,
    current,
  );

/** A file refused for what it is: too big (413) or not a document we accept (415). */
export const tooLarge = (message: string) => new AppError('TOO_LARGE', message, { file: [message] });
export const unsupportedType = (message: string) => new AppError('UNSUPPORTED_TYPE', message, { file: [message] });

/**
 * The database's own refusals the app expects: a unique key taken by someone at the same
 * moment (409) and a row gone before the write (404). Anything else: null (a bug).
 */
export function fromPrisma(error: unknown, taken = 'That already exists'): AppError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  if (error.code === 'P2002') return new AppError('CONFLICT', taken);
  if (error.code === 'P2025') return new AppError('NOT_FOUND', 'Page not found');
  return null;
}

/** Older names of notFound / forbidden / conflict, kept while branches written against them merge. */
export const notFoundError = notFound;
export const forbiddenError = forbidden;
export const conflictError = conflict;
