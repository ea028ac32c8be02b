'use client';

import type { Route } from 'next';
import Link from 'next/link';
import { useSelectedLayoutSegment } from 'next/navigation';
import { useId, useState, useSyncExternalStore } from 'react';

export type Section = { segment: string | null; label: string; href: Route };

const subscribe = () => () => {};
const useHydrated = () =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );

/**
 * The tabs of an area (a board, a plan). On a narrow screen (or zoomed in) they fold
 * behind a "Menu" button (a disclosure) rather than wrapping into rows; without JavaScript
 * they stay open as a plain list.
 */
export function SectionNav({ label, sections, level = 'primary' }: { label: string; sections: Section[]; level?: 'primary' | 'secondary' }) {
  const current = useSelectedLayoutSegment();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const active = sections.find((s) => s.segment === current);
  const collapsed = hydrated && !open;
  return (
    <nav aria-label={label} className={`${level === 'primary' ? 'mb-8' : 'mb-6'} border-b border-border`}>
      {hydrated && (
        <button
          type="button"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
          className="my-2 flex cursor-pointer items-center gap-2 border-2 border-ink bg-white px-3 py-1 font-bold md:hidden"
        >
          <span aria-hidden="true">{open ? '▲' : '▼'}</span> {level === 'primary' ? 'Menu' : `${label} menu`}
          {active && <span className="font-normal">: {active.label}</span>}
        </button>
      )}
      <ul
        id={listId}
        className={`${collapsed ? 'hidden' : 'flex'} flex-col md:flex md:flex-row md:flex-wrap ${level === 'primary' ? 'md:gap-x-6' : 'md:gap-x-5'}`}
      >
        {sections.map((s) => {
          const isActive = current === s.segment;
          return (
            <li key={s.label}>
              <Link
                href={s.href}
                aria-current={isActive ? 'page' : undefined}
                className={`inline-block py-2 no-underline md:py-3 ${level === 'primary' ? 'font-bold' : ''} ${isActive ? 'border-l-4 border-brand pl-2 text-ink visited:text-ink md:border-b-4 md:border-l-0 md:pl-0' : 'text-link'}`}
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
