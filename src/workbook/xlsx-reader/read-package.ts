/**
 * Reading .xlsx bytes into what the engine uses, and nothing else: per sheet the cell values
 * (shared, inline and rich text flattened, numbers, booleans, errors, formulas' cached values),
 * number formats, merged ranges, name, order and visibility, plus the workbook's date system.
 * Drawings, comments, tables, data validations and styles beyond number formats are never parsed.
 * No Node APIs: the CLI (xlsx-file.ts, with node's zlib) and the browser preview (read-xlsx.ts,
 * with fflate) share this code; the inflater is passed in, so the CLI never loads fflate.
 */
import type { CellValue, SheetData } from '../../core/cell';
import { WorkbookReadError } from '../read-error';
import { readerMessages as m } from './messages';
import { formatCode, isDateFormatCode } from './number-formats';
import { newCellTag, numberAt, parseRefAt, readCellTag } from './cell-tag';
import { RowArrays } from './row-arrays';
import { decodeExcelEscapes, XmlScanner } from './xml-scan';
import { DEFAULT_PACKAGE_LIMITS, PackageError, ZipPackage, type Inflater, type PackageLimits } from './zip-package';

export interface XlsxSheet {
  data: SheetData;
  visible: boolean;
  /** Merged ranges as A1 references (`A1:C1`); each covered cell already carries the first cell's value. */
  merges: string[];
}

export interface XlsxWorkbook {
  /** Worksheets in the workbook's order (chart sheets are not listed). */
  sheets: XlsxSheet[];
  /** The workbook counts dates from 1904 (Mac Excel's old default); serials were converted accordingly. */
  date1904: boolean;
}

export interface ReaderLimits extends PackageLimits {
  maxSheets: number;
}

export const DEFAULT_READER_LIMITS: ReaderLimits = { ...DEFAULT_PACKAGE_LIMITS, maxSheets: 1000 };

/** Excel's grid (learn.microsoft.com: "Excel specifications and limits"). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_WORKSHEET = /\/worksheet$/;
const REL_STYLES = /\/styles$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];

/** An OLE compound file holding an EncryptionInfo stream is an encrypted OOXML workbook (MS-OFFCRYPTO 2.3.4). */
function isEncryptedOle(bytes: Uint8Array): boolean {
  const name = 'EncryptionInfo';
  const pattern = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) pattern[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    if (bytes[i] !== pattern[0]) continue;
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** Text (CSV, TSV, a saved web page): no NUL and valid UTF-8 (or Shift_JIS-like high bytes) in the first kilobytes. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.length === 0) return false;
  for (const b of head) if (b === 0 || (b < 0x09 && b !== 0x1b)) return false;
  return true;
}

/** Resolves a relationship target against the folder of the part that owns it. */
function resolveTarget(ownerPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ownerPath.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function relsPath(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

interface Relationship {
  type: string;
  target: string;
}

function readRelationships(pkg: ZipPackage, ownerPath: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const xml = pkg.readText(relsPath(ownerPath));
  if (xml === undefined) return rels;
  const sc = new XmlScanner(xml);
  while (sc.next()) {
    if (sc.closing || sc.name !== 'Relationship') continue;
    const id = sc.attr('Id');
    const target = sc.attr('Target');
    if (id === undefined || target === undefined || sc.attr('TargetMode') === 'External') continue;
    rels.set(id, { type: sc.attr('Type') ?? '', target: resolveTarget(ownerPath, target) });
  }
  return rels;
}

/** The number format code of each cell style (cellXfs index), undefined for General. */
function readCellFormats(xml: string | undefined): (string | undefined)[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  const byStyle: (string | undefined)[] = [];
  const sc = new XmlScanner(xml);
  let inCellXfs = false;
  while (sc.next()) {
    if (sc.name === 'cellXfs') inCellXfs = !sc.closing && !sc.selfClosing;
    else if (sc.closing) continue;
    else if (sc.name === 'numFmt') {
      const id = Number(sc.attr('numFmtId'));
      const code = sc.attr('formatCode');
      // `\年` shows 年: the escape only says "literal"; codes are kept unescaped, as ExcelJS kept them.
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code.replace(/\\(.)/g, '$1'));
    } else if (sc.name === 'xf' && inCellXfs) {
      byStyle.push(formatCode(Number(sc.attr('numFmtId') ?? 0), custom));
      sc.skipElement();
    }
  }
  return byStyle;
}

/** Text of a string item (`<si>`, `<is>`): its `<t>` runs joined, phonetic guides (`<rPh>`) left out. */
function readStringItem(sc: XmlScanner): string {
  if (sc.selfClosing) return '';
  const closeName = sc.name;
  let text = '';
  while (sc.next()) {
    if (sc.closing) {
      if (sc.name === closeName) break;
      continue;
    }
    if (sc.name === 't') text += sc.readText();
    else if (sc.name === 'rPh' || sc.name === 'phoneticPr') sc.skipElement();
  }
  return decodeExcelEscapes(text);
}

function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const sc = new XmlScanner(xml);
  while (sc.next()) if (!sc.closing && sc.name === 'si') strings.push(readStringItem(sc));
  return strings;
}

