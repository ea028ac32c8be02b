import { Form } from '@/components/form';
import { labelOptions } from '@/lib/labels';
import { setTermsApprovalRouteFormAction } from '@/lib/boards/form-actions';

type Props = { route: readonly [string, string]; current: { termsApprovalRoute: string; termsApprovalBody: string | null } };

/** Who approves the board's terms of reference: the Chair (001), or a named body such as full Council (002). */
export function TermsRouteForm({ route, current }: Props) {
  return (
    <section aria-labelledby="terms-route-heading" className="mb-12 max-w-3xl">
      <h2 id="terms-route-heading">Approving the terms of reference</h2>
      <Form
        idPrefix="terms-route-"
        action={setTermsApprovalRouteFormAction.bind(null, ...route)}
        submitLabel="Save the approval route"
        fields={[
          {
            name: 'termsApprovalRoute',
            label: 'Who approves changes to the terms of reference',
            type: 'radios',
            options: labelOptions('termsApprovalRoute'),
            defaultValue: current.termsApprovalRoute,
          },
          {
            name: 'termsApprovalBody',
            label: 'The body that approves them',
            hint: 'Only for a named body, for example “Full Council” or “Cabinet”. An administrator records its decision, with the date and reference.',
            defaultValue: current.termsApprovalBody ?? '',
          },
        ]}
      />
    </section>
  );
}
