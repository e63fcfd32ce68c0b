/** The reader on every kind of cell and container, including the damaged, the huge and the wrong kind of file. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { DEFAULT_READER_LIMITS, readXlsx } from '../src/workbook/xlsx-reader/read-xlsx';
import { WorkbookReadError } from '../src/workbook/read-error';
import { NODE_INFLATER } from '../src/workbook/xlsx-reader/node-inflater';
import { FFLATE_INFLATER } from '../src/workbook/xlsx-reader/fflate-inflater';
import type { Inflater } from '../src/workbook/xlsx-reader/zip-package';
import { rawXlsx, rawXlsxParts } from './support/raw-xlsx';
import { cli, cliEntry, cliProcess } from './support/cli';

const dir = mkdtempSync(join(tmpdir(), 'pt-inputs-'));

function readError(bytes: Uint8Array, limits = DEFAULT_READER_LIMITS, inflater: Inflater = FFLATE_INFLATER): string {
  try {
    readXlsx(bytes, 'in.xlsx', limits, inflater);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as Error).message).not.toContain('\n');
    return (error as Error).message;
  }
  throw new Error('read without error');
}

describe('cell values', () => {
  it('shared, inline and rich text flattened (phonetic guides left out), escapes decoded, booleans, errors, cached formula results', () => {
    const bytes = rawXlsx(
      [
        {
          name: 'S',
          rows:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>進捗</t></r><r><rPr><b/></rPr><t>状況</t></r></is></c></row>' +
            '<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="e"><v>#REF!</v></c><c r="C2" t="str"><f>A1&amp;"課"</f><v>完了_x000D_</v></c><c r="D2"><f>1+1</f><v>2</v></c><c r="E2"><f>NOW()</f></c></row>' +
            '<row><c><v>7</v></c><c t="s"><v>2</v></c></row>',
        },
      ],
      {
        sharedStrings: ['完了_x000D_', 'a & b < c', 'x'],
      },
    );
    const sheet = readXlsx(bytes, 'x').sheets[0].data;
    expect(sheet.values).toEqual([
      ['完了\r', 'a & b < c', '進捗状況'],
      // E2's formula has no cached value: nothing to read (a value Excel must recalculate).
      [true, '#REF!', '完了\r', 2],
      [7, 'x'],
    ]);
  });

  it('a shared string with a phonetic guide reads as its text only', () => {
    const bytes = rawXlsx([{ name: 'S', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], {
      sharedStrings: null,
      parts: {
        'xl/sharedStrings.xml':
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>財政</t></r><r><t>課</t></r><rPh sb="0" eb="2"><t>ザイセイ</t></rPh><phoneticPr fontId="1"/></si></sst>',
        'xl/_rels/workbook.xml.rels':
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
      },
    });
    expect(readXlsx(bytes, 'x').sheets[0].data.values).toEqual([['財政課']]);
  });

  it('dates by format, in the 1900 and 1904 systems; serials no date can have stay numbers (never a crash)', () => {
    const rows =
      '<row r="1"><c r="A1" s="1"><v>45383</v></c><c r="B1" s="1"><v>1e12</v></c><c r="C1" s="1"><v>-5</v></c><c r="D1" s="1"><v>NaN</v></c><c r="E1" s="2"><v>0.5</v></c><c r="F1" s="3"><v>45383</v></c></row>';
    const read = (date1904: boolean) =>
      readXlsx(rawXlsx([{ name: 'S', rows }], { numFmts: ['yyyy/m/d', '0%', '[$-411]ggge"年"m"月"d"日"'], date1904 }), 'x');
    const v1900 = read(false).sheets[0].data;
    expect((v1900.values[0][0] as Date).toISOString().slice(0, 10)).toBe('2024-04-01');
    expect(v1900.values[0].slice(1, 5)).toEqual([1e12, -5, 'NaN', 0.5]);
    expect(v1900.formats?.[0]).toEqual(['yyyy/m/d', 'yyyy/m/d', 'yyyy/m/d', 'yyyy/m/d', '0%', '[$-411]ggge"年"m"月"d"日"']);
    expect(v1900.values[0][5]).toBeInstanceOf(Date);
    const v1904 = read(true);
    expect(v1904.date1904).toBe(true);
    expect((v1904.sheets[0].data.values[0][0] as Date).toISOString().slice(0, 10)).toBe('2028-04-02');
  });

  it("built-in format ids get Japanese Excel's codes (id 31 is a date, 9 a percent)", () => {
    const bytes = rawXlsx([{ name: 'S', rows: '<row r="1"><c r="A1" s="1"><v>45383</v></c><c r="B1" s="2"><v>0.5</v></c></row>' }], {
      parts: {
        'xl/styles.xml':
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="31"/><xf numFmtId="9"/></cellXfs></styleSheet>',
      },
    });
    const sheet = readXlsx(bytes, 'x').sheets[0].data;
    expect(sheet.values[0][0]).toBeInstanceOf(Date);
    expect(sheet.formats?.[0]).toEqual(['yyyy"年"m"月"d"日"', '0%']);
  });

  it('merged cells carry the first cell’s value; sheet order and visibility kept', () => {
    const bytes = rawXlsx(
      [
        {
          name: 'A',
          rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="3"><c r="B3"><v>5</v></c></row>',
          after: '<mergeCells><mergeCell ref="A1:C2"/></mergeCells>',
        },
        { name: 'B', rows: '', state: 'hidden' },
        { name: 'C', rows: '', state: 'veryHidden' },
      ],
      { sharedStrings: ['見出し'] },
    );
    const read = readXlsx(bytes, 'x');
    expect(read.sheets.map((s) => [s.data.name, s.visible])).toEqual([
      ['A', true],
      ['B', false],
      ['C', false],
    ]);
    expect(read.sheets[0].data.values).toEqual([
      ['見出し', '見出し', '見出し'],
      ['見出し', '見出し', '見出し'],
      [null, 5],
    ]);
    expect(read.sheets[0].merges).toEqual(['A1:C2']);
  });
});

describe('damaged and bounded containers', () => {
  const stored = (parts: ReturnType<typeof rawXlsxParts>) => zipSync(parts, { level: 0 });

  it('a flipped bit in a sheet fails its CRC check (exit 2, never a different answer)', () => {
    const bytes = stored(rawXlsxParts([{ name: 'S', rows: '<row r="1"><c r="A1"><v>12345</v></c></row>' }]));
    const at = Buffer.from(bytes).indexOf('12345');
    expect(at).toBeGreaterThan(0);
    expect(readXlsx(bytes, 'x').sheets[0].data.values).toEqual([[12345]]);
    bytes[at] ^= 0x01;
    expect(readError(bytes)).toMatch(/damaged.*CRC/);
    expect(readError(bytes, DEFAULT_READER_LIMITS, NODE_INFLATER)).toMatch(/damaged.*CRC/);
  });

  it('a truncated file is damaged', () => {
    const bytes = rawXlsx([{ name: 'S', rows: '' }]);
    expect(readError(bytes.subarray(0, bytes.length - 30))).toMatch(/damaged or truncated/);
  });

  it('a part inflating far beyond its compressed size is refused before it is inflated', () => {
    const big = '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(200_000);
    const bytes = rawXlsx([{ name: 'S', rows: big }]);
    const started = Date.now();
    expect(readError(bytes, { ...DEFAULT_READER_LIMITS, maxRatio: 5, ratioSlack: 0 })).toMatch(/too large.*inflate/);
    expect(readError(bytes, { ...DEFAULT_READER_LIMITS, maxTotalBytes: 1_000_000 })).toMatch(/too large/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  // 26 MB of one repeated row, declared as 1000 bytes in both headers; compressed once for both inflaters.
  let understated: { bytes: Buffer; patched: number } | undefined;
  const understatedPart = () => {
    if (understated) return understated;
    const rows = '<row><c><v>1</v></c></row>'.repeat(1_000_000);
    const buf = Buffer.from(rawXlsx([{ name: 'S', rows }]));
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    let patched = 0;
    for (let at = buf.indexOf(name); at >= 0; at = buf.indexOf(name, at + 1)) {
      const local = buf.readUInt32LE(at - 30) === 0x04034b50;
      const central = buf.readUInt32LE(at - 46) === 0x02014b50;
      if (local) {
        buf.writeUInt32LE(1000, at - 30 + 22);
        patched++;
      }
      if (central) {
        buf.writeUInt32LE(1000, at - 46 + 24);
        patched++;
      }
    }
    return (understated = { bytes: buf, patched });
  };

  it.each([
    ['fflate', FFLATE_INFLATER],
    ["node's zlib", NODE_INFLATER],
  ])('a part that holds more than its declared size stops there, without inflating the rest (%s)', (_, inflater) => {
    const { bytes, patched } = understatedPart();
    expect(patched).toBe(2);
    const started = Date.now();
    expect(readError(new Uint8Array(bytes), DEFAULT_READER_LIMITS, inflater)).toMatch(/damaged.*more than its declared 1000 bytes/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('more sheets than the limit, and a cell beyond Excel’s grid, are refused', () => {
    const many = rawXlsx(Array.from({ length: 1001 }, (_, i) => ({ name: `S${i}`, rows: '' })));
    expect(readError(many)).toMatch(/1001.*1000/);
    expect(readError(rawXlsx([{ name: 'S', rows: '<row r="1048577"><c><v>1</v></c></row>' }]))).toMatch(/beyond Excel's grid/);
    expect(readError(rawXlsx([{ name: 'S', rows: '<row r="1"><c r="XFE1"><v>1</v></c></row>' }]))).toMatch(/beyond Excel's grid: XFE1/);
  });

  it('a missing shared strings part says so', () => {
    expect(readError(rawXlsx([{ name: 'S', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], { sharedStrings: null }))).toMatch(
      /shared strings part is missing/,
    );
  });
});

describe('files that are not .xlsx say what they are', () => {
  const ole = (extra: string) => {
    const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    return new Uint8Array(Buffer.concat([head, Buffer.alloc(500), Buffer.from(extra, 'utf16le'), Buffer.alloc(100)]));
  };
  it('an encrypted (password-protected) workbook', () => expect(readError(ole('EncryptionInfo'))).toMatch(/password-protected/));
  it('an old .xls', () => expect(readError(ole('Workbook'))).toMatch(/old \.xls/));
  it('an .ods renamed .xlsx', () => {
    const ods = zipSync(
      { mimetype: new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': new Uint8Array(10) },
      { level: 0 },
    );
    expect(readError(ods)).toMatch(/OpenDocument/);
  });
  it('a CSV renamed .xlsx', () => expect(readError(new TextEncoder().encode('番号,事業名\n1,テスト\n'))).toMatch(/text \(CSV\)/));
  it('random bytes', () => expect(readError(new Uint8Array([1, 2, 3, 0, 5]))).toMatch(/not an \.xlsx file/));
});

describe('the command on inputs that never end', () => {
  const expectQuickRefusal = (path: string, pattern: RegExp) => {
    const started = Date.now();
    const run = cliProcess('validate', path);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  };
  it('/dev/zero', () => expectQuickRefusal('/dev/zero', /not a regular file/));
  it('a FIFO no one writes to', () => {
    const fifo = join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    expectQuickRefusal(fifo, /not a regular file/);
  });
  it('a folder', async () => {
    // In-process: a folder cannot block or flood the test's own process as /dev/zero or a FIFO could.
    const started = Date.now();
    const run = await cli('validate', dir);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is a folder/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a closed pipe on stdout ends quietly', () => {
    const file = join(dir, 'one.xlsx');
    writeFileSync(file, rawXlsx([{ name: 'S', rows: '' }]));
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${cliEntry()}" plan | head -c 1 >/dev/null`], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
