import type { Metadata } from 'next';
import { resolveCouncilAdmin } from '@/lib/councils/admin';
import { listMembersAndInvitations } from '@/lib/members/queries';
import { inviteFormAction, removeMemberFormAction, revokeInvitationFormAction } from '@/lib/invitations/form-actions';
import { Form } from '@/components/form';
import { formatDay } from '@/lib/format';
import { label, labelOptions } from '@/lib/labels';
import { DataTable } from '@/components/data-table';

export const metadata: Metadata = { title: 'Members and invitations' };

const boardRoles = ['ADMINISTRATOR', 'CHAIR', 'MEMBER', 'SUBSTITUTE', 'ATTENDEE', 'OBSERVER'];

export default async function MembersPage({ params }: { params: Promise<{ council: string }> }) {
  const { council } = await params;
  const ctx = await resolveCouncilAdmin(council);
  const { members, invitations, boards } = await listMembersAndInvitations(ctx);
  return (
    <main id="main-content" className="py-8">
      <span className="text-lg text-secondary">{ctx.council.name}</span>
      <h1>Members and invitations</h1>

      <h2>Members</h2>
      <DataTable caption={<>Members of {ctx.council.name}</>} captionClass="sr-only" className="mb-10">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Council role</th>
            <th scope="col">Boards</th>
            <th scope="col">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>
                {m.person.name}
                {m.person.email && <div className="text-sm text-secondary">{m.person.email}</div>}
              </td>
              <td>{label('councilRole', m.role)}</td>
              <td className="text-sm">
                {m.person.boardAccess.length ? m.person.boardAccess.map((a) => `${a.board.name} (${label('boardAccessRole', a.role)})`).join(', ') : '—'}
              </td>
              <td>
                {m.person.id !== ctx.actor.id && (
                  <Form
                    action={removeMemberFormAction.bind(null, ctx.council.slug)}
                    fields={[{ name: 'membershipId', label: '', type: 'hidden', defaultValue: m.id }]}
                    submitLabel={`Remove ${m.person.name}`}
                    variant="secondary"
                    idPrefix={`remove-${m.id}-`}
                    confirm={{
                      question: `Remove ${m.person.name} from ${ctx.council.name}?`,
                      confirmLabel: `Yes, remove ${m.person.name}`,
                      body: 'They lose access to every board of this council at once. To bring them back, invite them again.',
                      variant: 'warning',
                    }}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>

      <h2>Open invitations</h2>
      {invitations.length === 0 ? (
        <p className="mb-10">No invitations are waiting to be accepted.</p>
      ) : (
        <DataTable caption="Open invitations" captionClass="sr-only" className="mb-10">
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Access</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="sr-only">Withdraw</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((i) => (
              <tr key={i.id}>
                <td>{i.email}</td>
                <td>
                  {label('councilRole', i.councilRole)}
                  {i.boardName && `; ${i.boardName} (${label('boardAccessRole', i.boardRole)})`}
                  <div className="text-sm text-secondary">Invited by {i.invitedBy.name}</div>
                </td>
                <td>{formatDay(i.expiresAt)}</td>
                <td>
                  <Form
                    action={revokeInvitationFormAction.bind(null, ctx.council.slug)}
                    fields={[{ name: 'invitationId', label: '', type: 'hidden', defaultValue: i.id }]}
                    submitLabel={`Withdraw invitation to ${i.email}`}
                    variant="secondary"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}

      <h2>Invite someone</h2>
      <div className="max-w-2xl">
        <Form
          action={inviteFormAction.bind(null, ctx.council.slug)}
          submitLabel="Send invitation"
          fields={[
            { name: 'email', label: 'Email address', type: 'email', autoComplete: 'off', hint: 'They will get a link to accept, valid for 14 days' },
            {
              name: 'councilRole',
              label: 'Council role',
              type: 'select',
              hint: 'A council administrator runs boards and invites people',
              options: labelOptions('councilRole', ['MEMBER', 'ADMIN']),
            },
            {
              name: 'boardId',
              label: 'Board (optional)',
              type: 'select',
              options: [{ value: '', label: 'No board' }, ...boards.map((b) => ({ value: b.id, label: b.name }))],
            },
            {
              name: 'boardRole',
              label: 'Role on the board',
              type: 'select',
              options: [{ value: '', label: 'No role' }, ...labelOptions('boardAccessRole', boardRoles)],
            },
          ]}
        />
      </div>
    </main>
  );
}
