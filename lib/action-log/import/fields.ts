import { suggestColumns, type ImportField, type Mapping } from '../../imports/columns';

/**
 * The columns of a board's earlier action log, as the import reads them (issue 17.1). The
 * headings can differ: the person matches them to these in the map step, with a first
 * guess from the labels and the common names below.
 */
export const logImportFields = [
  { key: 'reference', label: 'Reference', required: false, aliases: ['ref', 'action ref', 'action reference', 'action no', 'no', 'number', 'id'] },
  { key: 'description', label: 'Action', required: true, aliases: ['description', 'action description', 'actions', 'title', 'action required'] },
  { key: 'owner', label: 'Owner', required: false, aliases: ['lead', 'action owner', 'responsible', 'responsible officer', 'by whom', 'who'] },
  { key: 'dueOn', label: 'Original due date', required: true, aliases: ['due', 'due date', 'deadline', 'target date', 'by when', 'original date'] },
  { key: 'revisedDueOn', label: 'Revised due date', required: false, aliases: ['revised date', 'revised due', 'new due date', 'revised deadline', 'new date'] },
  {
    key: 'revisedAgreedOn',
    label: 'Revised date agreed on',
    required: false,
    aliases: ['revision agreed', 'revised date agreed', 'date revision agreed', 'agreed on', 'date agreed'],
  },
  { key: 'status', label: 'Status', required: false, aliases: ['state', 'rag status', 'action status'] },
  { key: 'progress', label: 'Progress notes', required: false, aliases: ['progress', 'update', 'updates', 'progress update', 'comments', 'notes'] },
  { key: 'raisedOn', label: 'Date raised', required: false, aliases: ['raised', 'raised on', 'date added', 'date opened', 'opened', 'meeting date'] },
  {
    key: 'signedOffOn',
    label: 'Signed off on',
    required: false,
    aliases: ['signed off', 'date signed off', 'closed on', 'date closed', 'completed on', 'date completed'],
  },
] as const satisfies readonly ImportField[];

export type LogFieldKey = (typeof logImportFields)[number]['key'];
export const logFieldKeys = logImportFields.map((f) => f.key) as LogFieldKey[];
export type LogMapping = Mapping<LogFieldKey>;

export const suggestLogMapping = (headers: readonly string[]): LogMapping => suggestColumns(logImportFields, headers);
