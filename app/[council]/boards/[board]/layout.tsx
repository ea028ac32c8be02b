import type { Metadata } from 'next';
import { titleFrom } from '@/lib/page-title';
import { resolveBoard } from '@/lib/boards/context';
import { SectionNav } from '@/components/section-nav';
import { acceptsChanges } from '@/lib/boards/status';
import { boardPath, boardSectionPath, type BoardSection } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }> };

// Page – Board – Council – Tabled, so each board's pages are told apart in tabs and history.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return titleFrom(async () => {
    const { council, board } = await params;
    const ctx = await resolveBoard(council, board);
    return { title: { template: `%s – ${ctx.board.name} – ${ctx.council.name} – Tabled`, default: `${ctx.board.name} – ${ctx.council.name} – Tabled` } };
  });
}

// The board's tabs: each segment is also the section's place in lib/routes (null: the overview).
const sections: { segment: BoardSection | null; label: string }[] = [
  { segment: null, label: 'Overview' },
  { segment: 'meetings', label: 'Meetings' },
  { segment: 'actions', label: 'Action log' },
  { segment: 'risks', label: 'Risk log' },
  { segment: 'forward-plan', label: 'Forward plan' },
  { segment: 'plan', label: 'Improvement plan' },
  { segment: 'membership', label: 'Membership' },
  { segment: 'terms', label: 'Terms of reference' },
];

export default async function BoardLayout({ children, params }: Props & { children: React.ReactNode }) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const at = [ctx.council.slug, ctx.board.slug] as const;
  // Only the board's administrators change its details, rules and status.
  const visible = ctx.roles.includes('ADMINISTRATOR') ? [...sections, { segment: 'settings' as const, label: 'Settings' }] : sections;
  return (
    <div className="pt-6">
      <p className="text-lg text-secondary">{ctx.board.name}</p>
      <SectionNav
        label="Board"
        sections={visible.map((s) => ({ segment: s.segment, label: s.label, href: s.segment ? boardSectionPath(...at, s.segment) : boardPath(...at) }))}
      />
      {!acceptsChanges(ctx.board) && (
        <p className="mb-6 max-w-3xl border-l-8 border-brand bg-panel p-4 font-bold">
          This board has been dissolved. Its records can be read, but nothing can be added or changed.
        </p>
      )}
      {children}
    </div>
  );
}
