/** Snapshots from the command line: into OUT (carried forward with --force) or a --history file. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { summarizeFile } from '../src/cli/summarize';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker } from '../src/sample/sample-tracker';
import { writeSampleWorkbook } from '../src/workbook/exceljs-writer';
import { cli } from './support/cli';

const dir = mkdtempSync(join(tmpdir(), 'pt-history-'));
const october = join(dir, 'october.xlsx');
const november = join(dir, 'november.xlsx');

async function sheetValues(file: string, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} in ${file}`);
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1)));
  return rows;
}

beforeAll(async () => {
  const before = sampleTracker(DEFAULT_PLAN, { mistakes: false });
  await writeSampleWorkbook(october, [before]);
  // A month later: the first 2024 row completed, the second postponed.
  const after = sampleTracker(DEFAULT_PLAN, { mistakes: false });
  const rows2024 = after.rows.filter((r) => r[6] === 2024);
  rows2024[0][7] = '完了';
  rows2024[0][8] = 100;
  rows2024[1][7] = '延期';
  await writeSampleWorkbook(november, [after]);
});

describe('summarize records snapshots', () => {
  it("carries OUT's history forward and reports what moved since the earlier day", async () => {
    const out = join(dir, 'summary.xlsx');
    const first = await summarizeFile(october, out, { plan: DEFAULT_PLAN, lang: 'ja', today: '2026-10-01' });
    expect(first.history).toMatchObject({ recorded: true, snapshotCount: 1, comparedWith: undefined });
    const second = await summarizeFile(november, out, { plan: DEFAULT_PLAN, lang: 'ja', force: true, today: '2026-11-24' });
    expect(second.history).toMatchObject({ recorded: true, snapshotCount: 2, comparedWith: '2026-10-01' });
    expect(second.history.changes!.newlyCompleted).toHaveLength(1);
    expect(second.history.changes!.newlyStopped).toHaveLength(1);
    expect(second.history.changes!.statusChanged).toHaveLength(2);
    expect(second.sheets.slice(0, 3)).toEqual(['会議資料', '前回からの変化', '進捗の推移']);
    expect(second.sheets.at(-1)).toBe('進捗履歴');

    const changes = await sheetValues(out, '前回からの変化');
    expect(changes[0]).toEqual(['前回からの変化（2026-10-01 → 2026-11-24）']);
    expect(changes[3]).toEqual(['進捗状況が変わった事業', 2]);
    const trend = await sheetValues(out, '進捗の推移');
    expect(trend.map((r) => r[0])).toEqual(['記録日', '2026-10-01', '2026-11-24']);
    const history = await sheetValues(out, '進捗履歴');
    expect(new Set(history.slice(1).map((r) => r[1]))).toEqual(new Set(['2026-10-01', '2026-11-24']));
  });

  it('takes one snapshot a day unless asked, and leaves old ones as they were', async () => {
    const out = join(dir, 'same-day.xlsx');
    await summarizeFile(october, out, { plan: DEFAULT_PLAN, lang: 'ja', today: '2026-10-01' });
    const before = await sheetValues(out, '進捗履歴');
    const again = await summarizeFile(november, out, { plan: DEFAULT_PLAN, lang: 'ja', force: true, today: '2026-10-01' });
    expect(again.history).toMatchObject({ recorded: false, snapshotCount: 1 });
    expect(await sheetValues(out, '進捗履歴')).toEqual(before);
    const asked = await summarizeFile(november, out, {
      plan: DEFAULT_PLAN,
      lang: 'ja',
      force: true,
      today: '2026-10-01',
      newSnapshot: true,
    });
    expect(asked.history).toMatchObject({ recorded: true, snapshotCount: 2 });
    expect((await sheetValues(out, '進捗履歴')).slice(0, before.length)).toEqual(before);
  });

  it('keeps snapshots in a --history file across separate outputs', async () => {
    const history = join(dir, 'history.xlsx');
    await summarizeFile(october, join(dir, 'oct-out.xlsx'), { plan: DEFAULT_PLAN, lang: 'en', history, today: '2026-10-01' });
    const run = await summarizeFile(november, join(dir, 'nov-out.xlsx'), { plan: DEFAULT_PLAN, lang: 'en', history, today: '2026-11-24' });
    expect(run.history).toMatchObject({ recorded: true, snapshotCount: 2, comparedWith: '2026-10-01' });
    expect(run.sheets.slice(1, 3)).toEqual(['Changes', 'Trend']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(history);
    // English sheet names with --lang en (Excel reserves "History" itself); a Japanese history reads back.
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Snapshot history']);
    const ja = await summarizeFile(november, join(dir, 'nov-ja.xlsx'), { plan: DEFAULT_PLAN, lang: 'ja', history, today: '2026-11-25' });
    expect(ja.history.snapshotCount).toBe(3);
    expect(ja.sheets.at(-1)).toBe('進捗履歴');
  });

  it('compares with any snapshot: --compare N tells two snapshots of one day apart, --compare DATE takes that day', async () => {
    const history = join(dir, 'compare-history.xlsx');
    await summarizeFile(october, join(dir, 'c1.xlsx'), { plan: DEFAULT_PLAN, lang: 'ja', history, today: '2026-10-01' });
    await summarizeFile(november, join(dir, 'c2.xlsx'), {
      plan: DEFAULT_PLAN,
      lang: 'ja',
      history,
      today: '2026-10-01',
      newSnapshot: true,
    });
    // Same day, both recorded: without --compare there is no earlier day to compare with.
    const plain = await summarizeFile(november, join(dir, 'c3.xlsx'), { plan: DEFAULT_PLAN, lang: 'ja', history, today: '2026-10-01' });
    expect(plain.history.comparedWith).toBeUndefined();
    const byNumber = await summarizeFile(november, join(dir, 'c4.xlsx'), {
      plan: DEFAULT_PLAN,
      lang: 'ja',
      history,
      today: '2026-10-01',
      compare: '1',
    });
    expect(byNumber.history.comparedWith).toBe('2026-10-01');
    expect(byNumber.history.changes!.statusChanged.length).toBeGreaterThan(0);
    const second = await summarizeFile(november, join(dir, 'c5.xlsx'), {
      plan: DEFAULT_PLAN,
      lang: 'ja',
      history,
      today: '2026-10-01',
      compare: '2',
    });
    expect(second.history.changes!.statusChanged).toHaveLength(0);
    const byDate = await summarizeFile(november, join(dir, 'c6.xlsx'), {
      plan: DEFAULT_PLAN,
      lang: 'ja',
      history,
      today: '2026-10-02',
      compare: '2026-10-01',
    });
    expect(byDate.history.comparedWith).toBe('2026-10-01');
    // From the command line; a snapshot that is not there ends with status 2, saying which there are.
    const missing = await cli('summarize', november, '-o', join(dir, 'c7.xlsx'), '--history', history, '--compare', '9');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('1 (2026-10-01), 2 (2026-10-01)');
  });

  it('refuses a --history file that is not one, and leaves it untouched', async () => {
    const history = join(dir, 'not-history.xlsx');
    const bytes = readFileSync(october);
    writeFileSync(history, bytes);
    const run = await cli('summarize', november, '-o', join(dir, 'refused.xlsx'), '--history', history);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not a history file/);
    expect(readFileSync(history).equals(bytes)).toBe(true);
  });

  it('says in its text output what was recorded and what moved', async () => {
    const out = join(dir, 'text.xlsx');
    const history = join(dir, 'text-history.xlsx');
    await cli('summarize', october, '-o', out, '--history', history);
    const run = await cli('summarize', october, '-o', out, '--force', '--history', history);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('本日のスナップショットは記録済みのため記録しませんでした');
  });
});
