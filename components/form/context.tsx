'use client';

import { createContext, useContext } from 'react';
import type { ActionResult } from '@/lib/action/result';

type Refusal = Extract<ActionResult, { ok: false }>;

export type FormState = {
  /** keeps element ids unique when several forms share a page */
  idPrefix: string;
  /** the refusal the last post came back with, if it did */
  failed: Refusal | null;
  /** what the last post sent, every value of every field (checkboxes included) */
  posted: Record<string, string[]> | null;
};

const FormContext = createContext<FormState>({ idPrefix: '', failed: null, posted: null });

export const FormStateProvider = FormContext.Provider;

/**
 * What a field of the kit needs from its form: its id, its errors, and the value to show
 * (what was typed, after a refusal; else the field's own default).
 */
export function useField(name: string) {
  const { idPrefix, failed, posted } = useContext(FormContext);
  const id = `${idPrefix}${name}`;
  const errors = failed?.fieldErrors?.[name] ?? [];
  const value = (fallback: string | undefined) => (failed ? (posted?.[name]?.[0] ?? failed.values?.[name] ?? fallback ?? '') : (fallback ?? ''));
  const values = (fallback: string[] | undefined) => (failed && posted ? (posted[name] ?? []) : (fallback ?? []));
  return { id, idPrefix, errors, value, values, failed };
}
