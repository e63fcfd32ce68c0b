/**
 * What wasm-xlsxwriter 0.13's JavaScript API lacks or does slowly, added to the finished .xlsx
 * package: data validations (drop-down lists and number rules) and tab colours — rust_xlsxwriter
 * writes both, but its WebAssembly binding does not expose them, so they are inserted into the
 * worksheet XML at the place the OOXML schema orders them — and the rows below each sheet's head,
 * written as XML by xlsx-sheet-rows.ts into the sheet's <sheetData>, their texts added to the
 * shared strings. The package is rebuilt with fflate, each sheet deflated in chunks of rows.
 */
import { Zip, unzipSync, type ZipInputFile } from 'fflate';
import { columnLetters, columnNumber } from '../core/a1';
import type { CellStyle, DataValidationSpec, SheetSpec, WorkbookSpec } from '../core/sheet-spec';
import { FFLATE_DEFLATER, joinPieces, type BodyPartWriter, type DeflatedPart, type PartDeflater } from './part-deflater';
import { bodyRows, SharedStrings, styleKey, type BodyRows, type StyleSegment, type ValueRows, type WrittenBounds } from './xlsx-sheet-rows';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Excel keeps at most 255 characters in a validation's title-less message and list formula. */
const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

export function dataValidationXml(v: DataValidationSpec): string {
  const messages = [
    v.prompt ? ` showInputMessage="1" prompt="${escapeXml(clip(v.prompt, 255))}"` : '',
    ` showErrorMessage="1"`,
    v.errorMessage ? ` error="${escapeXml(clip(v.errorMessage, 225))}"` : '',
  ].join('');
  const sqref = escapeXml(v.range.replace(/\$/g, ''));
  if ('list' in v.rule) {
    // An in-line list is one quoted formula of comma-separated values (no commas inside them).
    const list = v.rule.list.map((item) => item.replace(/[,"]/g, '')).join(',');
    if (list.length > 255) throw new Error(`drop-down list longer than Excel's 255 characters: ${v.range}`);
    return `<dataValidation type="list" allowBlank="1"${messages} sqref="${sqref}"><formula1>"${escapeXml(list)}"</formula1></dataValidation>`;
  }
  const [type, bounds] = 'decimal' in v.rule ? ['decimal', v.rule.decimal] : ['whole', v.rule.whole];
  return `<dataValidation type="${type}" allowBlank="1"${messages} sqref="${sqref}"><formula1>${bounds.min}</formula1><formula2>${bounds.max}</formula2></dataValidation>`;
}

/** Elements that follow <dataValidations> in CT_Worksheet; the validations go before the first present. */
const AFTER_DATA_VALIDATIONS = [
  '<hyperlinks',
  '<printOptions',
  '<pageMargins',
  '<pageSetup',
  '<headerFooter',
  '<rowBreaks',
  '<colBreaks',
  '<customProperties',
  '<cellWatches',
  '<ignoredErrors',
  '<smartTags',
  '<drawing',
  '<legacyDrawing',
  '<picture',
  '<oleObjects',
  '<controls',
  '<webPublishItems',
  '<tableParts',
  '<extLst',
  '</worksheet>',
];

function insertBeforeFirst(xml: string, markers: string[], insert: string): string {
  const at = Math.min(...markers.map((m) => xml.indexOf(m)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) throw new Error('worksheet XML without a closing tag');
  return xml.slice(0, at) + insert + xml.slice(at);
}

function withValidations(xml: string, validations: DataValidationSpec[]): string {
  const block = `<dataValidations count="${validations.length}">${validations.map(dataValidationXml).join('')}</dataValidations>`;
  return insertBeforeFirst(xml, AFTER_DATA_VALIDATIONS, block);
}

/** <tabColor> is the first child of <sheetPr>, which is the worksheet's first child. */
function withTabColor(xml: string, color: string): string {
  const tab = `<tabColor rgb="FF${color.replace('#', '').toUpperCase()}"/>`;
  if (/<sheetPr\b[^>]*\/>/.test(xml)) return xml.replace(/<sheetPr\b([^>]*)\/>/, `<sheetPr$1>${tab}</sheetPr>`);
  if (/<sheetPr\b[^>]*>/.test(xml)) return xml.replace(/<sheetPr\b([^>]*)>/, `<sheetPr$1>${tab}`);
  return xml.replace(/(<worksheet\b[^>]*>)/, `$1<sheetPr>${tab}</sheetPr>`);
}

/** Sheet name → path of its part, from workbook.xml and its relationships. */
function sheetParts(workbook: string, rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const unescaped = name
      ?.replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    if (unescaped && id && targets.has(id)) parts.set(unescaped, targets.get(id)!);
  }
  return parts;
}

/** A sheet whose rows from `start` (zero-based) are written as XML; its styles' indices come from the probe cells. */
export interface DirectRows {
  start: number;
  segments: StyleSegment[];
  /** Style key → the cell wasm-xlsxwriter formatted with that style. */
  probes: Map<string, { row: number; column: number }>;
  /** The rows the sheet spans, as the writer found them (valueRows). */
  rows: ValueRows;
}

const needsPatch = (sheet: SheetSpec, direct: Map<string, DirectRows>) =>
  (sheet.validations?.length ?? 0) > 0 || sheet.tabColor !== undefined || direct.has(sheet.name);

const SHARED_STRINGS = 'xl/sharedStrings.xml';
const SHARED_STRINGS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';
const SHARED_STRINGS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Whether a body holds a cell written as a shared string (text, or a number Excel cannot hold). */
function bodyHasText(sheet: SheetSpec, start: number): boolean {
  for (let r = start; r < sheet.values.length; r++)
    for (const v of sheet.values[r]) if ((typeof v === 'string' && v !== '') || (typeof v === 'number' && !Number.isFinite(v))) return true;
  return false;
}

const CELL_REF = /<c r="([A-Z]+)(\d+)"(?: s="(\d+)")?/g;

/** A sheet part whose rows are written here: the XML before them (with its <dimension>), the rows, the XML after. */
interface DirectSheet {
  head: string;
  body: BodyRows;
  tail: string;
}

/**
 * Splits the sheet XML wasm-xlsxwriter wrote around its rows: the head's rows are kept, the probe
 * cells below give each body style its cellXfs index, and the body's rows go in their place.
 */
function directSheet(xml: string, sheet: SheetSpec, direct: DirectRows, strings: SharedStrings): DirectSheet {
  const open = xml.indexOf('<sheetData');
  if (open < 0) throw new Error(`sheet ${sheet.name}: worksheet XML without <sheetData>`);
  const selfClosing = xml.startsWith('<sheetData/>', open);
  const innerStart = selfClosing ? open + '<sheetData/>'.length : xml.indexOf('>', open) + 1;
  const innerEnd = selfClosing ? innerStart : xml.indexOf('</sheetData>', innerStart);
  const after = selfClosing ? innerEnd : innerEnd + '</sheetData>'.length;
  let head = '';
  let headBounds: WrittenBounds | null = null;
  const probeIndex = new Map<string, number>();
  for (const m of xml.slice(innerStart, innerEnd).matchAll(/<row r="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g)) {
    const inHead = Number(m[1]) <= direct.start;
    if (inHead) head += m[0];
    for (const c of m[0].matchAll(CELL_REF)) {
      const row = Number(c[2]) - 1;
      const column = columnNumber(c[1]) - 1;
      if (inHead)
        headBounds = headBounds
          ? {
              top: Math.min(headBounds.top, row),
              bottom: Math.max(headBounds.bottom, row),
              left: Math.min(headBounds.left, column),
              right: Math.max(headBounds.right, column),
            }
          : { top: row, bottom: row, left: column, right: column };
      else probeIndex.set(c[1] + c[2], Number(c[3] ?? 0));
    }
  }
  const indexByKey = new Map<string, number>();
  for (const [key, { row, column }] of direct.probes) {
    const index = probeIndex.get(columnLetters(column + 1) + (row + 1));
    if (index === undefined) throw new Error(`sheet ${sheet.name}: the style of ${columnLetters(column + 1)}${row + 1} was not written`);
    indexByKey.set(key, index);
  }
  const styleIndex = (style: CellStyle) => indexByKey.get(styleKey(style))!;
  const body = bodyRows(sheet, direct.start, direct.segments, styleIndex, strings, direct.rows);
  return {
    head: `${withDimension(xml.slice(0, open), union(headBounds, body.bounds))}<sheetData>${head}`,
    body,
    tail: `</sheetData>${xml.slice(after)}`,
  };
}

/** A direct sheet's XML, its rows written as the deflater takes them (never all at once). */
function* sheetChunks({ head, body, tail }: DirectSheet): Generator<string | Uint8Array> {
  yield head;
  yield* body.chunks();
  yield tail;
}

function union(a: WrittenBounds | null, b: WrittenBounds | null): WrittenBounds | null {
  if (!a || !b) return a ?? b;
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/** rust_xlsxwriter's <dimension>: the used range, or A1 for a sheet without cells. */
function withDimension(xml: string, bounds: WrittenBounds | null): string {
  const first = bounds ? `${columnLetters(bounds.left + 1)}${bounds.top + 1}` : 'A1';
  const last = bounds ? `${columnLetters(bounds.right + 1)}${bounds.bottom + 1}` : 'A1';
  return xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${first === last ? first : `${first}:${last}`}"/>`);
}

/** Adds the shared-strings part to the content types and the workbook's relationships. */
function withSharedStringsPart(contentTypes: string, rels: string): { contentTypes: string; rels: string } {
  const ids = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  return {
    contentTypes: contentTypes.replace(
      '</Types>',
      `<Override PartName="/${SHARED_STRINGS}" ContentType="${SHARED_STRINGS_TYPE}"/></Types>`,
    ),
    rels: rels.replace(
      '</Relationships>',
      `<Relationship Id="rId${n}" Type="${SHARED_STRINGS_REL}" Target="sharedStrings.xml"/></Relationships>`,
    ),
  };
}

/** Bodies of fewer cells are written on this thread: handing one over costs more than it saves. */
const OFF_THREAD_MIN_CELLS = 200_000;

/**
 * Returns the package with the spec's validations and tab colours added and the rows of the
 * `direct` sheets written from their head down (unchanged if there is nothing to add). With a
 * `bodyWriter`, the largest body is written and deflated by it (on another thread) while this thread writes the rest.
 */
export async function patchXlsxPackage(
  bytes: Uint8Array,
  spec: WorkbookSpec,
  direct = new Map<string, DirectRows>(),
  deflater: PartDeflater = FFLATE_DEFLATER,
  bodyWriter?: BodyPartWriter,
): Promise<Uint8Array> {
  const sheets = spec.sheets.filter((sheet) => needsPatch(sheet, direct));
  if (sheets.length === 0) return bytes;
  const files = unzipSync(bytes);
  const text = (name: string) => {
    const data = files[name];
    if (!data) throw new Error(`the written package lacks ${name}`);
    return decoder.decode(data);
  };
  const parts = sheetParts(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  const bySheetPath = new Map<string, SheetSpec>();
  for (const sheet of sheets) {
    const path = parts.get(sheet.name);
    if (!path) throw new Error(`sheet ${sheet.name} not found in the written package`);
    bySheetPath.set(path, sheet);
  }
  const strings = new SharedStrings(files[SHARED_STRINGS] ? text(SHARED_STRINGS) : undefined);
  const replaced = new Map<string, string>();
  if (!files[SHARED_STRINGS] && sheets.some((sheet) => direct.has(sheet.name) && bodyHasText(sheet, direct.get(sheet.name)!.start))) {
    const added = withSharedStringsPart(text('[Content_Types].xml'), text('xl/_rels/workbook.xml.rels'));
    replaced.set('[Content_Types].xml', added.contentTypes);
    replaced.set('xl/_rels/workbook.xml.rels', added.rels);
  }

  // Each patched sheet's XML, and the sheets whose rows are written here split around their rows.
  const patched = new Map<string, string>();
  const directSheets = new Map<string, DirectSheet>();
  for (const [name, sheet] of bySheetPath) {
    let xml = text(name);
    if (sheet.validations?.length) xml = withValidations(xml, sheet.validations);
    if (sheet.tabColor) xml = withTabColor(xml, sheet.tabColor);
    const rows = direct.get(sheet.name);
    if (rows) directSheets.set(name, directSheet(xml, sheet, rows, strings));
    else patched.set(name, xml);
  }
  // The largest body goes to the body writer first, its texts indexed now, so that it is written
  // there while this thread writes the other parts (the shared strings list its texts first).
  let offThread: { name: string; part: Promise<DeflatedPart> } | null = null;
  if (bodyWriter) {
    let largest: [string, DirectSheet] | null = null;
    for (const entry of directSheets)
      if (entry[1].body.cells >= OFF_THREAD_MIN_CELLS && (!largest || entry[1].body.cells > largest[1].body.cells)) largest = entry;
    if (largest) {
      const [name, { head, body, tail }] = largest;
      offThread = { name, part: bodyWriter.write(encoder.encode(head), body.job(), encoder.encode(tail)) };
      // A failure is reported where the part is awaited, below; until then it must not count as unhandled.
      offThread.part.catch(() => undefined);
    }
  }

  const encoded = function* (chunks: Iterable<string | Uint8Array>) {
    for (const chunk of chunks) yield typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
  };
  const deflated = new Map<string, DeflatedPart | Promise<DeflatedPart>>();
  // The shared strings go after every sheet, once the sheets' texts are in.
  const names = Object.keys(files).filter((name) => name !== SHARED_STRINGS);
  for (const name of names) {
    if (name === offThread?.name) {
      deflated.set(name, offThread.part);
      continue;
    }
    const split = directSheets.get(name);
    deflated.set(
      name,
      await deflater.deflate(encoded(split ? sheetChunks(split) : [patched.get(name) ?? replaced.get(name) ?? files[name]])),
    );
  }
  if (files[SHARED_STRINGS] || !strings.empty) {
    names.push(SHARED_STRINGS);
    deflated.set(SHARED_STRINGS, await deflater.deflate(encoded([strings.changed ? strings.xml() : files[SHARED_STRINGS]])));
  }

  const output: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure ??= error;
    else output.push(data);
  });
  for (const name of names) {
    const part = await deflated.get(name)!;
    const file: ZipInputFile = { filename: name, compression: 8, size: part.size, crc: part.crc };
    zip.add(file);
    if (part.data.length === 0) file.ondata!(null, new Uint8Array(0), true);
    part.data.forEach((piece, i) => file.ondata!(null, piece, i === part.data.length - 1));
  }
  zip.end();
  if (failure) throw failure;
  return joinPieces(output);
}
