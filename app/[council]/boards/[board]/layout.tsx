import type { Metadata } from 'next';
import { titleFrom } from '@/lib/page-title';
import { resolveBoard } from '@/lib/boards/context';
import { SectionNav } from '@/components/section-nav';
import { acceptsChanges } from '@/lib/boards/status';

type Props = { params: Promise<{ council: string; board: string }> };

// Page – Board – Council – Tabled, so each board's pages are told apart in tabs and history.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return titleFrom(async () => {
    const { council, board } = await params;
    const ctx = await resolveBoard(council, board);
    return { title: { template: `%s – ${ctx.board.name} – ${ctx.council.name} – Tabled`, default: `${ctx.board.name} – ${ctx.council.name} – Tabled` } };
  });
}

const sections = [
  { segment: null, label: 'Overview', path: '' },
  { segment: 'meetings', label: 'Meetings', path: '/meetings' },
  { segment: 'actions', label: 'Action log', path: '/actions' },
  { segment: 'risks', label: 'Risk log', path: '/risks' },
  { segment: 'forward-plan', label: 'Forward plan', path: '/forward-plan' },
  { segment: 'plan', label: 'Improvement plan', path: '/plan' },
  { segment: 'membership', label: 'Membership', path: '/membership' },
  { segment: 'terms', label: 'Terms of reference', path: '/terms' },
] as const;

export default async function BoardLayout({ children, params }: Props & { children: React.ReactNode }) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const base = `/${ctx.council.slug}/boards/${ctx.board.slug}`;
  // Only the board's administrators change its details, rules and status.
  const visible = ctx.roles.includes('ADMINISTRATOR') ? [...sections, { segment: 'settings', label: 'Settings', path: '/settings' }] : sections;
  return (
    <div className="pt-6">
      <p className="text-lg text-secondary">{ctx.board.name}</p>
      <SectionNav label="Board" sections={visible.map((s) => ({ segment: s.segment, label: s.label, href: `${base}${s.path}` }))} />
      {!acceptsChanges(ctx.board) && (
        <p className="mb-6 max-w-3xl border-l-8 border-brand bg-panel p-4 font-bold">This board has been dissolved. Its records can be read, but nothing can be added or changed.</p>
      )}
      {children}
    </div>
  );
}
