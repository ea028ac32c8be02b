import { resolveBoard } from '@/lib/boards/context';
import { BoardNav } from '@/components/board-nav';

export default async function BoardLayout({ children, params }: { children: React.ReactNode; params: Promise<{ council: string; board: string }> }) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  return (
    <div className="pt-6">
      <p className="text-lg text-secondary">{ctx.board.name}</p>
      <BoardNav basePath={`/${ctx.council.slug}/boards/${ctx.board.slug}`} showSettings={ctx.roles.includes('ADMINISTRATOR')} />
      {children}
    </div>
  );
}
