'use client';

import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: '/' })} className="cursor-pointer text-white underline">
      Sign out
    </button>
  );
}
