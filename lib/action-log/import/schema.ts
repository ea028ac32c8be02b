import { z } from 'zod';
import { importFileField, mapShape, sheetField } from '../../imports/sheet-field';
import { logFieldKeys } from './fields';

export const logUploadSchema = z.object({ file: importFileField });

export const logMappedSheetSchema = z.object({ sheet: sheetField, fileName: z.string().max(255).optional(), ...mapShape(logFieldKeys) });
