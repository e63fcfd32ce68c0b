/// <reference types="office-js" />
/**
 * Which of the add-in's sheets a write is about to replace the user has edited since the add-in
 * wrote them: their values are read (values only, in row chunks within Excel's limits, as
 * read-workbook.ts does) and compared with the fingerprint kept in the record. The used ranges'
 * sizes are loaded by the caller in a sync it makes anyway.
 *
 * Sync bound: the chunk syncs, about one per 4 MB of values read (several small sheets share one),
 * plus one per size retry; none when no sheet has a fingerprint.
 */
import type { EditedSheet } from '../host';
import { FingerprintCheck, type SheetFingerprint } from '../sheet-fingerprint';
import { DEFAULT_READ_LIMITS, planNextSync, type PendingSheet, type ReadLimits } from './read-chunks';
import { escapedJsonBytes, isPayloadLimitError } from './request-budget';

export interface EditCandidate {
  name: string;
  worksheet: Excel.Worksheet;
  /** The sheet's used range (values only), its position and size loaded and synced. */
  used: Excel.Range;
  fingerprint: SheetFingerprint;
}

export interface EditedSheetsOutcome {
  edited: EditedSheet[];
  syncs: number;
}

export async function findEditedSheets(
  context: Excel.RequestContext,
  candidates: readonly EditCandidate[],
  initialLimits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<EditedSheetsOutcome> {
  const checks = candidates.map((candidate) => new FingerprintCheck(candidate.fingerprint));
  const pending: PendingSheet[] = [];
  candidates.forEach((candidate, index) => {
    if (candidate.used.isNullObject) return;
    pending.push({ index, rowCount: candidate.used.rowCount, columnCount: candidate.used.columnCount, nextRow: 0 });
  });
  let limits = initialLimits;
  let syncs = 0;
  for (let chunks = planNextSync(pending, limits); chunks.length > 0; chunks = planNextSync(pending, limits)) {
    const requests = chunks.map((chunk) => {
      const { worksheet, used } = candidates[chunk.index];
      const range = worksheet.getRangeByIndexes(used.rowIndex + chunk.firstRow, used.columnIndex, chunk.rows, used.columnCount);
      range.load('values');
      return { chunk, range };
    });
    syncs++;
    try {
      await context.sync(); // a batch of row chunks of the sheets to compare
    } catch (error) {
      // Refused for its size: the same rows again with half the budget (as read-workbook.ts does).
      if (!isPayloadLimitError(error) || (chunks.length === 1 && chunks[0].rows === 1)) throw error;
      for (const chunk of chunks) {
        const state = pending.find((p) => p.index === chunk.index)!;
        state.nextRow = Math.min(state.nextRow, chunk.firstRow);
      }
      const cells = chunks.reduce((n, c) => n + c.rows * candidates[c.index].used.columnCount, 0);
      limits = {
        maxCellsPerSync: Math.max(1, Math.floor(cells / 2)),
        maxBytesPerSync: Math.max(1, Math.floor(limits.maxBytesPerSync / 2)),
      };
      continue;
    }
    for (const { chunk, range } of requests) {
      const { used } = candidates[chunk.index];
      const values = range.values as (string | number | boolean)[][];
      checks[chunk.index].addRows(values, { row: used.rowIndex + chunk.firstRow, column: used.columnIndex });
      const state = pending.find((p) => p.index === chunk.index)!;
      const cells = chunk.rows * used.columnCount;
      if (cells > 0) state.bytesPerCell = Math.max(state.bytesPerCell ?? 0, escapedJsonBytes(values) / cells);
    }
  }
  const edited: EditedSheet[] = [];
  candidates.forEach((candidate, index) => {
    const rows = checks[index].changedRows();
    if (rows) edited.push({ name: candidate.name, rows });
  });
  return { edited, syncs };
}
