import { z } from 'zod';
import { importFieldKeys, type ColumnMapping } from './fields';
import { columnsFromForm } from '../../imports/columns';
import { importFileField, mapShape, parseSheetField, sheetField } from '../../imports/sheet-field';

export const planId = z.string().uuid('Page not found');

export { parseSheetField, sheetField };

const mapping = mapShape(importFieldKeys);

export const mappingFromForm = (input: Record<string, unknown>): ColumnMapping => columnsFromForm(importFieldKeys, input);

export const uploadSchema = z.object({
  planId,
  file: importFileField,
});

export const mappedSheetSchema = z.object({ planId, sheet: sheetField, fileName: z.string().max(255).optional(), ...mapping });
