/**
 * The rows below a sheet's head are written as XML (src/workbook/xlsx-sheet-rows.ts), not through
 * wasm-xlsxwriter: the result must be the workbook wasm-xlsxwriter writes for the same spec —
 * the same sheet XML once shared-string indices are read as their texts, the same styles — and
 * read back cell for cell as the spec holds it, by the project's reader and by ExcelJS.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { strFromU8, unzipSync } from 'fflate';
import type { CellStyle, SheetSpec, SpecValue, WorkbookSpec } from '../src/core/sheet-spec';
import { EXCEL_MAX_TEXT } from '../src/workbook/excel-text-limit';
import { workbookSpecToXlsx } from '../src/workbook/xlsx-writer';
import { bodyJobChunks, bodyRows, bodyStart, bodyStyleSegments, numberXml, SharedStrings, styleKey } from '../src/workbook/xlsx-sheet-rows';
import { NodeBodyWriter } from '../src/workbook/node-body-writer';
import { FFLATE_DEFLATER } from '../src/workbook/part-deflater';
import { NODE_DEFLATER } from '../src/workbook/node-part-deflater';
import { readXlsx } from '../src/workbook/xlsx-reader/read-xlsx';
import { excelJsView, readerView } from './support/xlsx-views';

const LONG = '長'.repeat(EXCEL_MAX_TEXT - 3) + 'end';
const TEXTS = [
  'a & b < c > d "q" \'s\'',
  ']]> <t>not a tag</t>',
  '進捗状況：実施中（予定どおり）',
  ' 先頭の空白',
  '末尾の空白 ',
  '行1\n行2',
  'tab\there',
  'cr\rinside',
  'looks like an escape _x0041_ and _x000D_',
  'control \x01 char',
  '𠮷野家 (surrogate pair)',
  LONG,
];

/** A sheet like the rows sheets: a title, a note, a header row with a height, then many rows, styles over columns. */
function rowsLikeSheet(name: string, rows: number): SheetSpec {
  const values: SpecValue[][] = [
    ['Title — 読取結果', null, null, null, null, null],
    // Texts the body repeats, plain and escaped: each must stay one shared string.
    ['note', 'シート1', TEXTS[0], TEXTS[3], TEXTS[8]],
    ['シート', '行', '進捗率', '日付', '完了', 'テキスト'],
  ];
  for (let i = 0; i < rows; i++) {
    const text = TEXTS[i % TEXTS.length];
    values.push([
      `シート${i % 3}`,
      i + 4,
      i % 5 === 0 ? null : (i * 7.25) % 101,
      45_000 + i, // a date serial, shown with a date format
      i % 4 === 0,
      i % 9 === 0 ? '' : text,
    ]);
  }
  // A ragged row, a row without values (styled only), and numbers Excel writes in full.
  values.push(['ragged']);
  values.push([null, null, null, null, null, null]);
  values.push([1e21, 1e-7, -0, 0.1 + 0.2, 2 ** 53 + 2, -1234.5]);
  values.push([NaN, Infinity, -Infinity, true, false, 0]);
  // Numbers whose decimal form is hundreds of digits, a whole row of them: more than the room a row is given at first.
  values.push([1e-300, -1.7976931348623157e308, 5e-324, 1e300, 2.5e-200, 'after']);
  const last = values.length;
  return {
    name,
    values,
    styles: [
      { range: 'A1', style: { bold: true, fontSize: 14 } },
      { range: 'A2', style: { fontColor: '#595959' } },
      { range: 'A3:F3', style: { bold: true, fill: '#DDEBF7', border: true, wrap: true } },
      { range: `C4:C${last + 5}`, style: { numFmt: '0.0"%"' } },
      { range: `D4:D${3 + rows}`, style: { numFmt: 'yyyy/m/d' } },
      { range: `A10:F20`, style: { border: true } },
      { range: `C15:D30`, style: { italic: true } },
    ],
    columnWidths: [12, 6, 9, 11, 6, 40],
    rowHeights: { 3: 30 },
    freeze: { rows: 3, columns: 0 },
    autoFilter: `A3:F${last}`,
    print: {
      landscape: true,
      paper: 'A4',
      fitToPages: { width: 1, height: 0 },
      repeatRows: '3:3',
      header: name,
      pageNumbers: '{page} / {pages}',
    },
  };
}

