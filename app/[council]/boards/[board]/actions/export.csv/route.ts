import { actionLogExportRoute } from '@/lib/action-log/export-route';

// A person's own view of council data: never cached, by the server or anyone between.
export const dynamic = 'force-dynamic';

/** The action log as CSV: exactly the rows the list's filters (carried in the query string) select. */
export const GET = actionLogExportRoute('csv');