/** 1-based column and row of an A1 reference (`$` allowed); NaN parts when malformed. */
function parseRef(ref: string): { row: number; column: number } {
  const at = { row: NaN, column: NaN };
  parseRefAt(ref, 0, ref.length, at);
  return at;
}

const DAY_MS = 86_400_000;
/** 9999-12-31, Excel's last date, in the 1900 system. */
const LAST_SERIAL = 2_958_465;

/** A date-formatted number as a date (the conversion ExcelJS makes), or the number when it is no date Excel can show. */
function serialValue(serial: number, date1904: boolean): CellValue {
  const days = serial + (date1904 ? 1462 : 0);
  if (!(serial >= 0) || days > LAST_SERIAL) return serial;
  return new Date(Math.round((days - 25569) * DAY_MS));
}

interface SheetContext {
  label: string;
  name: string;
  sharedStrings: () => string[];
  cellFormats: (string | undefined)[];
  date1904: boolean;
}

function readSheet(xml: string, ctx: SheetContext): { data: SheetData; merges: string[] } {
  const valueRows = new RowArrays<CellValue>();
  const formatRows = new RowArrays<string | undefined>();
  // Dates repeat down a tracker (a year's start and end): one Date per serial, shared by its cells.
  const dates = new Map<number, CellValue>();
  const formulas: (string | null)[][] = [];
  const sharedFormulas = new Map<string, SharedFormula>();
  const merges: string[] = [];
  let inSheetData = false;
  let row = 0;
  let column = 0;
  let maxColumn = 0;
  const tag = newCellTag();
  const beyondGrid = (where: string) => new WorkbookReadError(m.beyondGrid(ctx.label, ctx.name, where));
  const sc = new XmlScanner(xml);
  while (sc.next()) {
    const name = sc.name;
    if (name === 'sheetData') {
      inSheetData = !sc.closing && !sc.selfClosing;
      continue;
    }
    if (sc.closing) continue;
    if (name === 'mergeCell') {
      const ref = sc.attr('ref');
      if (ref) merges.push(ref);
      continue;
    }
    if (!inSheetData) continue;
    if (name === 'row') {
      const r = sc.attr('r');
      row = r === undefined ? row + 1 : Number(r);
      column = 0;
      if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS) throw beyondGrid(`row ${r}`);
      continue;
    }
    if (name !== 'c') continue;
    readCellTag(sc, tag);
    if (!tag.hasRef) column++;
    else {
      if (!(tag.column >= 1 && tag.column <= MAX_COLUMNS && tag.row >= 1 && tag.row <= MAX_ROWS)) throw beyondGrid(sc.attr('r') ?? '');
      column = tag.column;
      row = tag.row;
    }
    if (row === 0) row = 1;
    if (column > MAX_COLUMNS) throw beyondGrid(`column ${column}`);
    const type = tag.type;
    // A cell without a style has style 0 (ECMA-376 Part 1, 18.3.1.4 c, attribute s).
    const format = ctx.cellFormats[tag.style];
    if (format !== undefined) formatRows.set(row - 1, column - 1, format);
    if (sc.selfClosing) continue;
    // The text of `<v>`: from `vStart` to `vEnd` in `vText`, the sheet's own text when it is plain
    // (located, not cut out), else the decoded text; `vEnd` -1 when the cell has no `<v>`.
    let vText = xml;
    let vStart = 0;
    let vEnd = -1;
    let inline: string | undefined;
    let formula: string | undefined;
    while (sc.next()) {
      if (sc.closing) {
        if (sc.name === 'c') break;
        continue;
      }
      if (sc.name === 'v') {
        if (sc.readPlainText()) {
          vText = xml;
          vStart = sc.textStart;
          vEnd = sc.textEnd;
        } else {
          vText = sc.readText();
          vStart = 0;
          vEnd = vText.length;
        }
      } else if (sc.name === 'f') formula = readFormula(sc, sharedFormulas, row, column);
      else if (sc.name === 'is') inline = readStringItem(sc);
      else sc.skipElement();
    }
    if (formula !== undefined) (formulas[row - 1] ??= [])[column - 1] = formula;
    let value: CellValue;
    const empty = vEnd <= vStart;
    // Numbers and shared-string indexes are read in place; the other types take the text.
    const raw = vEnd < 0 || type === undefined || type === 's' || type === 'n' ? undefined : vText.slice(vStart, vEnd);
    switch (type) {
      case 's': {
        if (empty) continue;
        const strings = ctx.sharedStrings();
        const text = strings[numberAt(vText, vStart, vEnd)];
        if (text === undefined) {
          const index = vText.slice(vStart, vEnd);
          throw new WorkbookReadError(
            m.damaged(ctx.label, `shared string ${index} of cell ${a1Text(row, column)} on sheet "${ctx.name}" is missing`),
          );
        }
        value = text;
        break;
      }
      case 'inlineStr':
        if (inline === undefined && raw === undefined) continue;
        value = inline ?? decodeExcelEscapes(raw ?? '');
        break;
      case 'str':
        if (raw === undefined) continue;
        value = decodeExcelEscapes(raw);
        break;
      case 'b':
        if (raw === undefined) continue;
        value = raw === '1' || raw === 'true';
        break;
      case 'e':
        if (raw === undefined) continue;
        value = raw;
        break;
      case 'd': {
        if (raw === undefined) continue;
        const date = new Date(raw);
        value = Number.isNaN(date.getTime()) ? raw : date;
        break;
      }
      default: {
        if (empty) continue;
        const number = numberAt(vText, vStart, vEnd);
        if (!Number.isFinite(number)) value = vText.slice(vStart, vEnd);
        else if (!isDateFormatCode(format)) value = number;
        else {
          let date = dates.get(number);
          if (date === undefined) dates.set(number, (date = serialValue(number, ctx.date1904)));
          value = date;
        }
      }
    }
    valueRows.set(row - 1, column - 1, value);
    if (column > maxColumn) maxColumn = column;
  }
  const values = valueRows.done();
  const formats = formatRows.done();
  carryMergedValues(values, merges, maxColumn);
  for (let r = 0; r < values.length; r++) {
    const cells = values[r];
    if (!cells) values[r] = [];
    else for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
  }
  for (let r = 0; r < formulas.length; r++) formulas[r] ??= [];
  return { data: formulas.length > 0 ? { name: ctx.name, values, formats, formulas } : { name: ctx.name, values, formats }, merges };
}

