'use client';

import { signIn } from 'next-auth/react';

export function EntraButton({ providerId, callbackUrl }: { providerId: string; callbackUrl: string }) {
  return (
    <button
      type="button"
      onClick={() => signIn(providerId, { callbackUrl })}
      className="mb-2 cursor-pointer bg-panel px-4 py-2 font-bold text-ink shadow-[0_2px_0_#858686]"
    >
      Continue with a Microsoft work account
    </button>
  );
}
