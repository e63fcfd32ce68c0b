/**
 * The hostile inputs of issue #11 at their real size, through the command as a user runs it: a sheet
 * whose deflate stream really inflates to 6 GiB (sizes declared honestly with zip64, and declared as
 * a lie), and a workbook of 10,000 sheets. Each must end with exit 2 and one clear line, in seconds,
 * without the process's memory growing with what the part would inflate to.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { strToU8 } from 'fflate';
import { rawXlsx, rawXlsxParts } from './support/raw-xlsx';
import { HEADERS, row } from './support/tracker';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'pt-true-scale-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GIB = 1024 ** 3;
const ROW = '<row><c><v>1</v></c></row>';

/** A part's bytes as they sit in the zip: compressed data, and the sizes to declare for it. */
interface ZipPart {
  name: string;
  data: Buffer;
  size: number;
  crc: number;
}

/**
 * Deflate data that inflates to about `bytes` of sheet XML, built in milliseconds: one block of rows
 * compressed with a full flush (byte-aligned, dictionary reset) is valid when repeated, and an empty
 * final block ends the stream.
 */
function hugeSheet(bytes: number): { data: Buffer; size: number } {
  const head = strToU8('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const rows = Buffer.from(ROW.repeat(40_000));
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const block = deflateRawSync(rows, flush);
  const repeats = Math.ceil(bytes / rows.length);
  const data = Buffer.concat([deflateRawSync(head, flush), ...Array.from({ length: repeats }, () => block), Buffer.from([0x03, 0x00])]);
  return { data, size: head.length + repeats * rows.length };
}

/** A zip written by hand, so a part can declare a size past 4 GiB (zip64 extra field) or a false one. */
function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const big = part.size > 0xfffffffe;
    const extra = Buffer.alloc(big ? 20 : 0);
    if (big) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(part.size), 4);
      extra.writeBigUInt64LE(BigInt(part.data.length), 12);
    }
    const sizes = (header: Buffer, at: number) => {
      header.writeUInt32LE(part.crc >>> 0, at);
      header.writeUInt32LE(big ? 0xffffffff : part.data.length, at + 4);
      header.writeUInt32LE(big ? 0xffffffff : part.size, at + 8);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(big ? 45 : 20, 4);
    local.writeUInt16LE(8, 8);
    sizes(local, 14);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(big ? 45 : 20, 6);
    central.writeUInt16LE(8, 10);
    sizes(central, 16);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, extra, part.data);
    centrals.push(central, name, extra);
    offset += local.length + name.length + extra.length + part.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A one-sheet workbook whose sheet is the huge part, declared with `declaredSize`. */
function workbookWithHugeSheet(declaredSize: (real: number) => number): Buffer {
  const parts: ZipPart[] = [];
  for (const [name, content] of Object.entries(rawXlsxParts([{ name: '進捗', rows: '' }]))) {
    if (name === 'xl/worksheets/sheet1.xml') continue;
    const bytes = Buffer.from(content as Uint8Array);
    parts.push({ name, data: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) });
  }
  const sheet = hugeSheet(6 * GIB);
  expect(sheet.size).toBeGreaterThan(6 * GIB);
  // The CRC of 6 GiB is never needed: a reader that inflated the part this far has already failed.
  parts.push({ name: 'xl/worksheets/sheet1.xml', data: sheet.data, size: declaredSize(sheet.size), crc: 0 });
  return zip(parts);
}

/** `plan-tracker validate FILE` in its own process, with the process's peak memory. */
function validateMeasured(file: string): { status: number; stderr: string; ms: number; peakMiB: number } {
  const bin =
    process.env.PLAN_TRACKER_CLI === 'source'
      ? join(__dirname, 'support', 'run-source-cli.js')
      : join(__dirname, '..', 'bin', 'plan-tracker.js');
  // Peak resident memory reported by the process itself on exit (kilobytes), on file descriptor 3:
  // VmHWM, its own since exec. getrusage's maxRSS carries the forked jest worker's RSS across execve.
  const peak = `(/^VmHWM:\\s+(\\d+)/m.exec(require('fs').readFileSync('/proc/self/status','utf8'))||[0,process.resourceUsage().maxRSS])[1]`;
  const probe = `process.on('exit',()=>require('fs').writeSync(3,String(${peak})));process.argv.splice(1,1);require(${JSON.stringify(bin)})`;
  const started = Date.now();
  const run = spawnSync(process.execPath, ['-e', probe, 'probe', bin, 'validate', file], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const ms = Date.now() - started;
  const peakKiB = Number(run.output[3] ?? 0);
  return { status: run.status ?? -1, stderr: run.stderr, ms, peakMiB: peakKiB / 1024 };
}

/** How much a `validate` of a one-row tracker costs, so the limits below are relative to this machine. */
let baselineMiB = 0;
beforeAll(() => {
  const small = join(dir, 'small.xlsx');
  writeFileSync(small, rawXlsx([{ name: 'S', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }]));
  baselineMiB = validateMeasured(small).peakMiB;
  expect(baselineMiB).toBeGreaterThan(10);
});

const expectQuickBoundedRefusal = (file: string, pattern: RegExp, fileBytes: number) => {
  const run = validateMeasured(file);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.status).toBe(2);
  expect(run.ms).toBeLessThan(10_000);
  // Memory: the start-up cost plus the file itself and little more — never the inflated size.
  expect(run.peakMiB).toBeLessThan(baselineMiB + (3 * fileBytes) / 2 ** 20 + 64);
};

describe('true-scale hostile inputs, through the command', () => {
  it('a sheet inflating to 6 GiB, its size declared honestly (zip64): refused before it is inflated', () => {
    const file = join(dir, 'bomb-declared.xlsx');
    const bytes = workbookWithHugeSheet((real) => real);
    writeFileSync(file, bytes);
    expect(bytes.length).toBeLessThan(100 * 2 ** 20);
    expectQuickBoundedRefusal(file, /too large/, bytes.length);
  });

  it('the same sheet declaring a false 1,000 bytes: inflating stops at the declared size', () => {
    const file = join(dir, 'bomb-lying.xlsx');
    const bytes = workbookWithHugeSheet(() => 1000);
    writeFileSync(file, bytes);
    expectQuickBoundedRefusal(file, /damaged.*more than its declared 1000 bytes/, bytes.length);
  });

  it('a workbook of 10,000 sheets is refused in seconds', () => {
    const file = join(dir, 'ten-thousand.xlsx');
    const bytes = rawXlsx(Array.from({ length: 10_000 }, (_, i) => ({ name: `S${i}`, rows: '' })));
    writeFileSync(file, bytes);
    expectQuickBoundedRefusal(file, /10000.*1000/, bytes.length);
  });

  it('the zip writer above makes packages the reader accepts (so the refusals are for the reason given)', () => {
    const file = join(dir, 'tracker-by-hand.xlsx');
    const cell = (value: unknown, at: string) =>
      typeof value === 'number'
        ? `<c r="${at}"><v>${value}</v></c>`
        : typeof value === 'string'
          ? `<c r="${at}" t="inlineStr"><is><t>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`
          : '';
    const line = (values: unknown[], r: number) =>
      `<row r="${r}">${values.map((v, c) => cell(v, `${String.fromCharCode(65 + c)}${r}`)).join('')}</row>`;
    const rows = line(HEADERS, 1) + line(row(), 2);
    const parts = Object.entries(rawXlsxParts([{ name: '進捗', rows }])).map(([name, content]) => {
      const bytes = Buffer.from(content as Uint8Array);
      return { name, data: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
    });
    writeFileSync(file, zip(parts));
    const run = validateMeasured(file);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
