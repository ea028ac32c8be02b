import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { requirePermission } from '@/lib/access/page';
import { getAction } from '@/lib/action-log/queries';
import { dropFormAction } from '@/lib/action-log/form-actions';
import { dropFields } from '@/lib/action-log/form-specs';
import { dropRefusal } from '@/lib/rules/action-log';
import { Form } from '@/components/form';
import { actionPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string; reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { reference } = await params;
  return { title: `Drop action ${decodeURIComponent(reference)}` };
}

export default async function DropActionPage({ params }: Props) {
  const { council, board, reference } = await params;
  const ctx = await resolveBoard(council, board);
  requirePermission(ctx, 'action', 'create');
  const action = await getAction(ctx, reference);
  const back = actionPath(ctx.council.slug, ctx.board.slug, action.reference);
  const refusal = dropRefusal(action.status);
  return (
    <main id="main-content" className="max-w-3xl">
      <h1>Drop action {action.reference}</h1>
      <p className="mb-6 whitespace-pre-wrap">{action.description}</p>
      {refusal ? (
        <p>{refusal}.</p>
      ) : (
        <>
          <p className="mb-6">A dropped action stays in the log with its reason, and can no longer be changed.</p>
          <Form
            action={dropFormAction.bind(null, ctx.council.slug, ctx.board.slug, action.reference)}
            submitLabel="Drop the action"
            fields={dropFields(action.id)}
          />
        </>
      )}
      <p className="mt-8">
        <Link href={back}>Back to the action</Link>
      </p>
    </main>
  );
}
