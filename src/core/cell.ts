/** What the adapters hand to the engine: plain cell values, no workbook library types. */

/** A cell's value as read: formulas resolved to their result, rich text to plain text. */
export type CellValue = string | number | boolean | Date | null;

export interface SheetData {
  name: string;
  /** Rows of the sheet's used range, top to bottom. */
  values: CellValue[][];
  /** Number formats aligned with `values`; only needed where a format changes meaning (%, dates). */
  formats?: (string | null | undefined)[][];
  /** Zero-based sheet position of `values[0][0]` (a used range may start below or right of A1). */
  origin?: { row: number; column: number };
  /**
   * Formula text (without `=`) of the cells that hold a formula, aligned with `values`; optional (an
   * adapter that cannot tell leaves it out). A formula cell whose value is null has no saved result.
   */
  formulas?: (string | null | undefined)[][];
  /**
   * The adapter could not read the sheet's merged areas (Excel below ExcelApi 1.13): the cells a
   * merge covers read empty, where an adapter that can gives them the merge's value.
   */
  mergesUnread?: boolean;
}

export interface WorkbookData {
  sheets: SheetData[];
  /** Values of the workbook's plan sheet (hidden or not), when it keeps one. */
  planSheet?: CellValue[][];
}