interface SharedFormula {
  text: string;
  row: number;
  column: number;
}

/**
 * The text of an `<f>` element. A shared formula's later cells (`<f t="shared" si="0"/>`) carry no
 * text: they get the first cell's, its relative references moved by the distance between the cells
 * (as Excel shows them: `SUM(M4:P4)` shared down to row 5 is `SUM(M5:P5)` there).
 */
function readFormula(sc: XmlScanner, shared: Map<string, SharedFormula>, row: number, column: number): string {
  const si = sc.attr('si');
  const text = sc.readText();
  if (si === undefined) return text;
  if (text !== '') {
    shared.set(si, { text, row, column });
    return text;
  }
  const first = shared.get(si);
  return first ? shiftReferences(first.text, row - first.row, column - first.column) : '';
}

/** A1 references outside quoted text and not part of a name or function (`LOG10(`). */
const REFERENCE = /("(?:[^"]|"")*"|'(?:[^']|'')*')|(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function shiftReferences(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula.replace(
    REFERENCE,
    (whole, quoted: string | undefined, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      if (quoted !== undefined) return whole;
      const column = colAbs ? columnNumber(letters) : columnNumber(letters) + columns;
      const row = rowAbs ? Number(digits) : Number(digits) + rows;
      if (column < 1 || row < 1) return '#REF!';
      return `${colAbs}${columnLetters(column)}${rowAbs}${row}`;
    },
  );
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const a1Text = (row: number, column: number) => `${columnLetters(column)}${row}`;

/** Merged ranges larger than this are filled only within the sheet's used extent (a merge over whole rows or columns). */
const MAX_MERGE_CELLS = 100_000;

/** Every cell of a merged range gets its first cell's value (as Excel shows it). */
function carryMergedValues(values: CellValue[][], merges: string[], usedColumns: number): void {
  const usedRows = values.length;
  for (const ref of merges) {
    const [from, to = from] = ref.split(':');
    const a = parseRef(from);
    const b = parseRef(to);
    if ([a.row, a.column, b.row, b.column].some(Number.isNaN)) continue;
    const master = values[a.row - 1]?.[a.column - 1];
    if (master === undefined || master === null) continue;
    const huge = (b.row - a.row + 1) * (b.column - a.column + 1) > MAX_MERGE_CELLS;
    const lastRow = huge ? Math.min(b.row, usedRows) : b.row;
    const lastColumn = huge ? Math.min(b.column, usedColumns) : b.column;
    for (let r = a.row; r <= lastRow; r++) {
      const cells = (values[r - 1] ??= []);
      for (let c = a.column; c <= lastColumn; c++) cells[c - 1] = master;
    }
  }
}

