// eslint-disable-next-line no-restricted-imports -- the health check is the declared exception (routesOutsideDefineRoute): one round trip to the database, no council data
import { checkDatabase } from '@/lib/db/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const result = await checkDatabase();
  return Response.json(result, { status: result.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
