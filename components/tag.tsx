import { label, type LabelKind } from '@/lib/labels';

export type Tone = 'grey' | 'blue' | 'green' | 'red' | 'amber' | 'purple';

// Dark text on tinted backgrounds, as GOV.UK tags do, so every pair clears 4.5:1.
const tones: Record<Tone, string> = {
  grey: 'bg-[#e5e6e7] text-[#0b0c0c]',
  blue: 'bg-[#d2e2f1] text-[#0c2d4a]',
  green: 'bg-[#cce5d8] text-[#005a30]',
  red: 'bg-[#f4cdc6] text-[#2a0b06]',
  amber: 'bg-[#fcd6c3] text-[#6e3619]',
  purple: 'bg-[#dbd5e9] text-[#3d2375]',
};

export function Tag({ children, tone = 'grey' }: { children: React.ReactNode; tone?: Tone }) {
  return <strong className={`inline-block px-2 py-0.5 text-sm font-bold ${tones[tone]}`}>{children}</strong>;
}

const statusTones: Record<string, Tone> = {
  SCHEDULED: 'blue',
  HELD: 'grey',
  CANCELLED: 'red',
  OPEN: 'blue',
  IN_PROGRESS: 'blue',
  AWAITING_SIGN_OFF: 'purple',
  CLOSED: 'green',
  DROPPED: 'grey',
  MONITORING: 'blue',
  ESCALATED: 'purple',
  DRAFT: 'grey',
  CIRCULATED: 'green',
  WITHDRAWN: 'grey',
  SENT_TO_CHAIR: 'purple',
  RETURNED: 'amber',
  APPROVED: 'green',
  DISTRIBUTED: 'green',
  CONFIRMED: 'green',
  SUPERSEDED: 'grey',
  ESTABLISHED: 'green',
  PROVISIONAL: 'amber',
  DISSOLVED: 'grey',
  NOT_STARTED: 'grey',
  SIGNED_OFF: 'green',
  CARRIED_OVER: 'purple',
  IN_DELIVERY: 'blue',
  TRANSITION: 'purple',
  PENDING: 'amber',
  ACCEPTED: 'green',
  ACCEPTED_WITH_CHANGES: 'blue',
  REJECTED: 'red',
  REQUESTED: 'blue',
  SUBMITTED: 'purple',
};

/** A status in its kind's words (lib/labels) and a tone that says the same thing. */
export function StatusTag({ status, kind }: { status: string; kind: LabelKind }) {
  return <Tag tone={statusTones[status] ?? 'grey'}>{label(kind, status)}</Tag>;
}

const ragTones: Record<string, { tone: Tone; label: string }> = {
  red: { tone: 'red', label: 'Red' },
  RED: { tone: 'red', label: 'Red' },
  amber: { tone: 'amber', label: 'Amber' },
  AMBER: { tone: 'amber', label: 'Amber' },
  green: { tone: 'green', label: 'Green' },
  GREEN: { tone: 'green', label: 'Green' },
  complete: { tone: 'blue', label: 'Complete' },
  BLUE: { tone: 'blue', label: 'Complete' },
};

/** RAG in words as well as colour, so it reads without colour vision. */
export function RagTag({ rag }: { rag: string | null }) {
  if (!rag) return <Tag>Not rated</Tag>;
  const r = ragTones[rag] ?? { tone: 'grey' as const, label: rag };
  return <Tag tone={r.tone}>{r.label}</Tag>;
}
