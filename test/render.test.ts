/**
 * A real spreadsheet program prints the summary: LibreOffice converts OUT to PDF, and per sheet
 * (each page's header names its sheet) the test checks the page count, that each chart's title is
 * on the page of the chart's own axis text, that the handout is dated and paged, and that no cell's
 * text is cut by its column (widths read back from OUT against the text's display width, full-width
 * characters counted as two). Skipped, saying so, where soffice is not installed (CI installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { summarizeFile } from '../src/cli/summarize';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker } from '../src/sample/sample-tracker';
import { displayWidth } from '../src/summary/fit-text';
import { writeSampleWorkbook } from '../src/workbook/exceljs-writer';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
if (!hasSoffice && process.env.CI)
  throw new Error('CI must install libreoffice-calc-nogui and poppler-utils (soffice or pdftotext not found)');
if (!hasSoffice)
  console.warn('render.test.ts skipped: soffice or pdftotext not installed (apt-get install libreoffice-calc-nogui poppler-utils)');
const maybe = hasSoffice ? describe : describe.skip;

/** pdftotext splits runs of text where the font changes (KPI 平均): compare without spaces. */
const squash = (text: string) => text.replace(/\s+/g, '');

const SHEETS = ['会議資料', '前回からの変化', '進捗の推移', '方針別', '施策別', '取組別', '担当課別', '年度別', '読取結果', '進捗履歴'];
/** Sheets that fit one page: the handout by its fit-to-page, the others by their size here. */
const ONE_PAGE = ['会議資料', '進捗の推移', '方針別', '施策別', '取組別', '担当課別', '年度別'];

maybe('summary printed by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pt-render-'));
  const output = join(dir, 'summary.xlsx');
  const pages: { sheet: string; text: string }[] = [];

  beforeAll(async () => {
    // Two meetings, so 前回からの変化 has lists and 進捗の推移 two points.
    const october = join(dir, 'october.xlsx');
    const november = join(dir, 'november.xlsx');
    await writeSampleWorkbook(october, [sampleTracker(DEFAULT_PLAN, { seed: 7 })]);
    await writeSampleWorkbook(november, [sampleTracker(DEFAULT_PLAN)]);
    await summarizeFile(october, output, { plan: DEFAULT_PLAN, lang: 'ja', today: '2026-10-01' });
    await summarizeFile(november, output, { plan: DEFAULT_PLAN, lang: 'ja', today: '2026-11-24', asOf: '2026-11-20', force: true });
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, output], {
      stdio: 'pipe',
      timeout: 180_000,
    });
    const pdf = join(dir, 'summary.pdf');
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    for (let p = 1; p <= count; p++) {
      const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' });
      // The page header is "plan name　sheet name": the page's text begins with it.
      const head = squash(text).slice(0, 40);
      const sheet =
        SHEETS.filter((name) => head.startsWith(`${DEFAULT_PLAN.name}${name}`)).sort((a, b) => b.length - a.length)[0] ?? `? ${head}`;
      pages.push({ sheet, text });
    }
  }, 240_000);

  const pagesOf = (sheet: string) => pages.filter((p) => p.sheet === sheet);

  it('prints every sheet, in order, each on whole pages of its own', () => {
    expect([...new Set(pages.map((p) => p.sheet))]).toEqual(SHEETS);
    for (const sheet of ONE_PAGE) expect(pagesOf(sheet)).toHaveLength(1);
    for (const sheet of SHEETS) expect(pagesOf(sheet).length).toBeGreaterThanOrEqual(1);
  });

  it('prints the handout on one page with its charts, dated and paged', () => {
    const [meeting] = pagesOf('会議資料').map((p) => squash(p.text));
    expect(meeting).toContain('行政経営プラン進捗状況（全年度）');
    expect(meeting).toContain('基準日2026-11-20');
    for (const chartTitle of ['方針別の進捗状況', '施策別の平均進捗率', '進捗状況の内訳', '施策別のKPI平均達成率'])
      expect(meeting).toContain(chartTitle);
    expect(meeting).toContain('未入力・不明');
    expect(meeting).toContain('注意が必要な事業');
    // Every page's footer: 基準日, 作成日 and page N / M.
    pages.forEach((p, i) => {
      expect(squash(p.text)).toContain('基準日2026-11-20');
      expect(squash(p.text)).toContain('作成日2026-11-24');
      expect(squash(p.text)).toContain(`${i + 1}/${pages.length}ページ`);
    });
  });

  it('keeps the trend chart whole: its title and its axis on the same page', () => {
    const trend = pagesOf('進捗の推移').map((p) => squash(p.text));
    expect(trend).toHaveLength(1);
    expect(trend[0]).toContain('方針別平均進捗率の推移');
    expect(trend[0]).toContain('平均進捗率（%）');
    expect(trend[0]).toContain('2026-10-01');
  });

  it('prints the change labels and every title whole', () => {
    const changes = squash(
      pagesOf('前回からの変化')
        .map((p) => p.text)
        .join(''),
    );
    for (const label of ['進捗状況が変わった事業', '新たに延期・中止となった事業', '進捗率が下がった事業'])
      expect(changes).toContain(label);
    const all = squash(pages.map((p) => p.text).join('\n'));
    for (const title of ['方針別—', '施策別—', '取組別—', '担当課別—', '年度別—', '記録番号']) expect(all).toContain(title);
    expect(all).toContain('行政情報のオープンデータ化推進');
  });

  it('gives every unwrapped text the width it needs (full-width characters count as two)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const clipped: string[] = [];
    for (const ws of wb.worksheets) {
      const lastColumn = ws.columnCount;
      const width = (c: number) => ws.getColumn(c).width ?? 8.43;
      const mergedInto = new Map<string, { first: number; last: number }>();
      for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
        const [a, b] = range.split(':').map((ref) => ws.getCell(ref));
        for (let c = Number(a.col); c <= Number(b.col); c++) mergedInto.set(`${a.row}:${c}`, { first: Number(a.col), last: Number(b.col) });
      }
      ws.eachRow((row, r) => {
        // Long tables (rows as read, history) are checked on their first rows.
        if (r > 60) return;
        row.eachCell((cell, c) => {
          if (typeof cell.value !== 'string' || cell.alignment?.wrapText) return;
          const merge = mergedInto.get(`${r}:${c}`);
          if (merge && merge.first !== c) return;
          let last = merge?.last ?? c;
          const left = !cell.alignment?.horizontal || cell.alignment.horizontal === 'left';
          if (!merge && left)
            while (last < lastColumn && (row.getCell(last + 1).value ?? null) === null && !mergedInto.has(`${r}:${last + 1}`)) last++;
          let available = 0;
          for (let k = c; k <= last; k++) available += width(k);
          const needed = (displayWidth(cell.value) * (cell.font?.size ?? 11)) / 11;
          if (needed > available)
            clipped.push(`${ws.name}!${cell.address} "${cell.value}" needs ${needed.toFixed(1)} has ${available.toFixed(1)}`);
        });
      });
    }
    expect(clipped).toEqual([]);
  });
});
