/** An absence file's format, told by its name as the command line and the import page both read it. */
export type FileFormat = 'csv' | 'xlsx';

/** Anything but .xlsx is read as CSV. */
export function formatOf(fileName: string): FileFormat {
  return fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
}
