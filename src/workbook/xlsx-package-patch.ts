/**
 * What wasm-xlsxwriter 0.13's JavaScript API lacks, added to the finished .xlsx package: data
 * validations (drop-down lists and number rules) and tab colours. rust_xlsxwriter writes both,
 * but its WebAssembly binding does not expose them, so they are inserted into the worksheet XML
 * at the place the OOXML schema orders them.
 */
import JSZip from 'jszip';
import type { DataValidationSpec, SheetSpec, WorkbookSpec } from '../core/sheet-spec';

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
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
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

const needsPatch = (sheet: SheetSpec) => (sheet.validations?.length ?? 0) > 0 || sheet.tabColor !== undefined;

/** Returns the package with the spec's validations and tab colours added (unchanged if none). */
export async function patchXlsxPackage(bytes: Uint8Array, spec: WorkbookSpec): Promise<Uint8Array> {
  const sheets = spec.sheets.filter(needsPatch);
  if (sheets.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  for (const sheet of sheets) {
    const path = parts.get(sheet.name);
    if (!path) throw new Error(`sheet ${sheet.name} not found in the written package`);
    let xml = await zip.file(path)!.async('string');
    if (sheet.validations?.length) xml = withValidations(xml, sheet.validations);
    if (sheet.tabColor) xml = withTabColor(xml, sheet.tabColor);
    zip.file(path, xml);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
