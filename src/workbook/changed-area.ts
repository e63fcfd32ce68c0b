/** A change event's address (`H5`, `A5:R5004`, `5:7`, `C:E`) as the rows it touched. */
import type { ChangedRows } from './host';

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/**
 * The rows an address covers; an address of whole columns (`C:C`) covers the sheet and counts
 * as structural, since a column inserted or cleared moves what the header maps.
 */
export function changedRowsOf(sheet: string, address: string, structural: boolean): ChangedRows {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [first, second = first] = local.split(':').map((p) => PART.exec(p.trim()));
  const rowA = first?.[2] ? Number(first[2]) : NaN;
  const rowB = second?.[2] ? Number(second[2]) : NaN;
  if (!Number.isFinite(rowA) || !Number.isFinite(rowB)) return { sheet, address: local, firstRow: 1, lastRow: 1_048_576, structural: true };
  return { sheet, address: local, firstRow: Math.min(rowA, rowB), lastRow: Math.max(rowA, rowB), structural };
}