/** A sheet with merges in its head and no set heights: the rows below the merges are written directly. */
function mergedHeadSheet(): SheetSpec {
  return {
    name: '結合あり',
    values: [
      ['見出し', null, null],
      [null, null, null],
      ['a', 1, true],
      ['b', 2, false],
      [null, 'c', 3],
    ],
    merges: ['A1:C2'],
    styles: [
      { range: 'A1:C2', style: { bold: true, align: 'center' } },
      { range: 'B3:B5', style: { numFmt: '0.00' } },
    ],
  };
}

/** A fresh spec each time (the writer may settle names and cut texts in the spec it is given). */
function spec(): WorkbookSpec {
  return { sheets: [rowsLikeSheet('読取結果', 600), mergedHeadSheet(), { name: '空', values: [] }] };
}

const elements = (xml: string, list: string, element: string) =>
  [
    ...(new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? '').matchAll(
      new RegExp(`<${element}\\b[^>]*?(?:/>|>[\\s\\S]*?</${element}>)`, 'g'),
    ),
  ].map((m) => m[0]);

/** Each cell format (cellXfs entry) as what it is: its number format, font, fill and border written out. */
function cellFormats(styles: string): string[] {
  const numFmts = new Map(elements(styles, 'numFmts', 'numFmt').map((x) => [/numFmtId="(\d+)"/.exec(x)![1], x]));
  const fonts = elements(styles, 'fonts', 'font');
  const fills = elements(styles, 'fills', 'fill');
  const borders = elements(styles, 'borders', 'border');
  return elements(styles, 'cellXfs', 'xf').map((xf) =>
    xf
      .replace(/numFmtId="(\d+)"/, (_m, id: string) => numFmts.get(id) ?? `builtin ${id}`)
      .replace(/fontId="(\d+)"/, (_m, id: string) => fonts[Number(id)])
      .replace(/fillId="(\d+)"/, (_m, id: string) => fills[Number(id)])
      .replace(/borderId="(\d+)"/, (_m, id: string) => borders[Number(id)]),
  );
}

/**
 * Every part's text, each shared-string index in the sheets replaced by its text and each style
 * index by the format it stands for (wasm-xlsxwriter numbers formats in the order it meets them).
 */
function partsWithTexts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  const sst = files['xl/sharedStrings.xml'] ? strFromU8(files['xl/sharedStrings.xml']) : '';
  const strings = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  const formats = cellFormats(strFromU8(files['xl/styles.xml']));
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) {
    if (name === 'xl/sharedStrings.xml' || name === 'docProps/core.xml') continue; // core.xml holds the time of writing
    let xml = strFromU8(data);
    if (name === 'xl/styles.xml') xml = [...formats].sort().join('\n');
    if (name.startsWith('xl/worksheets/sheet'))
      xml = xml
        .replace(
          /( t="s"><v>)(\d+)(<\/v>)/g,
          (_m, open: string, index: string, close: string) => `${open}${strings[Number(index)]}${close}`,
        )
        .replace(
          /<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g,
          (_m, ref: string, s?: string) => `<c r="${ref}" format="${formats[Number(s ?? 0)]}"`,
        );
    parts.set(name, xml);
  }
  return parts;
}

