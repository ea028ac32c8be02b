import { operatorHealthResponse } from '@/lib/db/health';

export const dynamic = 'force-dynamic';

/** Operators only (Authorization: Bearer $HEALTH_TOKEN): why the database is down. */
export function GET(request: Request) {
  return operatorHealthResponse(request);
}
