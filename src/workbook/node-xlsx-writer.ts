/** The file writer as the CLI runs it: the spec to .xlsx bytes, the parts it writes itself compressed by node's zlib. */
import type { WorkbookSpec } from '../core/sheet-spec';
import { NODE_DEFLATER } from './node-part-deflater';
import { workbookSpecToXlsx as writeWorkbook } from './xlsx-writer';

export function workbookSpecToXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  return writeWorkbook(spec, { deflater: NODE_DEFLATER });
}