describe('rows written as XML below the head', () => {
  let direct: Uint8Array;
  let reference: Uint8Array;
  beforeAll(async () => {
    direct = await workbookSpecToXlsx(spec());
    reference = await workbookSpecToXlsx(spec(), { directRows: false });
  });

  it('are the XML wasm-xlsxwriter writes for the same spec: cells, styles, widths, heights, panes, filter, print setup', () => {
    const ours = partsWithTexts(direct);
    const theirs = partsWithTexts(reference);
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    for (const [name, xml] of theirs) expect({ name, xml: ours.get(name) }).toEqual({ name, xml });
    // The comparison covers the rows: the head, the 600 rows, the ragged one, the one without values
    // (its styled cell is written, as wasm-xlsxwriter does within the rows the sheet spans) and the last three.
    expect(ours.get('xl/worksheets/sheet1.xml')!.match(/<row /g)!.length).toBe(3 + 600 + 5);
  });

  it('shares each text once, as wasm-xlsxwriter does', () => {
    const entries = (bytes: Uint8Array) => {
      const sst = strFromU8(unzipSync(bytes)['xl/sharedStrings.xml']);
      return { count: /count="(\d+)"/.exec(sst)![1], entries: [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]).sort() };
    };
    const ours = entries(direct);
    expect(ours).toEqual(entries(reference));
    expect(new Set(ours.entries).size).toBe(ours.entries.length);
  });

  it('read back cell for cell as the spec holds them, by the reader and by ExcelJS', async () => {
    const ours = readerView(direct);
    expect(ours).toEqual(readerView(reference));
    expect(await excelJsView(direct)).toEqual(await excelJsView(reference));
    const sheet = readXlsx(direct, 'direct').sheets[0].data;
    const source = spec().sheets[0].values;
    const blank = (v: SpecValue) => v === null || v === '';
    let checked = 0;
    source.forEach((row, r) =>
      row.forEach((value, c) => {
        const read = sheet.values[r]?.[c] ?? null;
        if (blank(value)) return expect(read).toBeNull();
        checked++;
        if (c === 3 && r >= 3 && r < 603)
          return expect((read as Date).getTime()).toBe(Date.UTC(1899, 11, 30) + (value as number) * 86_400_000);
        if (typeof value === 'number' && !Number.isFinite(value))
          return expect(read).toBe(Number.isNaN(value) ? 'NAN' : value > 0 ? 'INF' : '-INF');
        expect(read).toEqual(value);
      }),
    );
    expect(checked).toBeGreaterThan(3000);
    const texts = sheet.values.slice(3).map((row) => row[5]);
    expect(texts).toContain(LONG);
    expect(LONG.length).toBe(EXCEL_MAX_TEXT);
    for (const text of TEXTS) expect(texts).toContain(text);
    expect(sheet.formats?.[3]?.[2]).toBe('0.0"%"');
  });

  it('give a workbook whose only texts are below the head its shared strings part', async () => {
    const bytes = await workbookSpecToXlsx({
      sheets: [
        {
          name: 'S',
          values: [
            ['テキスト', 1],
            ['a&b', 2],
          ],
        },
      ],
    });
    const files = unzipSync(bytes);
    expect(strFromU8(files['[Content_Types].xml'])).toContain('/xl/sharedStrings.xml');
    expect(strFromU8(files['xl/_rels/workbook.xml.rels'])).toContain('Target="sharedStrings.xml"');
    expect(readerView(bytes)[0].cells).toEqual(['R1C1=string:テキスト', 'R1C2=number:1', 'R2C1=string:a&b', 'R2C2=number:2']);
    expect((await excelJsView(bytes))[0].cells).toEqual(readerView(bytes)[0].cells);
  });
});

