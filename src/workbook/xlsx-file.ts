/**
 * Opening an .xlsx from disk for the CLI: only a regular file, of bounded size, is read (a device,
 * a pipe or /dev/zero is refused at once); the bytes go to the shared reader (xlsx-reader/).
 */
import { constants, promises as fs } from 'node:fs';
import type { CellValue, WorkbookData } from '../core/cell';
import { WorkbookReadError } from './read-error';
import { readerMessages as m } from './xlsx-reader/messages';
import { DEFAULT_READER_LIMITS, readXlsxWith, type XlsxWorkbook } from './xlsx-reader/read-package';
import { NODE_INFLATER } from './xlsx-reader/node-inflater';
import { planSheetValues, visibleWorkbookData } from './xlsx-reader/workbook-data';

export { WorkbookReadError } from './read-error';

/** The largest input file read, in bytes: far above any tracker, far below what would exhaust memory. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

function openError(path: string, error: unknown): WorkbookReadError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new WorkbookReadError(m.notFound(path));
  if (code === 'EISDIR') return new WorkbookReadError(m.isFolder(path));
  return new WorkbookReadError(m.cannotOpen(path, (error as Error).message));
}

/** The file's bytes, refusing anything but a regular file of at most `maxBytes`. */
export async function readInputFile(path: string, maxBytes = MAX_INPUT_BYTES): Promise<Uint8Array> {
  let info;
  try {
    info = await fs.stat(path);
  } catch (error) {
    throw openError(path, error);
  }
  if (info.isDirectory()) throw new WorkbookReadError(m.isFolder(path));
  if (!info.isFile()) throw new WorkbookReadError(m.notRegular(path));
  let handle;
  try {
    // O_NONBLOCK: should the path turn into a FIFO between stat and open, opening does not wait for a writer.
    handle = await fs.open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw openError(path, error);
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw new WorkbookReadError(m.notRegular(path));
    if (opened.size > maxBytes) throw new WorkbookReadError(m.tooLarge(path, `${opened.size} bytes (at most ${maxBytes})`));
    const bytes = new Uint8Array(opened.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw openError(path, error);
  } finally {
    await handle.close();
  }
}

/** Reads an .xlsx file: every sheet, hidden ones too, with the workbook's date system. */
export async function readXlsxFile(path: string): Promise<XlsxWorkbook> {
  return readXlsxWith(await readInputFile(path), path, DEFAULT_READER_LIMITS, NODE_INFLATER);
}

export async function readWorkbookFile(path: string): Promise<WorkbookData> {
  return visibleWorkbookData(await readXlsxFile(path));
}

/** A workbook's visible sheets and the plan it keeps in a plan sheet, if any. */
export async function readWorkbookFileWithPlan(path: string): Promise<{ data: WorkbookData; planValues: CellValue[][] | null }> {
  const workbook = await readXlsxFile(path);
  return { data: visibleWorkbookData(workbook), planValues: planSheetValues(workbook) };
}
