'use client';

import Link from 'next/link';
import { useSelectedLayoutSegment } from 'next/navigation';

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

// Only the board's administrators change its details, rules and status.
const settings = { segment: 'settings', label: 'Settings', path: '/settings' } as const;

export function BoardNav({ basePath, showSettings = false }: { basePath: string; showSettings?: boolean }) {
  const current = useSelectedLayoutSegment();
  const visible = showSettings ? [...sections, settings] : sections;
  return (
    <nav aria-label="Board" className="mb-8 border-b border-border">
      <ul className="flex flex-wrap gap-x-6">
        {visible.map((s) => {
          const active = current === s.segment;
          return (
            <li key={s.label}>
              <Link
                href={`${basePath}${s.path}`}
                aria-current={active ? 'page' : undefined}
                className={`inline-block py-3 font-bold no-underline ${active ? 'border-b-4 border-brand text-ink visited:text-ink' : 'text-link'}`}
              >
                {s.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
