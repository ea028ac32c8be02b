'use client';

import { signOut } from 'next-auth/react';
import { homePath } from '@/lib/routes';

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: homePath() })} className="cursor-pointer text-white underline">
      Sign out
    </button>
  );
}
