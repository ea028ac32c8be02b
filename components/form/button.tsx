'use client';

import { useFormStatus } from 'react-dom';

export type ButtonVariant = 'primary' | 'secondary' | 'warning';

export const buttonClass: Record<ButtonVariant, string> = {
  primary: 'bg-success text-white shadow-[0_2px_0_#002d18]',
  secondary: 'bg-panel text-ink shadow-[0_2px_0_#858686]',
  warning: 'bg-error text-white shadow-[0_2px_0_#55150b]',
};

/**
 * GOV.UK button. One primary button per section of a page: the others are secondary.
 * While its form is posting it says so and cannot be pressed again.
 */
export function SubmitButton({
  children,
  variant = 'primary',
  name,
  value,
  className = '',
}: {
  children: React.ReactNode;
  variant?: ButtonVariant;
  name?: string;
  value?: string;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending || undefined}
      className={`cursor-pointer px-4 py-2 font-bold disabled:opacity-60 ${buttonClass[variant]} ${className}`.trim()}
    >
      {pending ? 'Please wait…' : children}
    </button>
  );
}
