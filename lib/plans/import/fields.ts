import { columnName, suggestColumns, type Mapping } from '../../imports/columns';

/**
 * The columns a plan spreadsheet holds, in the order the export writes them. The import
 * maps a file's columns onto these; the export's headers are these labels, so an
 * exported plan maps itself and re-imports unchanged.
 */
export const importFields = [
  { key: 'reference', label: 'Reference', required: true, aliases: ['ref', 'action ref', 'action reference', 'no', 'number', 'id'] },
  { key: 'theme', label: 'Theme', required: true, aliases: ['priority', 'priority area', 'workstream', 'theme name'] },
  { key: 'action', label: 'Action', required: true, aliases: ['description', 'action description', 'what we will do', 'actions'] },
  { key: 'leadOfficer', label: 'Lead officer', required: true, aliases: ['lead', 'owner', 'responsible officer', 'responsible', 'action owner'] },
  { key: 'dueOn', label: 'Due date', required: true, aliases: ['due', 'deadline', 'target date', 'completion date', 'due by'] },
  { key: 'status', label: 'Status', required: false, aliases: ['progress', 'state'] },
  { key: 'findings', label: 'Findings', required: false, aliases: ['finding', 'findings refs', 'inspection findings', 'ofsted findings', 'recommendations'] },
  { key: 'agencies', label: 'Partner agencies', required: false, aliases: ['agencies', 'partners', 'responsible agencies', 'partner agency'] },
  { key: 'deliveryBody', label: 'Delivery body', required: false, aliases: ['delivered by', 'delivery', 'governance'] },
  { key: 'scrutinyBody', label: 'Scrutiny body', required: false, aliases: ['scrutiny', 'scrutinised by', 'first scrutiny body'] },
  {
    key: 'secondScrutinyBody',
    label: 'Second scrutiny body',
    required: false,
    aliases: ['second scrutiny', 'cross scrutiny', 'cross-scrutiny', 'second scrutiny body'],
  },
] as const;

export type ImportFieldKey = (typeof importFields)[number]['key'];
export const importFieldKeys = importFields.map((f) => f.key) as ImportFieldKey[];

/** Column index (0-based) in the file for each field, or null where the file has none. */
export type ColumnMapping = Mapping<ImportFieldKey>;

/** A first guess at the mapping from the file's headers: a field's label or a common alias. */
export const suggestMapping = (headers: readonly string[]): ColumnMapping => suggestColumns(importFields, headers);

export { columnName };
