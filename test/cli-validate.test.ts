import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker } from '../src/sample/sample-tracker';
import { writeSampleWorkbook } from '../src/workbook/exceljs-writer';
import { a1 } from '../src/core/a1';
import { cli, cliProcess } from './support/cli';

const dir = mkdtempSync(join(tmpdir(), 'pt-validate-'));
const sample = sampleTracker(DEFAULT_PLAN);
const samplePath = join(dir, 'sample.xlsx');
const COLUMNS: Record<string, number> = {
  id: 1,
  policy: 2,
  area: 3,
  initiative: 4,
  measure: 5,
  department: 6,
  fiscalYear: 7,
  status: 8,
  progress: 9,
  kpi: 10,
  target: 11,
  actual: 12,
  unit: 13,
  evaluation: 14,
  attitudes: 15,
  start: 16,
  end: 17,
  notes: 18,
};

beforeAll(async () => {
  await writeSampleWorkbook(samplePath, [sample]);
});

describe('plan-tracker validate on the sample tracker', () => {
  it('reports each planted problem at its cell with the right rule, and nothing else', async () => {
    const run = await cli('validate', samplePath, '--format', 'json');
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout);
    const found = out.issues.map((i: any) => `${i.cell} ${i.rule}`).sort();
    const planted = sample.planted.map((p) => `${a1(p.row, COLUMNS[p.field])} ${p.rule}`).sort();
    expect(found).toEqual(planted);
    expect(planted.length).toBeGreaterThanOrEqual(15);
    expect(out.counts).toEqual({
      error: sample.planted.filter((p) => !['status-progress-conflict', 'unlisted-measure'].includes(p.rule)).length,
      warning: 1,
      info: 1,
    });
    for (const issue of out.issues)
      expect(Object.keys(issue).sort()).toEqual(
        ['cell', 'field', 'message', 'row', 'rule', 'severity', 'sheet', 'value', ...(issue.fix ? ['fix'] : [])].sort(),
      );
    // The proposals: only where the value is certain (PRODUCT.md), each on the issue's own cell.
    const proposals = out.issues.filter((i: any) => i.fix).map((i: any) => `${i.cell} ${i.rule} ${i.fix.cell}=${i.fix.value}`);
    expect(proposals).toEqual(['H5 invalid-choice H5=実施中', 'K23 not-a-number K23=100']);
    expect(out.sheets).toEqual([
      expect.objectContaining({ name: '進捗管理表', tracker: true, headerRow: 3, rowCount: sample.rows.length - 3 }),
    ]);
  });

  it('prints a text report grouped by sheet with counts, in Japanese by default', async () => {
    const run = await cli('validate', samplePath);
    expect(run.stdout).toContain('エラー 13件・警告 1件・情報 1件');
    expect(run.stdout).toContain('■ 進捗管理表（見出し 3行目');
    expect(run.stdout).toMatch(
      /H5\s+エラー\s+invalid-choice\s+「進捗状況」は 未着手・検討中・実施中・完了・延期・中止 のいずれかです（入力値: 実施）（修正案: 実施中）/,
    );
  });

  it('speaks English with --lang en', async () => {
    const run = await cli('validate', samplePath, '--lang', 'en');
    expect(run.stdout).toContain('13 error(s), 1 warning(s), 1 info');
    expect(run.stdout).toContain('"Status" must be one of');
    const json = JSON.parse((await cli('validate', samplePath, '--lang', 'en', '--format', 'json')).stdout);
    expect(json.issues.find((i: any) => i.rule === 'missing-required').message).toBe('"Department" is empty (required)');
  });

  it('exits 0 on a tracker without errors', async () => {
    const clean = join(dir, 'clean.xlsx');
    await writeSampleWorkbook(clean, [sampleTracker(DEFAULT_PLAN, { mistakes: false })]);
    const run = await cli('validate', clean, '--format', 'json');
    expect(JSON.parse(run.stdout).counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(run.status).toBe(0);
  });
});

