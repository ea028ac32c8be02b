import { withCouncil } from '../../../lib/db/tenant';
import { enqueueMail } from '../../../lib/mail/outbox';
import type { Cases } from './world';

export const cases: Cases = {
  // council B's failed message, named from council A
  'mail.requeue': async (w) => {
    const { id } = await withCouncil(w.b.council.id, (tx) =>
      enqueueMail(tx, { councilId: w.b.council.id, kind: 'invitation', to: 'b-invitee@example.test', subject: 'Invited', text: 'x' }),
    );
    return { messageId: id };
  },
};