/** Reads .xlsx bytes; every unreadable input is a WorkbookReadError with a one-line message. */
export function readXlsxWith(input: Uint8Array | ArrayBuffer, label: string, limits: ReaderLimits, inflater: Inflater): XlsxWorkbook {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (startsWith(bytes, OLE_MAGIC)) throw new WorkbookReadError(isEncryptedOle(bytes) ? m.encrypted(label) : m.oldXls(label));
  if (!startsWith(bytes, ZIP_MAGIC) && !startsWith(bytes, EMPTY_ZIP_MAGIC))
    throw new WorkbookReadError(looksLikeText(bytes) ? m.text(label) : m.notXlsx(label));
  try {
    return readPackage(new ZipPackage(bytes, limits, inflater), label, limits);
  } catch (error) {
    if (error instanceof PackageError) {
      if (error.kind === 'too-large') throw new WorkbookReadError(m.tooLarge(label, error.message));
      if (error.kind === 'encrypted') throw new WorkbookReadError(m.encrypted(label));
      throw new WorkbookReadError(m.damaged(label, error.message));
    }
    if (error instanceof SyntaxError) throw new WorkbookReadError(m.damaged(label, `XML: ${error.message}`));
    throw error;
  }
}

function readPackage(pkg: ZipPackage, label: string, limits: ReaderLimits): XlsxWorkbook {
  const mimetype = pkg.has('mimetype') ? pkg.readText('mimetype') : undefined;
  if (mimetype?.includes('opendocument')) throw new WorkbookReadError(m.ods(label));
  const rootRels = readRelationships(pkg, '');
  const officeDocument = [...rootRels.values()].find((r) => REL_OFFICE_DOCUMENT.test(r.type));
  const workbookPath = officeDocument?.target ?? 'xl/workbook.xml';
  if (/\.bin$/i.test(workbookPath) || pkg.has('xl/workbook.bin')) throw new WorkbookReadError(m.xlsb(label));
  const workbookXml = pkg.readText(workbookPath);
  if (workbookXml === undefined)
    throw new WorkbookReadError(pkg.has('[Content_Types].xml') ? m.damaged(label, 'no workbook part') : m.notXlsx(label));
  const rels = readRelationships(pkg, workbookPath);

  let date1904 = false;
  const listed: { name: string; visible: boolean; path: string }[] = [];
  const sc = new XmlScanner(workbookXml);
  while (sc.next()) {
    if (sc.closing) continue;
    if (sc.name === 'workbookPr') {
      const flag = sc.attr('date1904');
      date1904 = flag === '1' || flag === 'true';
    } else if (sc.name === 'sheet') {
      const rel = rels.get(sc.attr('id') ?? '');
      if (!rel || !REL_WORKSHEET.test(rel.type)) continue;
      const state = sc.attr('state');
      listed.push({ name: sc.attr('name') ?? '', visible: state === undefined || state === 'visible', path: rel.target });
    }
  }
  if (listed.length > limits.maxSheets) throw new WorkbookReadError(m.tooManySheets(label, listed.length, limits.maxSheets));
  if (listed.length === 0) throw new WorkbookReadError(m.noSheets(label));

  const relOf = (pattern: RegExp) => [...rels.values()].find((r) => pattern.test(r.type))?.target;
  const cellFormats = readCellFormats(pkg.readText(relOf(REL_STYLES) ?? 'xl/styles.xml'));
  let strings: string[] | undefined;
  const sharedStrings = () => {
    if (strings) return strings;
    const xml = pkg.readText(relOf(REL_SHARED_STRINGS) ?? 'xl/sharedStrings.xml');
    if (xml === undefined) throw new WorkbookReadError(m.noSharedStrings(label));
    return (strings = readSharedStrings(xml));
  };

  const sheets = listed.map((entry) => {
    const xml = pkg.readText(entry.path);
    if (xml === undefined) throw new WorkbookReadError(m.damaged(label, `sheet "${entry.name}" is missing (${entry.path})`));
    const { data, merges } = readSheet(xml, { label, name: entry.name, sharedStrings, cellFormats, date1904 });
    return { data, visible: entry.visible, merges };
  });
  return { sheets, date1904 };
}
