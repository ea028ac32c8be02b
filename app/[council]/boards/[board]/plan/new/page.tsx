import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { listBoardInspections, listPlans } from '@/lib/plans/queries';
import { createPlanFormAction } from '@/lib/plans/form-actions';
import { NEW_INSPECTION, findingFields, inspectionKinds, judgements } from '@/lib/plans/schema';
import { inspectionKindLabels, judgementLabels, options } from '@/lib/plans/labels';
import { formatDay } from '@/lib/format';
import { DEFAULT_PLAN_THEMES } from '@/lib/rules/plans';
import { Form } from '@/components/form';
import { boardSectionPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }> };

export const metadata: Metadata = { title: 'New improvement plan' };

export default async function NewPlanPage({ params }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const base = boardSectionPath(ctx.council.slug, ctx.board.slug, 'plan');
  if (!can(ctx.roles, 'plan', 'create')) {
    return (
      <main id="main-content">
        <h1>New improvement plan</h1>
        <p>Only the board’s administrators start plans.</p>
      </main>
    );
  }
  const [plans, inspections] = [await listPlans(ctx), await listBoardInspections(ctx)];
  return (
    <main id="main-content" className="max-w-3xl">
      <p className="mb-2">
        <Link href={base}>All plans</Link>
      </p>
      <h1>New improvement plan</h1>
      <p className="mb-6">
        A plan answers an inspection. It starts as a draft with the six themes {DEFAULT_PLAN_THEMES.join(', ')}; you can rename, reorder and add themes
        afterwards. If it follows an earlier plan, you then map each of that plan’s outstanding actions into this one, so that nothing is lost.
      </p>
      <Form
        action={createPlanFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
        submitLabel="Start the plan"
        fields={[
          { name: 'title', label: 'Title', hint: 'For example, Children’s Services Improvement Plan 2026–28' },
          {
            name: 'submissionDeadline',
            type: 'date',
            label: 'Submission deadline (optional)',
            hint: 'When it must be submitted for approval, for example to Ofsted. For example, 15 12 2026',
          },
          {
            name: 'previousPlanId',
            label: 'Follows an earlier plan (optional)',
            type: 'select',
            options: [{ value: '', label: 'No: a first plan, or one running beside another' }, ...plans.map((p) => ({ value: p.id, label: p.title }))],
          },
          {
            name: 'inspectionChoice',
            label: 'Inspection it answers',
            type: 'select',
            hint: 'An inspection another of this board’s plans answers, or a new one described below',
            options: [
              { value: '', label: 'Choose an inspection' },
              { value: NEW_INSPECTION, label: 'A new inspection, described below' },
              ...inspections.map((i) => ({ value: i.id, label: `${i.title} (${inspectionKindLabels[i.kind]}, ${formatDay(i.visitedOn)})` })),
            ],
          },
          {
            name: 'inspectionKind',
            label: 'Kind of inspection (new inspection)',
            type: 'select',
            options: [{ value: '', label: 'Choose the kind' }, ...options(inspectionKindLabels, inspectionKinds)],
          },
          { name: 'inspectionTitle', label: 'Inspection title (new inspection)', hint: 'For example, Inspection of local authority children’s services' },
          { name: 'visitedOn', type: 'date', label: 'Date of the inspection (new inspection)', hint: 'The last day of the visit. For example, 14 7 2026' },
          {
            name: 'judgement',
            label: 'Judgement (new inspection)',
            type: 'select',
            options: [{ value: '', label: 'Choose the judgement' }, ...options(judgementLabels, judgements)],
          },
          ...findingFields.map((f) => ({
            name: f.name,
            label: `${f.label} (new inspection, optional)`,
            type: 'textarea' as const,
            rows: 4,
            hint: `One finding a line, in the report’s order. They are numbered ${f.prefix}1, ${f.prefix}2 and so on.`,
          })),
        ]}
      />
    </main>
  );
}
