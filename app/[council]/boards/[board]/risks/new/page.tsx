import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { requirePermission } from '@/lib/access/page';
import { riskFormOptions } from '@/lib/risk-log/queries';
import { createRiskFormAction } from '@/lib/risk-log/form-actions';
import { riskFields } from '@/lib/risk-log/form-specs';
import { addCalendarDays, londonDay } from '@/lib/rules/london-calendar';
import { Form } from '@/components/form';
import { currentTime } from '@/lib/clock';
import { boardSectionPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }> };

export const metadata: Metadata = { title: 'Add a risk' };

export default async function NewRiskPage({ params }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  // only administrators add risks; anyone else is answered as if the page were not there
  requirePermission(ctx, 'risk', 'create');
  const options = await riskFormOptions(ctx);
  const base = boardSectionPath(ctx.council.slug, ctx.board.slug, 'risks');
  const inSixWeeks = addCalendarDays(londonDay(currentTime()), 42);
  return (
    <main id="main-content">
      <p className="mb-4">
        <Link href={base}>Back to the risk log</Link>
      </p>
      <h1>Add a risk</h1>
      <p className="mb-6 max-w-2xl">
        Score likelihood and impact from 1 to 5 each; the score is the one times the other. The inherent score is the risk with no controls, the current score
        is the risk today, and the target is where the mitigations should bring it.
      </p>
      <div className="max-w-2xl">
        <Form
          action={createRiskFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
          fields={riskFields({ reviewDueOn: inSixWeeks }, options)}
          submitLabel="Add the risk"
        />
      </div>
    </main>
  );
}