describe('a body of many chunks of XML', () => {
  // fflate takes each chunk at once; node's zlib (the CLI's) holds chunks while its thread compresses them.
  it.each([
    ['fflate', FFLATE_DEFLATER],
    ["node's zlib", NODE_DEFLATER],
  ])('is read back cell for cell, each text shared once and counted per cell (deflated by %s)', async (_name, deflater) => {
    const rows = 20_000;
    const sheet = rowsLikeSheet('長い表', rows);
    const bytes = await workbookSpecToXlsx({ sheets: [sheet] }, { deflater });
    const files = unzipSync(bytes);
    // The body is written in chunks of about 1 MB: this one spans several.
    expect(files['xl/worksheets/sheet1.xml'].length).toBeGreaterThan(4 << 20);
    const read = readXlsx(bytes, 'long').sheets[0].data;
    // Each cell as the reader should give it: dates from their serials, what Excel cannot hold as text.
    const shown = (value: SpecValue, r: number, c: number): unknown => {
      if (value === null || value === '') return null;
      if (c === 3 && r >= 3 && r < 3 + rows) return new Date(Date.UTC(1899, 11, 30) + (value as number) * 86_400_000);
      if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'NAN' : value > 0 ? 'INF' : '-INF';
      return value;
    };
    const expected = rowsLikeSheet('長い表', rows).values;
    const width = Math.max(...expected.map((row) => row.length));
    const grid = (cell: (r: number, c: number) => unknown) =>
      expected.map((_row, r) => Array.from({ length: width }, (_v, c) => cell(r, c)));
    expect(grid((r, c) => read.values[r]?.[c] ?? null)).toEqual(grid((r, c) => shown(expected[r][c] ?? null, r, c)));
    const strings = expected
      .flat()
      .filter((v) => (typeof v === 'string' && v !== '') || (typeof v === 'number' && !Number.isFinite(v))).length;
    const sst = strFromU8(files['xl/sharedStrings.xml']);
    const entries = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
    expect(new Set(entries).size).toBe(entries.length);
    expect(Number(/count="(\d+)"/.exec(sst)![1])).toBe(strings);
    expect(Number(/uniqueCount="(\d+)"/.exec(sst)![1])).toBe(entries.length);
  });
});

describe('a body packed whole for another thread (BodyRows.job)', () => {
  it('is written as the same bytes as chunk by chunk, with the same shared strings', () => {
    const sheet = rowsLikeSheet('読取結果', 12_000);
    const start = bodyStart(sheet);
    const segments = bodyStyleSegments(sheet, start);
    const keys: string[] = [];
    const styleIndex = (style: CellStyle) => {
      const key = styleKey(style);
      if (!keys.includes(key)) keys.push(key);
      return keys.indexOf(key) + 1;
    };
    const concat = (chunks: Uint8Array[]) => Buffer.concat(chunks);
    const chunkedStrings = new SharedStrings();
    const chunked = concat([...bodyRows(sheet, start, segments, styleIndex, chunkedStrings).chunks()]);
    const packedStrings = new SharedStrings();
    const packed = concat([...bodyJobChunks(bodyRows(sheet, start, segments, styleIndex, packedStrings).job())]);
    // Several chunks of about 1 MB, and rows of every kind of cell, styled and not.
    expect(chunked.length).toBeGreaterThan(2 << 20);
    expect(packed.equals(chunked)).toBe(true);
    expect(packedStrings.xml()).toBe(chunkedStrings.xml());
    expect(chunked.toString('latin1')).toMatch(/<c r="E\d+" t="b"><v>1<\/v><\/c>.*<c r="C\d+" s="\d+"\/>/);
  });
});

