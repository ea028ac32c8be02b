import 'server-only';
import { withCouncil } from '../db/tenant';

/** Whether the council requires a second factor of its administrators and Chairs. */
export async function councilSecondFactorSetting(councilId: string): Promise<boolean> {
  const council = await withCouncil(councilId, (tx) => tx.council.findUnique({ where: { id: councilId }, select: { requireSecondFactor: true } }));
  return council?.requireSecondFactor ?? false;
}
