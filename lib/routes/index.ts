/**
 * Every address in the app comes from here: one typed builder per kind of page or file, so
 * a link, a redirect, a revalidatePath or a mail link cannot be mistyped, and moving a page
 * changes one place. Each dynamic value is one encoded segment; query strings go through
 * URLSearchParams. Imports nothing server-only: client components use it too.
 */
export { withHash, withQuery, type Query } from './build';
export * from './account';
export * from './council';
export * from './board';
export * from './meetings';
export * from './plans';
export * from './public';
export * from './api';
