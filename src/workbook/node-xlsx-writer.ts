/**
 * The file writer as the CLI runs it: the spec to .xlsx bytes, the parts it writes itself compressed
 * by node's zlib, the largest sheet body written on a worker thread meanwhile (node-body-writer.ts).
 */
import type { WorkbookSpec } from '../core/sheet-spec';
import { NodeBodyWriter } from './node-body-writer';
import { NODE_DEFLATER } from './node-part-deflater';
import { workbookSpecToXlsx as writeWorkbook } from './xlsx-writer';

export async function workbookSpecToXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const bodyWriter = new NodeBodyWriter();
  try {
    return await writeWorkbook(spec, { deflater: NODE_DEFLATER, bodyWriter });
  } finally {
    await bodyWriter.close();
  }
}
