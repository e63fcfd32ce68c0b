/** Reading a sheet as a tracker: header, mapped columns and one normalised record per data row. */
import type { CellValue, SheetData } from '../core/cell';
import { ParseCache } from './parse-cache';
import { FIELD_IDS, STATUSES, type Evaluation, type FieldId, type Status } from './fields';
import { detectHeader, matchHeaderCells, policyOfSheetName, stackedHeaderRow } from './header';
import type { PlanIndex } from './plan-index';
import {
  isEmptyCell,
  isExcelError,
  parseAttitudes,
  parseChoice,
  parseDate,
  parseEvaluation,
  parseFiscalYear,
  parseNumber,
  parseProgress,
  parseText,
  type Parsed,
} from './values';

export interface RowValues {
  id: string | null;
  policy: string | null;
  area: string | null;
  initiative: string | null;
  measure: string | null;
  department: string | null;
  fiscalYear: number | null;
  status: Status | null;
  progress: number | null;
  kpi: string | null;
  target: number | null;
  actual: number | null;
  unit: string | null;
  evaluation: Evaluation | null;
  attitudes: string[];
  /** ISO dates (YYYY-MM-DD). */
  start: string | null;
  end: string | null;
  notes: string | null;
}

export interface TrackerRow {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** Cell values as read, per mapped field. */
  raw: Partial<Record<FieldId, CellValue>>;
  /** Normalised values; a field whose cell is invalid is null here and listed in `invalid`. */
  values: RowValues;
  invalid: FieldId[];
  /** Attitude parts that are not attitudes of the plan. */
  unknownAttitudes: string[];
  /**
   * Set for a row the checks and figures leave out: a 小計 / 合計 row, or a template row nobody has
   * filled in yet (only the plan's columns, the year and the template's department).
   */
  leftOut?: 'subtotal-row' | 'not-filled-in';
  /** Fields (also in `invalid`) whose cell is a formula without a saved result: Excel must recalculate it. */
  uncalculated?: FieldId[];
}

export interface TrackerSheet {
  name: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** 1-based sheet column of each mapped field. */
  columns: Partial<Record<FieldId, number>>;
  /** Policy fixed by the sheet's name (`方針2`), if any. */
  policyCode?: string;
  rows: TrackerRow[];
}

/** A user's correction of the detected mapping, as saved in the workbook. */
export interface SheetMapping {
  excluded?: boolean;
  /** 1-based sheet row of the header. */
  headerRow?: number;
  /** 1-based sheet column per field; null removes a field's column. */
  columns?: Partial<Record<FieldId, number | null>>;
}

/**
 * Fields whose content makes a row a data row. A row holding only the plan's own columns (code,
 * policy, area, initiative, measure), a fiscal year or a note is a heading or a row nobody has
 * filled in yet (a fresh template row); once anything else is entered, every missing field counts.
 */
const CONTENT_FIELDS: FieldId[] = FIELD_IDS.filter(
  (f) => !['id', 'policy', 'area', 'initiative', 'measure', 'fiscalYear', 'notes'].includes(f),
);
/** What a department fills in: a row with none of these is not filled in yet (a template prefills the department). */
const FILLED_IN_FIELDS: FieldId[] = CONTENT_FIELDS.filter((f) => f !== 'department');

/** Labels of a subtotal or total row (`小計`, `合計`, `計`, `総計`, also `方針1 小計`, `【合計】`). */
const SUBTOTAL_LABEL = /^(?:.*[\s\u3000])?[【［[(（]?(?:小計|合計|総計|計|総合計)[】］\])）]?$/;

/**
 * True when the text of a cell names a subtotal or total row.
 *
 * @example
 * isSubtotalLabel('方針1 小計'); // true
 * isSubtotalLabel('小計の見直し'); // false
 */
export function isSubtotalLabel(value: CellValue): boolean {
  if (typeof value !== 'string') return false;
  // Every label holds 計, or a compatibility character NFKC may turn into it: most texts are ruled out without normalising.
  if (!value.includes('計') && !COMPATIBILITY_CHARACTER.test(value)) return false;
  return SUBTOTAL_LABEL.test(value.normalize('NFKC').trim());
}

/** Blocks whose characters NFKC maps to other ideographs (radicals, enclosed and compatibility ideographs). */
const COMPATIBILITY_CHARACTER = /[\u2e80-\u2fdf\u3200-\u33ff\uf900-\ufaff\u{2f800}-\u{2fa1f}]/u;

/** A formula totalling a range: `SUM(E3:E9)`, `SUBTOTAL(9,E3:E9)`, `AGGREGATE(9,4,E3:E9)`; groups 1 and 2 are the range's rows. */
const TOTAL_FORMULA =
  /^(?:_xlfn\.)?(?:SUM|SUBTOTAL|AGGREGATE)\((?:[^()]*,)?\s*(?:[^()]*!)?\$?[A-Z]{1,3}\$?(\d+):\$?[A-Z]{1,3}\$?(\d+)\s*\)$/i;

