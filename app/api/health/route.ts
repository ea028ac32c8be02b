import { publicHealthResponse } from '@/lib/db/health';

export const dynamic = 'force-dynamic';

/** Load balancers: 200 {status:"up"} after a real round trip to the database, else 503 {status:"down"}. */
export function GET() {
  return publicHealthResponse();
}
