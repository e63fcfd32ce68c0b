/**
 * A written sheet spec as the cells a workbook would then hold: its values, and the number
 * formats its styles set (a percent format changes what a number means to the engine, just as
 * when the Office.js adapter reads back a sheet it wrote).
 */
import type { SheetSpec } from '../../core/sheet-spec';
import type { CellValue, SheetData } from '../../core/cell';
import { parseRange } from '../../core/a1';

export function specSheetData(spec: SheetSpec): SheetData {
  const values: CellValue[][] = spec.values.map((row) => row.map((v) => (v === undefined ? null : v)));
  const formats: (string | undefined)[][] = values.map(() => []);
  for (const { range, style } of spec.styles ?? []) {
    if (!style.numFmt) continue;
    const bounds = parseRange(range);
    // Only cells that hold something need a format; a style over a long empty range costs nothing.
    for (let r = bounds.top; r <= Math.min(bounds.bottom, values.length - 1); r++) {
      const rowValues = values[r];
      for (let c = bounds.left; c <= Math.min(bounds.right, rowValues.length - 1); c++) {
        if (rowValues[c] !== null) formats[r][c] = style.numFmt;
      }
    }
  }
  return { name: spec.name, values, formats };
}
