/**
 * A real spreadsheet program renders the summary: LibreOffice converts OUT to PDF and the text of
 * the pages holds the titles and chart titles, the meeting handout on one page.
 * Skipped, saying so, where soffice is not installed (CI installs libreoffice-calc-nogui).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarizeFile } from '../src/cli/summarize';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker } from '../src/sample/sample-tracker';
import { writeSampleWorkbook } from '../src/workbook/exceljs-writer';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
if (!hasSoffice && process.env.CI) throw new Error('CI must install libreoffice-calc-nogui and poppler-utils (soffice or pdftotext not found)');
if (!hasSoffice) console.warn('render.test.ts skipped: soffice or pdftotext not installed (apt-get install libreoffice-calc-nogui poppler-utils)');
const maybe = hasSoffice ? describe : describe.skip;

/** pdftotext splits runs of text where the font changes (KPI 平均): compare without spaces. */
const squash = (text: string) => text.replace(/\s+/g, '');

maybe('summary rendered by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pt-render-'));
  const pages: string[] = [];

  beforeAll(async () => {
    const input = join(dir, 'tracker.xlsx');
    await writeSampleWorkbook(input, [sampleTracker(DEFAULT_PLAN)]);
    const output = join(dir, 'summary.xlsx');
    await summarizeFile(input, output, { plan: DEFAULT_PLAN, lang: 'ja' });
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, output], { stdio: 'pipe', timeout: 180_000 });
    const pdf = join(dir, 'summary.pdf');
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    for (let p = 1; p <= count; p++) pages.push(execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }));
  }, 240_000);

  it('prints the meeting handout on one page with its four chart titles', () => {
    const first = squash(pages[0]);
    expect(first).toContain('行政経営プラン進捗状況（全年度）');
    expect(first).toContain('仮定した期間');
    for (const chartTitle of ['方針別の進捗状況', '施策別の平均進捗率', '進捗状況の内訳', '施策別のKPI平均達成率']) expect(first).toContain(chartTitle);
    expect(first).toContain('注意が必要な事業');
    // The next page is already the next sheet: the handout did not spill over.
    expect(squash(pages[1])).toMatch(/^前回からの変化/);
  });

  it('renders every other sheet', () => {
    const all = squash(pages.join('\n'));
    for (const title of ['方針別—', '施策別—', '取組別—', '担当課別—', '年度別—', '読取結果', '方針別平均進捗率の推移', '記録番号']) expect(all).toContain(title);
    expect(all).toContain('行政情報のオープンデータ化推進');
  });
});
