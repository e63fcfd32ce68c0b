/**
 * The command line as a user meets it: --help and COMMAND --help on stdout with status 0, usage
 * errors in the chosen language, --fiscal-year in every form a cell takes, --as-of on the sheets,
 * and no KPI figure for a tracker without KPI columns.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeSampleWorkbook } from '../src/workbook/exceljs-writer';
import { cli } from './support/cli';
import { HEADERS, row } from './support/tracker';

const dir = mkdtempSync(join(tmpdir(), 'pt-help-'));

describe('--help', () => {
  it.each([['--help'], ['-h'], []])('%j prints every command to stdout and exits 0', async (...args) => {
    const run = await cli(...(args.filter(Boolean) as string[]));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    for (const command of ['validate', 'summarize', 'consolidate', 'template', 'plan'])
      expect(run.stdout).toContain(`plan-tracker ${command}`);
  });

  it.each(['validate', 'summarize', 'consolidate', 'template', 'plan'])(
    '%s --help describes the command, its options and exit statuses',
    async (command) => {
      const ja = await cli(command, '--help');
      expect(ja.status).toBe(0);
      expect(ja.stdout).toContain('オプション:');
      expect(ja.stdout).toContain('終了ステータス:');
      expect(ja.stdout).toMatch(/^\s+0 /m);
      const en = await cli(command, '--help', '--lang', 'en');
      expect(en.stdout).toContain('Options:');
      expect(en.stdout).toContain('Exit status:');
    },
  );

  it('lists --as-of and --compare for summarize, and status 1 for consolidate', async () => {
    expect((await cli('summarize', '--help')).stdout).toMatch(/--as-of DATE[\s\S]*--compare DATE\|N/);
    expect((await cli('consolidate', '--help', '--lang', 'en')).stdout).toContain('1 an input could not be read');
  });
});

describe('usage errors in the chosen language (exit 2)', () => {
  it.each([
    [['summarize', 'a.xlsx'], '-o OUT.xlsx で出力ファイルを指定します', 'summarize needs -o OUT.xlsx'],
    [['frobnicate'], '知らないコマンドです: frobnicate', 'unknown command: frobnicate'],
    [['validate', 'a.xlsx', '--bogus'], 'オプションが正しくありません', 'bad option'],
    [
      ['summarize', 'a.xlsx', '-o', 'b.xlsx', '--fiscal-year', '来年度'],
      '--fiscal-year を年度として読めません',
      '--fiscal-year cannot be read as a fiscal year',
    ],
    [['summarize', 'a.xlsx', '-o', 'b.xlsx', '--as-of', 'someday'], '--as-of を日付として読めません', '--as-of cannot be read as a date'],
  ])('%j', async (args, ja, en) => {
    const runJa = await cli(...args);
    expect(runJa.status).toBe(2);
    expect(runJa.stderr).toContain(ja);
    const runEn = await cli(...args, '--lang', 'en');
    expect(runEn.status).toBe(2);
    expect(runEn.stderr).toContain(en);
    expect(runEn.stderr).not.toMatch(/[ぁ-ん]/);
  });
});

describe('summarize options', () => {
  const noKpi = join(dir, 'no-kpi.xlsx');
  beforeAll(async () => {
    // A tracker without the KPI columns (指標, 目標値, 実績値, 単位).
    const keep = HEADERS.map((h, i) => [h, i] as const).filter(([h]) => !['指標', '目標値', '実績値', '単位'].includes(h));
    const rows = [keep.map(([h]) => h), ...[2024, 2025, 2026].map((year) => keep.map(([, i]) => row({ 年度: year })[i]))];
    await writeSampleWorkbook(noKpi, [{ name: '進捗管理表', rows: rows as never, headerRow: 1, planted: [], merges: [] } as never]);
  });

  it.each(['R6', '令和6年度', '2024年度', 'Ｒ６', 'FY2024'])('--fiscal-year %s is FY2024', async (fy) => {
    const run = await cli(
      'summarize',
      noKpi,
      '-o',
      join(dir, `fy-${Buffer.from(fy).toString('hex')}.xlsx`),
      '--fiscal-year',
      fy,
      '--format',
      'json',
    );
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.fiscalYear).toBe(2024);
    expect(summary.total.rows).toBe(1);
  });

  it('puts --as-of and the creation day on 会議資料 and in every sheet footer, with page numbers', async () => {
    const out = join(dir, 'as-of.xlsx');
    const run = await cli('summarize', noKpi, '-o', out, '--as-of', 'R8.3.31', '--format', 'json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).asOf).toBe('2026-03-31');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(String(wb.getWorksheet('会議資料')!.getCell('A3').value)).toMatch(/^基準日 2026-03-31\u3000作成日 \d{4}-\d{2}-\d{2}$/);
    for (const ws of wb.worksheets) {
      expect(ws.headerFooter.oddFooter).toMatch(/&C基準日 2026-03-31\u3000作成日 \d{4}-\d{2}-\d{2}&R&P \/ &N ページ/);
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1 });
    }
  });

  it('shows no KPI figure where there is no KPI column', async () => {
    const out = join(dir, 'kpi.xlsx');
    const run = await cli('summarize', noKpi, '-o', out);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('KPI達成');
    const json = JSON.parse((await cli('summarize', noKpi, '-o', out, '--force', '--format', 'json')).stdout);
    expect(json.hasKpi).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const meeting = wb.getWorksheet('会議資料')!;
    const texts: string[] = [];
    meeting.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain('KPIの列なし');
    expect(texts.some((t) => /^\d+ \/ \d+$/.test(t))).toBe(false);
    const policy: string[] = [];
    wb.getWorksheet('方針別')!.eachRow((r) => r.eachCell((c) => policy.push(String(c.value))));
    expect(policy.some((t) => t.startsWith('KPI'))).toBe(false);
  });
});
