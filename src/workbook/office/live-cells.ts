/// <reference types="office-js" />
/**
 * The live check and quick fixes through Office.js: Worksheet.onChanged (ExcelApi 1.7) per
 * tracker sheet, the changed rows read again in one sync, and single-cell value writes that first
 * check the cell still holds what the add-in read. Values only: a fix never sets a format.
 */
import { changedRowsOf } from '../changed-area';
import {
  sameCellValue,
  type CellEdit,
  type CellEditOutcome,
  type CellWriteValue,
  type ChangedRows,
  type LiveHost,
  type RowsRead,
  type RowsRequest,
} from '../host';
import { toHostError } from './host-error';
import { gridIn1900System, in1900System, queueDateOffset } from './date-system';
import { formulaText, keepFormulaResults } from './formula-cells';
import { cellValue } from './read-workbook';
import type { OfficeEnvironment } from './office-host';

/** The most `context.sync()` calls of each live action, whatever the number of rows or cells. */
export const LIVE_SYNC_BOUNDS = {
  /** Register every sheet's handler; removing them is one more. */
  watchChanges: 1,
  stopWatching: 1,
  /** All requested rows, of every sheet, in one load. */
  readRows: 1,
  /** Read the cells to check they are unchanged; write those that are. */
  writeCells: 2,
} as const;

/** `readsFormulas`: whether this Excel reads formula cells, as office-host.ts detects it for readWorkbook. */
export function createOfficeLive(env: () => OfficeEnvironment, readsFormulas: () => boolean): LiveHost {
  return {
    async watchChanges(sheets: string[], onChange: (changes: ChangedRows[]) => void): Promise<() => Promise<void>> {
      // onChanged is ExcelApi 1.7; below it the pane keeps to 再チェック.
      if (!env().isSetSupported('ExcelApi', '1.7') || sheets.length === 0) return async () => undefined;
      try {
        return await env().run(async (context) => {
          const handlers = sheets.map((name) =>
            context.workbook.worksheets.getItem(name).onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
              onChange([changedRowsOf(name, event.address, event.changeType !== 'RangeEdited')]);
            }),
          );
          await context.sync(); // the only sync: every handler registered at once
          return async () => {
            // Removed in the context that added them (learn.microsoft.com, "Work with events using the Excel JavaScript API").
            for (const handler of handlers) handler.remove();
            await context.sync();
          };
        });
      } catch (error) {
        throw toHostError(error, { ja: '変更の監視を開始', en: 'watch the sheets for changes' });
      }
    },

    async readRows(requests: RowsRequest[]): Promise<RowsRead[]> {
      if (requests.length === 0) return [];
      // As readWorkbook: formulas where it reads them (ExcelApi 1.9), so a total row typed in is seen as one.
      const formulaCells = readsFormulas();
      try {
        return await env().run(async (context) => {
          const ranges = requests.map((request) => {
            const range = context.workbook.worksheets
              .getItem(request.sheet)
              .getRangeByIndexes(
                request.firstRow - 1,
                request.firstColumn - 1,
                request.lastRow - request.firstRow + 1,
                request.columnCount,
              );
            if (formulaCells) range.load('values,numberFormat,formulas');
            else range.load('values,numberFormat');
            return range;
          });
          const dateOffset = queueDateOffset(context);
          await context.sync(); // the only sync
          return requests.map((request, i) => {
            const values = ranges[i].values.map((row) => row.map(cellValue));
            const formats = ranges[i].numberFormat.map((row) => row.map((f) => (f === null || f === undefined ? null : String(f))));
            gridIn1900System(values, formats, dateOffset()); // as readWorkbook gives them (a 1904 workbook's dates moved)
            if (!formulaCells) return { ...request, values, formats };
            const formulas = ranges[i].formulas.map((row) => row.map(formulaText));
            keepFormulaResults(values, formulas);
            return { ...request, values, formats, formulas };
          });
        });
      } catch (error) {
        throw toHostError(error, { ja: '変更された行を読み込み', en: 'read the changed rows' });
      }
    },

    async writeCells(edits: CellEdit[]): Promise<CellEditOutcome[]> {
      if (edits.length === 0) return [];
      try {
        return await env().run(async (context) => {
          const ranges = edits.map((edit) => {
            const range = context.workbook.worksheets.getItem(edit.sheet).getRange(edit.cell);
            range.load('values,numberFormat');
            return range;
          });
          const dateOffset = queueDateOffset(context);
          await context.sync(); // sync 1: what the cells hold now
          const outcomes: CellEditOutcome[] = edits.map((edit, i) => {
            // Compared as the read that proposed the edit gave it (a 1904 workbook's dates moved).
            const format = ranges[i].numberFormat[0][0] as string | null;
            const current = in1900System(cellValue(ranges[i].values[0][0]), format, dateOffset()) as CellWriteValue;
            if (!sameCellValue(current, edit.expected)) return { written: false, current };
            // Values only: the cell's format, fill and validation stay the user's.
            ranges[i].values = [[edit.value === null ? '' : edit.value]];
            return { written: true };
          });
          if (outcomes.some((o) => o.written)) await context.sync(); // sync 2: the writes
          return outcomes;
        });
      } catch (error) {
        throw toHostError(error, { ja: 'セルを修正', en: 'fix the cells' });
      }
    },
  };
}
