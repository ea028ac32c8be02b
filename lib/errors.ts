/** Refusals the app expects, each mapped once to an HTTP status and to the page. */
export type ErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'INVALID' | 'UNAVAILABLE';

export const httpStatus: Record<ErrorCode, number> = { NOT_FOUND: 404, FORBIDDEN: 403, CONFLICT: 409, INVALID: 422, UNAVAILABLE: 503 };

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
}

export const notFoundError = (what = 'Page') => new AppError('NOT_FOUND', `${what} not found`);
export const forbiddenError = () => new AppError('FORBIDDEN', 'You do not have permission to do that');

/**
 * Optimistic concurrency: a save names the version it was editing; if someone saved in
 * between, the save is refused with their version so the page can show both.
 */
export function conflictError(current: Record<string, string>) {
  return new AppError('CONFLICT', 'Someone else saved changes while you were editing. Their version is shown below and yours is still in the form: check both, then save again.', undefined, current);
}
