'use client';

// Over 300 lines on purpose: the editor's autosave, clash panel and per-item fields share one
// state (what is saved, what is typed, what the other person saved), so they stay together.

import { useActionState, useCallback, useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/action/result';
import {
  actionField,
  adoptStoredDraft,
  decisionField,
  discussionField,
  draftToFields,
  emptyAction,
  emptyDecision,
  fieldsToItems,
  sameItem,
  type DraftAction,
  type DraftDecision,
  type DraftItem,
} from '@/lib/minutes/fields';
import { ErrorSummary } from '@/components/error-summary';
import { SUBMISSION_KEY_FIELD, SubmissionKey } from '@/components/submission-key';
import { SessionEndedSignal } from '@/components/session-ended';
import { formatTime } from '@/lib/format';

type SaveResult = ActionResult<{ version: number; savedAt: string; draft: DraftItem[] }>;
type Option = { value: string; label: string };
type FormAction = (state: ActionResult | null, formData: FormData) => Promise<ActionResult | null>;

const AUTOSAVE_MS = 1500;

type Props = {
  minutesId: string;
  version: number;
  headings: { position: number; heading: string }[];
  initial: DraftItem[];
  owners: Option[];
  /** the board takes no decisions of its own: only recommendations are offered */
  advisory: boolean;
  /** the council's decision makers a recommendation can name */
  decisionMakers: string[];
  save: (formData: FormData) => Promise<SaveResult>;
  /** the same save for the form posted without JavaScript, through useActionState */
  fallbackSave: FormAction;
  send: FormAction;
};

type Failure = { message: string; fieldErrors: Record<string, string[]>; signInHref?: string };

/**
 * The minutes editor: one form for the whole version, a section per agenda item. It saves
 * as you type (a moment after you stop) through the same server action as the Save
 * button, naming the version it was editing. If someone else saved in between, their text
 * is shown beside yours, item by item, and you choose; nothing typed is discarded, and
 * saving stops until you have chosen. Before JavaScript loads it is a plain form, posted
 * through useActionState: a refused save comes back with what was typed and its errors.
 */
export function MinutesEditor({ minutesId, version: initialVersion, headings, initial, owners, advisory, decisionMakers, save, fallbackSave, send }: Props) {
  const positions = headings.map((h) => h.position);
  // the result of a save posted without JavaScript, if the page is its answer
  const [posted, postAction] = useActionState(fallbackSave, null);
  const postedFailed = posted && !posted.ok ? posted : null;
  const postedClash = postedFailed?.code === 'CONFLICT' && postedFailed.current ? postedFailed.current : null;
  const [items, setItems] = useState<DraftItem[]>(() => (postedFailed?.values ? fieldsToItems(postedFailed.values, positions) : initial));
  const [version, setVersion] = useState(() => (postedClash ? Number(postedClash.version) : initialVersion));
  const [status, setStatus] = useState(() => (posted ? (posted.ok ? 'Saved' : `Not saved: ${posted.message}`) : ''));
  const [dirty, setDirty] = useState(() => postedFailed !== null);
  const [failure, setFailure] = useState<Failure | null>(() =>
    postedFailed && !postedClash ? { message: postedFailed.message, fieldErrors: postedFailed.fieldErrors ?? {}, signInHref: postedFailed.signInHref } : null,
  );
  const [clash, setClash] = useState<{ theirs: DraftItem[]; open: number[] } | null>(() => {
    if (!postedClash || !postedFailed?.values) return null;
    const mine = fieldsToItems(postedFailed.values, positions);
    const theirs = fieldsToItems(postedClash, positions);
    const open = positions.filter((_, i) => !sameItem(mine[i]!, theirs[i]!));
    return open.length ? { theirs, open } : null;
  });
  // sending to the Chair: its refusals (an incomplete draft) show in the same error summary
  // and beside the same fields as a refused save, until a later save succeeds
  const [sendState, sendAction, sending] = useActionState(send, null);
  const [sendSeen, setSendSeen] = useState<ActionResult | null>(null);
  const sendRef = useRef(sendState);
  useEffect(() => {
    sendRef.current = sendState;
  }, [sendState]);
  const itemsRef = useRef(items);
  const versionRef = useRef(version);
  const clashRef = useRef(clash);
  const saving = useRef(false);
  const again = useRef(false);
  const dirtyRef = useRef(dirty);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  const markDirty = (value: boolean) => {
    dirtyRef.current = value;
    setDirty(value);
  };

  const saveNow = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    if (clashRef.current) return;
    if (saving.current) {
      again.current = true;
      return;
    }
    saving.current = true;
    markDirty(false);
    setStatus('Saving…');
    const form = new FormData();
    const sent = itemsRef.current;
    form.set('minutesId', minutesId);
    form.set(SUBMISSION_KEY_FIELD, crypto.randomUUID()); // each autosave is its own submission
    form.set('version', String(versionRef.current));
    for (const [name, value] of Object.entries(draftToFields(sent))) form.set(name, value);
    try {
      const result = await save(form);
      if (result.ok) {
        versionRef.current = result.data.version;
        setVersion(result.data.version);
        setFailure(null);
        setSendSeen(sendRef.current);
        // take the stored rows (the server drops blank ones), so row numbers, and so
        // every error link, are the server's; unless more was typed meanwhile, which
        // will be saved next and answered the same way
        if (itemsRef.current === sent) {
          const next = adoptStoredDraft(sent, result.data.draft);
          itemsRef.current = next;
          setItems(next);
        }
        setStatus(`Saved at ${formatTime(new Date(result.data.savedAt))}`);
      } else if (result.code === 'CONFLICT' && result.current) {
        const theirVersion = Number(result.current.version);
        const theirs = fieldsToItems(result.current, positions);
        const open = positions.filter((_, i) => !sameItem(itemsRef.current[i]!, theirs[i]!));
        versionRef.current = theirVersion;
        setVersion(theirVersion);
        markDirty(true);
        if (open.length === 0) {
          again.current = true; // the same words: nothing to choose, save on their version
        } else {
          const next = { theirs, open };
          clashRef.current = next;
          setClash(next);
          setStatus('Not saved: someone else saved changes to these minutes. Compare the versions below and choose.');
        }
      } else {
        markDirty(true);
        setFailure({ message: result.message, fieldErrors: result.fieldErrors ?? {}, signInHref: result.signInHref });
        setStatus(`Not saved: ${result.message}`);
      }
    } catch {
      markDirty(true);
      setStatus('Not saved: the connection failed. Your text is still here; it will be saved when you next type, or choose Save draft.');
    } finally {
      saving.current = false;
      if (again.current) {
        again.current = false;
        void saveNow();
      }
    }
    // positions is derived from props, stable for the life of the page
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [minutesId, save]);

  const sendFailure: Failure | null =
    sendState && !sendState.ok && sendState !== sendSeen ? { message: sendState.message, fieldErrors: sendState.fieldErrors ?? {} } : null;
  const shown = failure ?? sendFailure;

  useEffect(() => {
    if (failure && Object.keys(failure.fieldErrors).length) summary.current?.focus();
  }, [failure]);
  useEffect(() => {
    if (sendState && !sendState.ok) summary.current?.focus();
  }, [sendState]);

  // leaving with unsaved words asks first
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirtyRef.current || saving.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const change = (next: DraftItem[]) => {
    itemsRef.current = next;
    setItems(next);
    markDirty(true);
    if (clashRef.current) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_MS);
  };
  const updateItem = (index: number, patch: (item: DraftItem) => DraftItem) => change(itemsRef.current.map((it, i) => (i === index ? patch(it) : it)));
  const updateDecision = (index: number, k: number, patch: Partial<DraftDecision>) =>
    updateItem(index, (it) => ({ ...it, decisions: it.decisions.map((d, j) => (j === k ? { ...d, ...patch } : d)) }));
  const updateAction = (index: number, k: number, patch: Partial<DraftAction>) =>
    updateItem(index, (it) => ({ ...it, actions: it.actions.map((a, j) => (j === k ? { ...a, ...patch } : a)) }));

  const choose = (position: number, keep: 'mine' | 'theirs') => {
    const current = clashRef.current;
    if (!current) return;
    const index = positions.indexOf(position);
    if (keep === 'theirs') {
      const next = itemsRef.current.map((it, i) => (i === index ? current.theirs[i]! : it));
      itemsRef.current = next;
      setItems(next);
    }
    const open = current.open.filter((p) => p !== position);
    const next = open.length ? { ...current, open } : null;
    clashRef.current = next;
    setClash(next);
    if (!next) void saveNow();
  };

  const errorsFor = (name: string) => shown?.fieldErrors[name] ?? [];
  const summaryErrors = shown
    ? Object.keys(shown.fieldErrors).length
      ? Object.entries(shown.fieldErrors).flatMap(([field, messages]) => messages.map((message) => ({ field, message })))
      : [{ field: discussionField(positions[0] ?? 1), message: shown.message, href: shown.signInHref }]
    : postedClash && clash
      ? [{ field: 'their-version', message: postedFailed!.message }]
      : [];
  const ownerLabel = (id: string) => owners.find((o) => o.value === id)?.label ?? 'Not named';

  const field = (name: string, label: string, control: (common: Record<string, unknown>) => React.ReactNode, hint?: string) => {
    const errors = errorsFor(name);
    const describedBy = [hint ? `${name}-hint` : null, errors.length ? `${name}-error` : null].filter(Boolean).join(' ') || undefined;
    return (
      <div className={errors.length ? 'border-l-4 border-error pl-4' : undefined}>
        <label htmlFor={name} className="mb-1 block font-bold">
          {label}
        </label>
        {hint && (
          <p id={`${name}-hint`} className="mb-1 text-secondary">
            {hint}
          </p>
        )}
        {errors.length > 0 && (
          <p id={`${name}-error`} className="mb-1 font-bold text-error">
            <span className="sr-only">Error:</span> {errors.join('. ')}
          </p>
        )}
        {control({
          id: name,
          name,
          'aria-describedby': describedBy,
          'aria-invalid': errors.length ? true : undefined,
          className: `border-2 ${errors.length ? 'border-error' : 'border-border-input'} bg-white p-2`,
        })}
      </div>
    );
  };

  return (
    <>
      {summaryErrors.length > 0 && <ErrorSummary ref={summary} errors={summaryErrors} />}
      {shown?.signInHref && <SessionEndedSignal />}
      {clash && (
        <section aria-labelledby="their-version" className="mb-8 border-l-8 border-warning bg-panel p-4">
          <h2 id="their-version" className="text-xl">
            Someone else saved changes
          </h2>
          <p className="mb-4">
            These items differ between your version and theirs. For each, keep yours or use theirs. Nothing is saved until you have chosen for every item.
          </p>
          {clash.open.map((position) => {
            const i = positions.indexOf(position);
            const heading = headings[i]?.heading ?? `Item ${position}`;
            return (
              <div key={position} className="mb-6">
                <h3 className="text-lg">
                  Item {position}: {heading}
                </h3>
                <div className="grid gap-4 md:grid-cols-2">
                  {[
                    { title: 'Your version', item: items[i]! },
                    { title: 'Their version', item: clash.theirs[i]! },
                  ].map(({ title, item }) => (
                    <div key={title} className="border-2 border-border bg-white p-3">
                      <h4 className="text-base">{title}</h4>
                      <ItemText item={item} ownerLabel={ownerLabel} />
                    </div>
                  ))}
                </div>
                <div className="mt-2 flex flex-wrap gap-4">
                  <button
                    type="button"
                    onClick={() => choose(position, 'mine')}
                    className="cursor-pointer bg-panel px-4 py-2 font-bold text-ink shadow-[0_2px_0_#858686]"
                  >
                    Keep my version of item {position}
                  </button>
                  <button
                    type="button"
                    onClick={() => choose(position, 'theirs')}
                    className="cursor-pointer bg-panel px-4 py-2 font-bold text-ink shadow-[0_2px_0_#858686]"
                  >
                    Use their version of item {position}
                  </button>
                </div>
              </div>
            );
          })}
        </section>
      )}

      <form
        action={postAction}
        onSubmit={(e) => {
          e.preventDefault();
          void saveNow();
        }}
        noValidate
        className="space-y-8"
      >
        <SubmissionKey renewAfter={posted} />
        <input type="hidden" name="minutesId" value={minutesId} />
        <input type="hidden" name="version" value={version} />
        {items.map((item, index) => {
          const p = item.position;
          const heading = headings[index]?.heading ?? `Item ${p}`;
          return (
            <section key={p} aria-labelledby={`edit-item-${p}`} className="border-l-4 border-border pl-4">
              <h3 id={`edit-item-${p}`}>
                {p}. {heading}
              </h3>
              <div className="space-y-5">
                {field(discussionField(p), `Item ${p}: discussion summary`, (common) => (
                  <textarea
                    {...common}
                    rows={6}
                    value={item.discussion}
                    onChange={(e) => updateItem(index, (it) => ({ ...it, discussion: e.target.value }))}
                    className={`${common.className as string} w-full`}
                  />
                ))}

                <fieldset className="space-y-4">
                  <legend className="mb-2 text-lg font-bold">Item {p}: decisions and recommendations</legend>
                  {item.decisions.length === 0 && <p className="text-secondary">None recorded.</p>}
                  {item.decisions.map((d, k) => (
                    <fieldset key={k} className="space-y-3 border-2 border-border p-3">
                      <legend className="px-1 font-bold">
                        Item {p}, decision or recommendation {k + 1}
                      </legend>
                      {field(decisionField(p, k + 1, 'kind'), 'Type', (common) => (
                        <select
                          {...common}
                          value={d.kind}
                          onChange={(e) => updateDecision(index, k, { kind: e.target.value === 'RECOMMENDATION' ? 'RECOMMENDATION' : 'DECISION' })}
                        >
                          {/* an advisory board decides nothing; a decision recorded before it became advisory stays visible to change */}
                          {(!advisory || d.kind === 'DECISION') && <option value="DECISION">Decision of the board</option>}
                          <option value="RECOMMENDATION">Recommendation to a decision maker</option>
                        </select>
                      ))}
                      {field(decisionField(p, k + 1, 'text'), 'What was decided or recommended', (common) => (
                        <textarea
                          {...common}
                          rows={3}
                          value={d.text}
                          onChange={(e) => updateDecision(index, k, { text: e.target.value })}
                          className={`${common.className as string} w-full`}
                        />
                      ))}
                      {field(
                        decisionField(p, k + 1, 'maker'),
                        'Who decides (for a recommendation)',
                        (common) => (
                          <select {...common} value={d.decisionMaker} onChange={(e) => updateDecision(index, k, { decisionMaker: e.target.value })}>
                            <option value="">Choose who decides</option>
                            {decisionMakers.map((name) => (
                              <option key={name} value={name}>
                                {name}
                              </option>
                            ))}
                            {d.decisionMaker && !decisionMakers.includes(d.decisionMaker) && (
                              <option value={d.decisionMaker}>{d.decisionMaker} (as recorded before)</option>
                            )}
                          </select>
                        ),
                        'From the council’s list of decision makers, which its administrators keep.',
                      )}
                      <button
                        type="button"
                        className="cursor-pointer underline"
                        onClick={() => updateItem(index, (it) => ({ ...it, decisions: it.decisions.filter((_, j) => j !== k) }))}
                      >
                        Remove decision or recommendation {k + 1} from item {p}
                      </button>
                    </fieldset>
                  ))}
                  <button
                    type="button"
                    onClick={() =>
                      updateItem(index, (it) => ({
                        ...it,
                        decisions: [...it.decisions, { ...emptyDecision(), kind: advisory ? 'RECOMMENDATION' : 'DECISION' }],
                      }))
                    }
                    className="cursor-pointer bg-panel px-4 py-2 font-bold text-ink shadow-[0_2px_0_#858686]"
                  >
                    Add a decision or recommendation to item {p}
                  </button>
                </fieldset>

                <fieldset className="space-y-4">
                  <legend className="mb-2 text-lg font-bold">Item {p}: actions arising</legend>
                  <p className="text-secondary">Each action goes into the board’s action log when the Chair approves the minutes.</p>
                  {item.actions.map((a, k) => (
                    <fieldset key={k} className="space-y-3 border-2 border-border p-3">
                      <legend className="px-1 font-bold">
                        Item {p}, action {k + 1}
                      </legend>
                      {a.actionId && <input type="hidden" name={actionField(p, k + 1, 'link')} value={a.actionId} />}
                      {field(actionField(p, k + 1, 'description'), 'What is to be done', (common) => (
                        <textarea
                          {...common}
                          rows={2}
                          value={a.description}
                          onChange={(e) => updateAction(index, k, { description: e.target.value })}
                          className={`${common.className as string} w-full`}
                        />
                      ))}
                      {field(actionField(p, k + 1, 'owner'), 'Owner', (common) => (
                        <select {...common} value={a.ownerSeatId} onChange={(e) => updateAction(index, k, { ownerSeatId: e.target.value })}>
                          <option value="">Choose an owner</option>
                          {owners.map((o) => (
                            <option key={o.value} value={o.value}>
                              {o.label}
                            </option>
                          ))}
                        </select>
                      ))}
                      {field(actionField(p, k + 1, 'due'), 'Due date', (common) => (
                        <input {...common} type="date" value={a.dueOn} onChange={(e) => updateAction(index, k, { dueOn: e.target.value })} />
                      ))}
                      <button
                        type="button"
                        className="cursor-pointer underline"
                        onClick={() => updateItem(index, (it) => ({ ...it, actions: it.actions.filter((_, j) => j !== k) }))}
                      >
                        Remove action {k + 1} from item {p}
                      </button>
                    </fieldset>
                  ))}
                  <button
                    type="button"
                    onClick={() => updateItem(index, (it) => ({ ...it, actions: [...it.actions, emptyAction()] }))}
                    className="cursor-pointer bg-panel px-4 py-2 font-bold text-ink shadow-[0_2px_0_#858686]"
                  >
                    Add an action to item {p}
                  </button>
                </fieldset>
              </div>
            </section>
          );
        })}
        <div className="sticky bottom-0 flex flex-wrap items-center gap-4 border-t-2 border-border bg-white py-3">
          <button type="submit" className="cursor-pointer bg-success px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18]">
            Save draft
          </button>
          <p role="status" aria-live="polite" className="font-bold">
            {status}
          </p>
        </div>
      </form>

      <section aria-labelledby="send-to-chair" className="mt-12 max-w-3xl">
        <h2 id="send-to-chair">Send to the Chair</h2>
        <p className="mb-4">
          When the minutes are complete, send them to the Chair to approve. The Chair will read exactly the saved text. Every recommendation needs to say who
          decides, and every action needs an owner and a due date.
        </p>
        {dirty || clash ? (
          <p className="font-bold">Your latest changes are not saved yet. Once they are saved you can send the minutes.</p>
        ) : (
          <form action={sendAction} noValidate>
            <SubmissionKey renewAfter={sendState} />
            <input type="hidden" name="minutesId" value={minutesId} />
            <input type="hidden" name="version" value={version} />
            <button
              type="submit"
              disabled={sending}
              className="cursor-pointer bg-success px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] disabled:opacity-60"
            >
              {sending ? 'Please wait…' : 'Send to the Chair'}
            </button>
          </form>
        )}
      </section>
    </>
  );
}

/** One item's text, for the side-by-side comparison after a clash. */
function ItemText({ item, ownerLabel }: { item: DraftItem; ownerLabel: (id: string) => string }) {
  return (
    <>
      <p className="mb-2 whitespace-pre-wrap">{item.discussion || '(no discussion)'}</p>
      {item.decisions.length > 0 && (
        <ul className="mb-2 list-disc pl-6">
          {item.decisions.map((d, i) => (
            <li key={i}>{d.kind === 'RECOMMENDATION' ? `Recommendation to ${d.decisionMaker || '(not named)'}: ${d.text}` : `Decision: ${d.text}`}</li>
          ))}
        </ul>
      )}
      {item.actions.length > 0 && (
        <ul className="list-disc pl-6">
          {item.actions.map((a, i) => (
            <li key={i}>
              Action: {a.description || '(not described)'}. Owner: {a.ownerSeatId ? ownerLabel(a.ownerSeatId) : 'not named'}. Due: {a.dueOn || 'not set'}.
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
