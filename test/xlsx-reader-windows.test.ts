/** A sheet read in row-bounded windows reads the same cells as read in one piece, at any window size. */
import { strToU8 } from 'fflate';
import { WINDOW_BYTES, xmlWindows } from '../src/workbook/xlsx-reader/xml-windows';
import { readXlsx } from '../src/workbook/xlsx-reader/read-xlsx';
import { XmlScanner } from '../src/workbook/xlsx-reader/xml-scan';
import { rawXlsx } from './support/raw-xlsx';

const rows = Array.from(
  { length: 40 },
  (_, i) =>
    `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>進捗状況${i}&amp;課</t></is></c><c r="B${i + 1}"><v>${i * 1.5}</v></c><c r="C${i + 1}" t="s"><v>0</v></c></row>`,
).join('');
const sheetXml = `<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="D1:E1"/></mergeCells></worksheet>`;

describe('xmlWindows', () => {
  it('cuts only after a </row>, keeps every byte (multi-byte characters split across windows included) and drops the BOM', () => {
    const bytes = strToU8('\ufeff' + sheetXml);
    for (const size of [1, 2, 3, 7, 64, 1000, 1 << 20]) {
      const windows = [...xmlWindows(bytes, size)];
      expect(windows.join('')).toBe(sheetXml);
      for (const w of windows.slice(0, -1)) expect(w.endsWith('</row>')).toBe(true);
      if (size < 1000) expect(windows.length).toBeGreaterThan(10);
    }
  });

  it('does not cut where a comment, CDATA or a processing instruction could hold a </row>', () => {
    for (const hiding of ['<!-- </row> -->', '<![CDATA[</row>]]>', '<?pi </row> ?>']) {
      const xml = sheetXml.replace('<row r="20">', `${hiding}<row r="20">`);
      const windows = [...xmlWindows(strToU8(xml), 16)];
      expect(windows.join('')).toBe(xml);
      // Every cut is before the markup; the markup and all after it are one window.
      const at = windows.findIndex((w) => w.includes(hiding));
      expect(at).toBe(windows.length - 1);
    }
  });

  it('an empty part is one empty window', () => {
    expect([...xmlWindows(new Uint8Array(0))]).toEqual(['']);
  });
});

describe('a sheet across many windows', () => {
  it('reads every cell of a sheet several windows long, and the merges after its rows', () => {
    const count = 30_000;
    const many = Array.from(
      { length: count },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>進捗${i}</t></is></c><c r="B${i + 1}"><v>${i}</v></c><c r="C${i + 1}" t="s"><v>0</v></c></row>`,
    ).join('');
    expect(many.length).toBeGreaterThan(3 * WINDOW_BYTES);
    const bytes = rawXlsx([{ name: 'S', rows: many, after: '<mergeCells count="1"><mergeCell ref="C1:D1"/></mergeCells>' }], {
      sharedStrings: ['共有'],
    });
    const sheet = readXlsx(bytes, 'x').sheets[0];
    expect(sheet.data.values).toHaveLength(count);
    sheet.data.values.forEach((cells, i) => expect(cells).toEqual([`進捗${i}`, i, '共有', ...(i === 0 ? ['共有'] : [])]));
    expect(sheet.merges).toEqual(['C1:D1']);
  });
});

describe('XmlScanner.shortAttrs', () => {
  it('reads one-letter attributes, prefixed or not, and never a namespace declaration', () => {
    const sc = new XmlScanner('<c xmlns:r="urn:x" x:s="3" t="s" r="B7" rr="no"/>');
    sc.next();
    expect(sc.shortAttrs({ r: undefined, s: undefined, t: undefined })).toEqual({ r: 'B7', s: '3', t: 's' });
    const sc2 = new XmlScanner('<c xmlns:r="urn:x" t="str"/>');
    sc2.next();
    expect(sc2.shortAttrs({ r: undefined, s: undefined, t: undefined })).toEqual({ r: undefined, s: undefined, t: 'str' });
  });
});