/**
 * True when a row's only values are formulas and at least one totals a range of other rows (a
 * subtotal row without a 小計 label); a sum across the row's own cells is not one. Needs the
 * adapter's formulas; false without them. `sheetRow` is the row's 1-based sheet row.
 */
function isFormulaTotalRow(cells: CellValue[], formulas: (string | null | undefined)[] | undefined, sheetRow: number): boolean {
  if (!formulas) return false;
  let total = false;
  const width = Math.max(cells.length, formulas.length);
  for (let c = 0; c < width; c++) {
    const formula = formulas[c];
    if (formula === null || formula === undefined) {
      if (!isEmptyCell(cells[c] ?? null)) return false;
      continue;
    }
    const m = TOTAL_FORMULA.exec(formula.trim().replace(/^=/, ''));
    if (m && !(Math.min(Number(m[1]), Number(m[2])) <= sheetRow && sheetRow <= Math.max(Number(m[1]), Number(m[2])))) total = true;
  }
  return total;
}

/**
 * The empty lists most rows have (no invalid field, no attitudes), one frozen array for all rows
 * rather than three per row: a row's lists are read, never changed, once the row is read.
 */
const NO_FIELDS = Object.freeze([]) as unknown as FieldId[];
const NO_TEXTS = Object.freeze([]) as unknown as string[];

type Reader = (raw: CellValue, format: string | null | undefined, index: PlanIndex) => Parsed<unknown>;

const READERS: Record<Exclude<FieldId, 'attitudes'>, Reader> = {
  id: (raw) => parseText(raw, true),
  policy: (raw) => parseText(raw, true),
  area: (raw) => parseText(raw, true),
  initiative: (raw) => parseText(raw, true),
  measure: (raw) => parseText(raw, false),
  department: (raw) => parseText(raw, false),
  fiscalYear: (raw, format, index) => parseFiscalYear(raw, format, { period: index.plan.period }),
  status: (raw) => parseChoice(raw, STATUSES),
  progress: (raw, format) => parseProgress(raw, format),
  kpi: (raw) => parseText(raw, true),
  target: (raw) => parseNumber(raw),
  actual: (raw) => parseNumber(raw),
  unit: (raw) => parseText(raw, true),
  evaluation: (raw) => parseEvaluation(raw),
  start: (raw) => parseDate(raw),
  end: (raw) => parseDate(raw),
  notes: (raw) => parseText(raw, true),
};

/**
 * The normalised values of a row with nothing filled in: every field null, no attitudes.
 *
 * @example
 * const values = { ...emptyValues(), measure: '窓口のデジタル化', fiscalYear: 2024 };
 */
export function emptyValues(attitudes: string[] = []): RowValues {
  return {
    id: null,
    policy: null,
    area: null,
    initiative: null,
    measure: null,
    department: null,
    fiscalYear: null,
    status: null,
    progress: null,
    kpi: null,
    target: null,
    actual: null,
    unit: null,
    evaluation: null,
    attitudes,
    start: null,
    end: null,
    notes: null,
  };
}

/** Parses one field's cell into `values`; returns false when the cell holds an invalid value. */
function readField(
  field: Exclude<FieldId, 'attitudes'>,
  raw: CellValue,
  format: string | null | undefined,
  index: PlanIndex,
  values: RowValues,
  cache: ParseCache,
): boolean {
  const parsed = cache.get(raw, format, () => READERS[field](raw, format, index));
  if (!parsed.ok) return false;
  (values as unknown as Record<string, unknown>)[field] = parsed.value;
  return true;
}

function resolveColumns(detected: Partial<Record<FieldId, number>>, mapping: SheetMapping | undefined): Partial<Record<FieldId, number>> {
  const columns = { ...detected };
  for (const [field, column] of Object.entries(mapping?.columns ?? {}) as [FieldId, number | null][]) {
    if (column === null) delete columns[field];
    else columns[field] = column;
  }
  return columns;
}

/**
 * Reads a sheet as a tracker, or returns null when it is not one (no header row found and none
 * given by the mapping, or the sheet is excluded).
 *
 * @example
 * const tracker = readTrackerSheet(workbook.sheets[0], buildPlanIndex(DEFAULT_PLAN));
 * tracker?.columns.status; // 1-based column of 状況
 * tracker?.rows[0].values.progress; // 50
 */
