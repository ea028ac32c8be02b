/** Refusals the app expects, each mapped once to an HTTP status and to the page. */
export type ErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'INVALID';

export const httpStatus: Record<ErrorCode, number> = { NOT_FOUND: 404, FORBIDDEN: 403, CONFLICT: 409, INVALID: 422 };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFoundError = (what = 'Page') => new AppError('NOT_FOUND', `${what} not found`);
export const forbiddenError = () => new AppError('FORBIDDEN', 'You do not have permission to do that');