describe('the largest body written on a worker thread (the CLI)', () => {
  let dir: string;
  let script: string;
  beforeAll(() => {
    // The worker's script as the build compiles it (dist/workbook/body-worker-thread.js), bundled
    // from the source here, so that the tests need no build.
    dir = mkdtempSync(join(tmpdir(), 'body-worker-'));
    script = join(dir, 'body-worker-thread.js');
    buildSync({
      entryPoints: [join(__dirname, '..', 'src', 'workbook', 'body-worker-thread.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      outfile: script,
      logLevel: 'silent',
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // 40,000 rows of six columns: above the 200,000 cells from which a body goes to the worker; the small one stays here.
  const large = (): WorkbookSpec => ({ sheets: [rowsLikeSheet('小さい表', 50), rowsLikeSheet('読取結果', 40_000), mergedHeadSheet()] });
  const written = async (writer?: NodeBodyWriter) => {
    try {
      return await workbookSpecToXlsx(large(), { deflater: NODE_DEFLATER, bodyWriter: writer });
    } finally {
      await writer?.close();
    }
  };
  let reference: Uint8Array;
  beforeAll(async () => {
    reference = await written();
  });

  it('gives the workbook written on one thread, cell for cell, and only the large body went there', async () => {
    const writer = new NodeBodyWriter(script);
    const bytes = await written(writer);
    expect(writer.offThread).toBe(1);
    expect(partsWithTexts(bytes)).toEqual(partsWithTexts(reference));
    expect(readerView(bytes)).toEqual(readerView(reference));
    // One table of shared strings: each text once, counted per cell (the worker's texts were indexed before it was sent).
    const sst = (b: Uint8Array) => {
      const xml = strFromU8(unzipSync(b)['xl/sharedStrings.xml']);
      return {
        counts: /count="\d+" uniqueCount="\d+"/.exec(xml)![0],
        entries: [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]).sort(),
      };
    };
    expect(sst(bytes)).toEqual(sst(reference));
    expect(unzipSync(bytes)['xl/worksheets/sheet2.xml'].length).toBeGreaterThan(8 << 20);
  });

  it('writes on this thread where the compiled worker is missing (the TypeScript source run as is)', async () => {
    const writer = new NodeBodyWriter(join(dir, 'missing.js'));
    const bytes = await written(writer);
    expect(writer.offThread).toBe(0);
    expect(partsWithTexts(bytes)).toEqual(partsWithTexts(reference));
  });

  it('reports a worker that fails rather than waiting for it', async () => {
    const broken = join(dir, 'broken.js');
    writeFileSync(broken, "throw new Error('broken worker');\n");
    await expect(written(new NodeBodyWriter(broken))).rejects.toThrow('broken worker');
    const failing = join(dir, 'failing.js');
    writeFileSync(
      failing,
      "require('node:worker_threads').parentPort.on('message', (m) => require('node:worker_threads').parentPort.postMessage({ id: m.id, error: 'no room' }));\n",
    );
    await expect(written(new NodeBodyWriter(failing))).rejects.toThrow('writing a sheet on the worker thread: no room');
  });

  // `npm test` runs the tests after the build; `npm run test:unit` (PLAN_TRACKER_CLI=source) builds nothing.
  (process.env.PLAN_TRACKER_CLI === 'source' ? it.skip : it)('is built beside the command (the worker the CLI starts exists)', () => {
    const built = require(join(__dirname, '..', 'dist', 'workbook', 'node-body-writer.js')) as { BODY_WORKER_SCRIPT: string };
    expect(built.BODY_WORKER_SCRIPT).toBe(join(__dirname, '..', 'dist', 'workbook', 'body-worker-thread.js'));
    expect(existsSync(built.BODY_WORKER_SCRIPT)).toBe(true);
  });
});

describe('numberXml', () => {
  it('writes a number in full decimal form, as rust_xlsxwriter does, and it reads back the same', () => {
    const cases: [number, string][] = [
      [1e21, '1000000000000000000000'],
      [1.5e-7, '0.00000015'],
      [-2.5e22, '-25000000000000000000000'],
      [1.7976931348623157e308, '17976931348623157' + '0'.repeat(292)],
      [-0, '-0'],
      [0.30000000000000004, '0.30000000000000004'],
      [123.456, '123.456'],
    ];
    for (const [n, text] of cases) {
      expect(numberXml(n)).toBe(text);
      expect(Number(numberXml(n))).toBe(n);
    }
  });
});
