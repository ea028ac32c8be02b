'use client';

import Link from 'next/link';
import { useSelectedLayoutSegment } from 'next/navigation';

// The plan's own pages. Measures, import, export and the report are built beside these
// (lib/plan-measures, lib/plan-import, lib/plan-export, lib/plan-reports).
const sections = [
  { segment: null, label: 'Overview', path: '' },
  { segment: 'findings', label: 'Findings', path: '/findings' },
  { segment: 'carry-over', label: 'Carry-over', path: '/carry-over' },
  { segment: 'measures', label: 'Measures', path: '/measures' },
  { segment: 'import', label: 'Import', path: '/import' },
  { segment: 'export', label: 'Export', path: '/export' },
  { segment: 'report', label: 'Report', path: '/report' },
] as const;
const settings = { segment: 'settings', label: 'Themes and bodies', path: '/settings' } as const;

export function PlanNav({ basePath, title, showSettings }: { basePath: string; title: string; showSettings: boolean }) {
  const current = useSelectedLayoutSegment();
  const visible = showSettings ? [...sections, settings] : sections;
  return (
    <nav aria-label={`Plan: ${title}`} className="mb-6 border-b border-border">
      <ul className="flex flex-wrap gap-x-5">
        {visible.map((s) => {
          const active = current === s.segment;
          return (
            <li key={s.label}>
              <Link
                href={`${basePath}${s.path}`}
                aria-current={active ? 'page' : undefined}
                className={`inline-block py-2 no-underline ${active ? 'border-b-4 border-brand font-bold text-ink visited:text-ink' : 'text-link'}`}
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
