import { AppError, invalid } from '../errors';
import { readSheet, SheetError, type Sheet } from './sheet';

// Server only: the errors module reaches the database client, which a browser bundle
// (the file-size check imports sheet.ts) must not pull in.
/**
 * Step 2 of every import: the uploaded file read into a sheet, or a refusal on the file
 * field; with the file's name (as stored) and a line saying how many rows it holds.
 */
export async function readUploadedSheet(file: File): Promise<{ sheet: Sheet; fileName: string; message: string }> {
  if (file.size === 0) throw invalid({ file: [file.name ? 'The file is empty' : 'Choose a CSV or Excel file to import'] });
  let sheet: Sheet;
  try {
    sheet = await readSheet(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    if (error instanceof SheetError) throw new AppError('INVALID', 'Check the file', { file: [error.message] });
    throw error;
  }
  const fileName = file.name.slice(0, 255);
  return { sheet, fileName, message: `${fileName} has ${sheet.rows.length} ${sheet.rows.length === 1 ? 'row' : 'rows'}` };
}
