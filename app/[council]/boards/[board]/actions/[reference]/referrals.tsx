import Link from 'next/link';
import { Form } from '@/components/form';
import { StatusTag } from '@/components/tag';
import { referActionFormAction } from '@/lib/action-log/form-actions';
import type { getActionReferrals } from '@/lib/action-log/referral-queries';
import { actionPath } from '@/lib/routes';

type Referrals = Awaited<ReturnType<typeof getActionReferrals>>;
type Props = {
  council: string;
  board: string;
  action: { id: string; reference: string; owner: string; final: boolean };
  referrals: Referrals;
};

/** Where this action came from and went to on other boards' logs, and referring it to a supporting board. */
export function ActionReferrals({ council, board, action, referrals }: Props) {
  const { referredFrom, referrals: to, canReferTo } = referrals;
  const offerForm = !action.final && canReferTo.length > 0;
  if (!referredFrom && to.length === 0 && !offerForm) return null;
  return (
    <section aria-labelledby="referrals" className="mb-10">
      <h2 id="referrals">Other boards</h2>
      {referredFrom && (
        <p className="mb-2">
          Referred by {referredFrom.board.name} from{' '}
          <Link href={actionPath(council, referredFrom.board.slug, referredFrom.reference)}>{referredFrom.reference}</Link>{' '}
          <StatusTag status={referredFrom.status} kind="actionStatus" />
        </p>
      )}
      {to.length > 0 && (
        <ul className="mb-4 list-disc pl-6">
          {to.map((r) => (
            <li key={r.reference}>
              Referred to {r.board.name} as <Link href={actionPath(council, r.board.slug, r.reference)}>{r.reference}</Link>{' '}
              <StatusTag status={r.status} kind="actionStatus" />
            </li>
          ))}
        </ul>
      )}
      {offerForm && (
        <div className="max-w-2xl">
          <h3>Refer to a supporting board</h3>
          <p className="mb-4">The supporting board gets its own action, linked to this one. This action stays open here: the board still answers for it.</p>
          <Form
            action={referActionFormAction.bind(null, council, board, action.reference)}
            idPrefix="refer-"
            submitLabel="Refer the action"
            variant="secondary"
            fields={[
              { name: 'actionId', label: '', type: 'hidden', defaultValue: action.id },
              { name: 'targetBoardId', label: 'Refer it to', type: 'radios', options: canReferTo.map((b) => ({ value: b.id, label: b.name })) },
              { name: 'referralOwner', label: 'Who owns it on that board', hint: 'A person, role or partner agency', defaultValue: action.owner },
              { name: 'referralDueOn', type: 'date', label: 'Due on that board (optional)', hint: 'Leave blank for the date that counts here' },
              { name: 'referralNote', type: 'textarea', label: 'Note for the supporting board (optional)' },
            ]}
          />
        </div>
      )}
    </section>
  );
}