export function readTrackerSheet(sheet: SheetData, index: PlanIndex, mapping?: SheetMapping): TrackerSheet | null {
  if (mapping?.excluded) return null;
  const rowOffset = sheet.origin?.row ?? 0;
  const colOffset = sheet.origin?.column ?? 0;
  let headerIndex: number;
  let detected: Partial<Record<FieldId, number>>;
  if (mapping?.headerRow !== undefined) {
    // The user named the header row: take whatever its cells name, without the detection's test.
    headerIndex = mapping.headerRow - 1 - rowOffset;
    const own = matchHeaderCells(sheet.values[headerIndex] ?? []);
    // A two-row header named by its lower row: read stacked with the upper one when that names more.
    const stacked =
      headerIndex > 0 ? matchHeaderCells(stackedHeaderRow(sheet.values[headerIndex - 1] ?? [], sheet.values[headerIndex] ?? [])) : {};
    detected = Object.keys(stacked).length > Object.keys(own).length ? stacked : own;
  } else {
    const header = detectHeader(sheet.values);
    if (!header) return null;
    headerIndex = header.rowIndex;
    detected = header.columns;
  }
  const detectedColumns: Partial<Record<FieldId, number>> = {};
  for (const [field, c] of Object.entries(detected) as [FieldId, number][]) detectedColumns[field] = c + colOffset + 1;
  const columns = resolveColumns(detectedColumns, mapping);
  if (columns.measure === undefined) return null;

  const mapped = (Object.entries(columns) as [FieldId, number][]).map(([field, column]) => ({
    field,
    column,
    index: column - 1 - colOffset,
  }));
  const contentIndexes = mapped.filter((m) => CONTENT_FIELDS.includes(m.field)).map((m) => m.index);
  const filledInIndexes = mapped.filter((m) => FILLED_IN_FIELDS.includes(m.field)).map((m) => m.index);
  const planIndexes = mapped.filter((m) => m.field === 'id' || m.field === 'measure').map((m) => m.index);
  const yearIndex = mapped.find((m) => m.field === 'fiscalYear')?.index;
  const caches = mapped.map(() => new ParseCache());
  const attitudeCache = new Map<string, ReturnType<typeof parseAttitudes>>();
  const rows: TrackerRow[] = [];
  for (let r = headerIndex + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r];
    if (!cells) continue;
    const firstText = cells.find((cell) => typeof cell === 'string' && !isEmptyCell(cell));
    const rowFormulas = sheet.formulas?.[r];
    const subtotal =
      isSubtotalLabel(firstText ?? null) ||
      (columns.measure !== undefined && isSubtotalLabel(cells[columns.measure - 1 - colOffset] ?? null)) ||
      isFormulaTotalRow(cells, rowFormulas, r + 1 + rowOffset);
    let leftOut: TrackerRow['leftOut'];
    // A formula without a saved result is not an empty cell: it holds a value Excel has not computed.
    const blank = (c: number) => isEmptyCell(cells[c] ?? null) && !rowFormulas?.[c];
    if (subtotal) leftOut = 'subtotal-row';
    else if (filledInIndexes.every(blank)) {
      // A row with a measure and a year but nothing a department enters is a template row not
      // filled in yet; without those it is a heading or an empty row, and is not a row at all.
      const templateRow = planIndexes.some((c) => !blank(c)) && yearIndex !== undefined && !blank(yearIndex);
      if (!templateRow && contentIndexes.every(blank)) continue;
      if (templateRow) leftOut = 'not-filled-in';
    }
    const formats = sheet.formats?.[r];
    const values = emptyValues(NO_TEXTS);
    const raw: TrackerRow['raw'] = {};
    let invalid: FieldId[] | undefined;
    let unknownAttitudes: string[] = NO_TEXTS;
    let uncalculated: FieldId[] | undefined;
    for (let m = 0; m < mapped.length; m++) {
      const { field, index: c } = mapped[m];
      const value = cells[c] ?? null;
      raw[field] = value;
      if (isExcelError(value)) {
        (invalid ??= []).push(field); // #REF!, #N/A…: no value of any field (the rules say which error it is)
      } else if (value === null && rowFormulas?.[c]) {
        (invalid ??= []).push(field);
        (uncalculated ??= []).push(field);
      } else if (field === 'attitudes') {
        const key = typeof value === 'string' ? value : String(value);
        let parsed = attitudeCache.get(key);
        if (parsed === undefined) {
          parsed = parseAttitudes(value, index.attitudeNames);
          // Shared by every row with the same cell text, so frozen: no row can change another's.
          if (parsed) {
            Object.freeze(parsed.known);
            Object.freeze(parsed.unknown);
          }
          attitudeCache.set(key, parsed);
        }
        if (parsed) {
          values.attitudes = parsed.known;
          unknownAttitudes = parsed.unknown;
          if (parsed.unknown.length > 0) (invalid ??= []).push(field);
        }
      } else if (!readField(field, value, formats?.[c], index, values, caches[m])) {
        (invalid ??= []).push(field);
      }
    }
    const row: TrackerRow = { sheet: sheet.name, row: r + 1 + rowOffset, raw, values, invalid: invalid ?? NO_FIELDS, unknownAttitudes };
    if (leftOut) row.leftOut = leftOut;
    if (uncalculated) row.uncalculated = uncalculated;
    rows.push(row);
  }
  return { name: sheet.name, headerRow: headerIndex + 1 + rowOffset, columns, policyCode: policyOfSheetName(sheet.name), rows };
}
