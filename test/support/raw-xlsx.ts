/** Minimal .xlsx packages built part by part (fflate), for inputs no workbook library would write. */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface RawSheet {
  name: string;
  /** The `<sheetData>` content (rows and cells). */
  rows: string;
  state?: 'hidden' | 'veryHidden';
  /** Put after `</sheetData>` (mergeCells …). */
  after?: string;
}

export interface RawWorkbookOptions {
  sharedStrings?: string[] | null;
  /** Custom number formats by style index 1…: the cell style `s="1"` gets the first. */
  numFmts?: string[];
  date1904?: boolean;
  /** Extra or replaced parts. */
  parts?: Record<string, string | Uint8Array>;
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function rawXlsxParts(sheets: RawSheet[], options: RawWorkbookOptions = {}): Zippable {
  const ns =
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const parts: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook ${ns}>${options.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets
      .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ''}/>`)
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join(
        '',
      )}<Relationship Id="rS" Type="${rel}/styles" Target="styles.xml"/>${options.sharedStrings === null ? '' : `<Relationship Id="rT" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>`}</Relationships>`,
    'xl/styles.xml': `<?xml version="1.0"?><styleSheet ${ns}><numFmts>${(options.numFmts ?? []).map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(f).replace(/"/g, '&quot;')}"/>`).join('')}</numFmts><cellXfs><xf numFmtId="0"/>${(options.numFmts ?? []).map((_, i) => `<xf numFmtId="${164 + i}"/>`).join('')}</cellXfs></styleSheet>`,
  };
  if (options.sharedStrings !== null)
    parts['xl/sharedStrings.xml'] =
      `<?xml version="1.0"?><sst ${ns}>${(options.sharedStrings ?? []).map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join('')}</sst>`;
  sheets.forEach(
    (s, i) =>
      (parts[`xl/worksheets/sheet${i + 1}.xml`] =
        `<?xml version="1.0"?><worksheet ${ns}><sheetData>${s.rows}</sheetData>${s.after ?? ''}</worksheet>`),
  );
  Object.assign(parts, options.parts ?? {});
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(parts)) zippable[name] = typeof content === 'string' ? strToU8(content) : content;
  return zippable;
}

export function rawXlsx(sheets: RawSheet[], options: RawWorkbookOptions = {}): Uint8Array {
  return zipSync(rawXlsxParts(sheets, options));
}
