import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { requirePermission } from '@/lib/access/page';
import { getRisk, riskFormOptions } from '@/lib/risk-log/queries';
import { updateRiskFormAction } from '@/lib/risk-log/form-actions';
import { riskDefaults, riskFields } from '@/lib/risk-log/form-specs';
import { Form } from '@/components/form';
import { riskPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string; risk: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { risk } = await params;
  return { title: `Edit risk ${decodeURIComponent(risk)}` };
}

export default async function EditRiskPage({ params }: Props) {
  const { council, board, risk: reference } = await params;
  const ctx = await resolveBoard(council, board);
  requirePermission(ctx, 'risk', 'update');
  const risk = await getRisk(ctx, decodeURIComponent(reference));
  const options = await riskFormOptions(ctx);
  const here = riskPath(ctx.council.slug, ctx.board.slug, risk.reference);
  return (
    <main id="main-content">
      <p className="mb-4">
        <Link href={here}>Back to risk {risk.reference}</Link>
      </p>
      <h1>
        Edit risk {risk.reference}: {risk.title}
      </h1>
      <p className="mb-6 max-w-2xl">
        A change to the current likelihood or impact is added to the risk’s score history. To record a review, use the review form on the risk’s page.
      </p>
      <div className="max-w-2xl">
        <Form
          action={updateRiskFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
          fields={[
            { name: 'riskId', label: '', type: 'hidden', defaultValue: risk.id },
            { name: 'version', label: '', type: 'hidden', defaultValue: String(risk.version) },
            ...riskFields(riskDefaults(risk), options),
          ]}
          submitLabel="Save the risk"
        />
      </div>
    </main>
  );
}