describe('one tracker sheet per policy, with a memo sheet beside them', () => {
  it('validates the policy sheets, checks each row against its sheet, and leaves the memo alone', async () => {
    const clean = sampleTracker(DEFAULT_PLAN, { mistakes: false });
    const header = clean.rows.slice(0, clean.headerRow);
    const policySheet = (p: string) => ({
      ...clean,
      name: `方針${p}`,
      rows: [...header, ...clean.rows.slice(clean.headerRow).filter((r) => String(r[0]).startsWith(`${p}-`))],
    });
    const sheets = ['1', '2', '3'].map(policySheet);
    // A policy-2 measure pasted into the policy-1 sheet.
    const stray = sheets[1].rows[clean.headerRow];
    sheets[0].rows.push([...stray.slice(0, 5), '交通政策課', 2025, ...stray.slice(7)]);
    const file = join(dir, 'policies.xlsx');
    await writeSampleWorkbook(file, sheets, (wb) => {
      const memo = wb.addWorksheet('メモ');
      memo.addRows([['会議メモ'], ['事業名', '担当課'], ['次回までに更新']]);
    });
    const out = JSON.parse((await cli('validate', file, '--format', 'json')).stdout);
    expect(out.sheets.map((s: any) => [s.name, s.tracker, s.policyCode ?? null])).toEqual([
      ['方針1', true, '1'],
      ['方針2', true, '2'],
      ['方針3', true, '3'],
      ['メモ', false, null],
    ]);
    expect(out.issues.map((i: any) => `${i.sheet}!${i.cell} ${i.rule}`)).toEqual([`方針1!A${sheets[0].rows.length} hierarchy-mismatch`]);
  });
});

// The command's messages are checked in-process; a few runs as a real process (a missing file, a usage
// mistake, the built command) check that the same line, status and no stack trace reach the shell.
describe('inputs that cannot be read', () => {
  const expectOneLine = (run: { status: number; stderr: string; stdout: string }, pattern: RegExp) => {
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  };

  it('a missing file', () => expectOneLine(cliProcess('validate', join(dir, 'nope.xlsx')), /file not found/));

  it('a file that is not an .xlsx', async () => {
    const file = join(dir, 'notes.xlsx');
    writeFileSync(file, '番号,事業名\n1,テスト\n');
    expectOneLine(await cli('validate', file), /text \(CSV\) file, not \.xlsx/);
  });

  it('a truncated .xlsx', async () => {
    const file = join(dir, 'truncated.xlsx');
    const bytes = readFileSync(samplePath);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expectOneLine(await cli('validate', file), /damaged or truncated/);
  });

  it('an old binary .xls', async () => {
    const file = join(dir, 'old.xls');
    writeFileSync(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    expectOneLine(await cli('validate', file), /old \.xls/);
  });

  it('a workbook with no tracker, saying what was looked for', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('メモ').addRows([['会議メモ'], ['担当課', '年度'], ['行政経営課', 2024]]);
    const file = join(dir, 'memo.xlsx');
    await wb.xlsx.writeFile(file);
    const run = await cli('validate', file);
    expectOneLine(run, /進捗管理表のシートが見つかりません.*「事業名」/);
    expectOneLine(await cli('validate', file, '--lang', 'en'), /No tracker sheet found: looked in the first 20 rows/);
  });

  it('a bad plan file, naming the path inside it', async () => {
    const plan = join(dir, 'plan.json');
    writeFileSync(
      plan,
      JSON.stringify({
        name: 'x',
        period: { startYear: 2024, endYear: 2026 },
        policies: [{ title: 'p', areas: [{ title: 'a', initiatives: [{}] }] }],
      }),
    );
    expectOneLine(await cli('validate', samplePath, '--plan', plan), /policies\[0\]\.areas\[0\]\.initiatives\[0\]\.title/);
  });

  it('a usage mistake', async () => {
    const run = cliProcess('validate', samplePath, '--format', 'xml');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format は text か json です');
    const en = await cli('validate', samplePath, '--format', 'xml', '--lang', 'en');
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('--format must be text or json');
  });
});

describe('the built command', () => {
  it('exits 1 when errors are found and prints the report', () => {
    const run = cliProcess('validate', samplePath);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('■ 進捗管理表');
  });

  it('prints the plan tree and its JSON', async () => {
    const text = cliProcess('plan');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('方針 3・施策 9・取組 18・事業 35');
    expect(text.stdout).toContain('2-2-2-1 ・ 金沢MaaSの推進');
    const json = JSON.parse((await cli('plan', '--format', 'json')).stdout);
    expect(json.policies[2].areas[2].initiatives[1].measures[1].title).toBe('金沢市立病院経営強化プラン（仮称）の策定');
  });

  it('validates against another plan given with --plan', async () => {
    const plan = join(dir, 'other-plan.json');
    writeFileSync(
      plan,
      JSON.stringify({
        name: '別プラン',
        period: { startYear: 2030, endYear: 2034 },
        policies: [{ title: '方針', areas: [{ title: '施策', initiatives: [{ title: '取組', measures: ['事業'] }] }] }],
      }),
    );
    const out = JSON.parse((await cli('validate', samplePath, '--plan', plan, '--format', 'json')).stdout);
    expect(out.issues.filter((i: any) => i.rule === 'fiscal-year-outside-plan').length).toBeGreaterThan(60);
  });
});
