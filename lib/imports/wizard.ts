import { runFormAction } from '../action/next';
import { SUBMISSION_KEY_FIELD } from '../action/idempotency';
import type { ActionCall } from '../action/define';
import type { ActionResult } from '../action/result';
import { columnsFromForm, type CellProblem, type Mapping } from './columns';
import { parseSheetField } from './sheet-field';
import type { Sheet } from './sheet';

/** One row of a preview as the wizard shows it: the cells as read, what will be saved in words, and its problems. */
export type WizardRow = { row: number; cells: Partial<Record<string, string>>; shown?: Partial<Record<string, string>>; problems: CellProblem[] };
export type WizardPreview = { rows: WizardRow[]; problems: CellProblem[] };

type Refusal = Extract<ActionResult, { ok: false }>;

export type ImportWizardState<M = Mapping<string>, P extends WizardPreview = WizardPreview> =
  | { stage: 'upload'; refusal?: Refusal }
  | { stage: 'map'; sheet: Sheet; fileName: string; mapping: M; refusal?: Refusal }
  | { stage: 'preview'; sheet: Sheet; fileName: string; mapping: M; preview: P; refusal?: Refusal }
  | { stage: 'done'; message: string; imported: number };

type Runnable<T> = { execute: (call: ActionCall) => Promise<ActionResult<T>> };
type Route = { council: string; board: string };

/**
 * An import's three steps in one form action: upload, map, preview and import. The file's
 * text travels in the form between steps; each step's action reads and checks it again,
 * and the import checks every row again before saving anything. Used by the plan import
 * and the action log import, each with its own actions and fields.
 */
export async function runImportStep<K extends string, P extends WizardPreview>(
  steps: {
    keys: readonly K[];
    suggest: (headers: readonly string[]) => Mapping<K>;
    upload: Runnable<{ sheet: Sheet; fileName: string; mapping: Mapping<K> }>;
    preview: Runnable<{ preview: P }>;
    commit: Runnable<{ imported: number }>;
    /** after a successful import: what to revalidate */
    done: () => void;
  },
  route: Route,
  formData: FormData,
): Promise<ImportWizardState<Mapping<K>, P>> {
  const step = formData.get('step');
  const sheet = parseSheetField(formData.get('sheet'));
  const fileName = String(formData.get('fileName') ?? '').slice(0, 255);
  const mapping = columnsFromForm(steps.keys, Object.fromEntries(formData.entries()));
  if (step === 'restart' || (step !== 'upload' && !sheet)) return { stage: 'upload' };
  if (step === 'upload') {
    const result = await runFormAction(steps.upload, route, formData);
    return result.ok ? { stage: 'map', ...result.data } : { stage: 'upload', refusal: result };
  }
  if (step === 'remap')
    return { stage: 'map', sheet: sheet!, fileName, mapping: formData.has(`map-${steps.keys[0]}`) ? mapping : steps.suggest(sheet!.headers) };

  // the preview is a check, not a change: it runs without the form's submission key, which
  // belongs to the import that may follow in this same request
  const check = new FormData();
  for (const [k, v] of formData.entries()) if (k !== SUBMISSION_KEY_FIELD) check.append(k, v);
  const preview = await runFormAction(steps.preview, route, check);
  if (!preview.ok) return { stage: 'map', sheet: sheet!, fileName, mapping, refusal: preview };
  if (step !== 'commit') return { stage: 'preview', sheet: sheet!, fileName, mapping, preview: preview.data.preview };

  const result = await runFormAction(steps.commit, route, formData);
  if (!result.ok) return { stage: 'preview', sheet: sheet!, fileName, mapping, preview: preview.data.preview, refusal: result };
  steps.done();
  return { stage: 'done', message: result.message ?? 'Imported', imported: result.data.imported };
}
