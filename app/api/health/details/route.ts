// eslint-disable-next-line no-restricted-imports -- the operators' health check is a declared exception beside /api/health (routesOutsideDefineRoute): a bearer token, no council data
import { operatorHealthResponse } from '@/lib/db/health';

export const dynamic = 'force-dynamic';

/** Operators only (Authorization: Bearer $HEALTH_TOKEN): why the database is down. */
export function GET(request: Request) {
  return operatorHealthResponse(request);
}
