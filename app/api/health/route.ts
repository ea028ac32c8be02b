// eslint-disable-next-line no-restricted-imports -- the health check is the declared exception (routesOutsideDefineRoute): one round trip to the database, no council data
import { publicHealthResponse } from '@/lib/db/health';

export const dynamic = 'force-dynamic';

/** Load balancers: 200 {status:"up"} after a real round trip to the database, else 503 {status:"down"}. */
export function GET() {
  return publicHealthResponse();
}
