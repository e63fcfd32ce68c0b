/**
 * The task pane in a real browser: the preview page (dist-web/preview, built here when stale) in
 * Debian's headless Chromium. Once in Japanese and once in English: open the sample, check the
 * count and the issues against the engine, go to a cell, highlight and clear, build the summary,
 * download it and read it back; open a user's file through the file input, and a template of
 * another plan by drag and drop; axe on every state of
 * the pane; no request leaves 127.0.0.1. The Japanese run also takes the screenshots (into
 * dist-bench/screenshots, or into docs/ under `npm run screenshots`, so `npm test` never changes a
 * tracked file) and writes the time to the pane's first interactive render in dist-bench/e2e-timing.json.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { DEFAULT_PLAN } from '../../src/plan/default-plan';
import { sampleWorkbookBytes } from '../../src/preview/sample-workbook';
import { PREVIEW_STRINGS } from '../../src/preview/strings';
import { sampleTracker } from '../../src/sample/sample-tracker';
import { summaryLabels } from '../../src/summary/index';
import { groupIssues } from '../../src/taskpane/issue-groups';
import type { Lang } from '../../src/core/lang';
import { STRINGS } from '../../src/taskpane/all-strings';
import type { Issue } from '../../src/validate/types';
import { addSampleSheet } from '../../src/workbook/exceljs-writer';
import { workbookSpecToXlsx } from '../../src/workbook/xlsx-writer';
import { templateSheetName, templateWorkbookSpec } from '../../src/summary/template';
import { OTHER_PLAN } from '../support/fake-host';
import { seriousViolations } from './support/axe';
import { openSession, type Session } from './support/browser';
import { ensurePreviewBuilt, PREVIEW_DIR, ROOT } from './support/build-preview';
import { engineView, xlsxSheets, type EngineView } from './support/engine';
import { serveDirectory, type StaticServer } from './support/static-server';
import { browserVersion, recordTiming } from './support/timing';

jest.setTimeout(240_000);

const DOCS = path.join(ROOT, 'docs');
/** Where the screenshots go: docs/ only when asked (`npm run screenshots`), else a git-ignored folder. */
const SHOTS = process.env.PLAN_TRACKER_SCREENSHOTS === 'docs' ? DOCS : path.join(ROOT, 'dist-bench', 'screenshots');
const BENCH = path.join(ROOT, 'dist-bench');
const GRID = '#sheet-grid';
/** Screenshots kept in the repository must stay small. */
const MAX_SCREENSHOT_BYTES = 300_000;

let server: StaticServer;
/** Uncaught errors in each language's page. */
const afterAllErrors = new Map<Lang, string[]>();

beforeAll(async () => {
  await ensurePreviewBuilt();
  server = await serveDirectory(PREVIEW_DIR);
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(BENCH, { recursive: true });
}, 600_000);

afterAll(async () => {
  await server?.close();
});

/** Every path the page asked the server for is a file of the build: the page fetches nothing else. */
function expectOnlyOwnAssets(session: Session) {
  expect(session.blocked).toEqual([]);
  for (const requested of server.requests) {
    expect(requested === '/' || existsSync(path.join(PREVIEW_DIR, requested))).toBe(true);
  }
}

async function expectAccessible(page: Page, state: string) {
  const violations = await seriousViolations(page);
  // The state is in the message so a failure says where.
  expect({ state, violations }).toEqual({ state, violations: [] });
}

/** The pane's issue buttons in the order shown (all groups are open for a list this short). */
async function shownIssues(page: Page): Promise<string[]> {
  return page.locator('main ul[id$="-list"] > li > button').allInnerTexts();
}

/** Text without whitespace: the issue buttons lay cell and message out as grid items. */
const norm = (text: string) => text.replace(/\s+/g, '');

async function selectedCellVisible(page: Page, cell: string): Promise<boolean> {
  const grid = await page.locator(GRID).boundingBox();
  const box = await page.locator(`${GRID} [data-cell="${cell}"]`).boundingBox();
  if (!grid || !box) return false;
  return box.y >= grid.y && box.y + box.height <= grid.y + grid.height && box.x >= grid.x && box.x < grid.x + grid.width;
}

function xlsxUpload(name: string, bytes: Uint8Array) {
  return { name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) };
}

describe.each<Lang>(['ja', 'en'])('preview page (%s)', (lang) => {
  const t = STRINGS[lang];
  const s = PREVIEW_STRINGS[lang];
  const labels = summaryLabels(lang);
  let session: Session;
  let page: Page;
  let sample: Uint8Array;
  let engine: EngineView;

  beforeAll(async () => {
    sample = await sampleWorkbookBytes();
    engine = await engineView(sample, lang);
    session = await openSession(server.url, { locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
    page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    afterAllErrors.set(lang, errors);
  });

  afterAll(async () => {
    await session?.close();
  });

  test('opens the sample and checks it as the engine does', async () => {
    if (lang === 'ja') {
      // Straight to the sample: the time to the pane's first usable button is the figure README shows.
      await page.goto(`${server.url}?sample&lang=ja`);
      await page.waitForFunction(() => window.__paneReady !== undefined);
      const ready = await page.evaluate(() => window.__paneReady!);
      recordTiming({ firstInteractiveMs: Math.round(ready), browser: await browserVersion(session.context, page) });
      expect(ready).toBeGreaterThan(0);
    } else {
      await page.goto(`${server.url}?lang=en`);
      await page.getByRole('heading', { name: s.welcomeTitle }).waitFor();
      await expectAccessible(page, 'welcome');
      await page.getByRole('button', { name: s.openSample }).click();
    }
    await page.locator('main li[data-severity="error"]').waitFor();

    const { result } = engine;
    for (const severity of ['error', 'warning', 'info'] as const) {
      await expect(page.locator(`main li[data-severity="${severity}"] span`).first().innerText()).resolves.toBe(
        String(result.counts[severity]),
      );
    }
    expect(result.counts).toEqual({ error: 13, warning: 1, info: 1 });
    const expected = groupIssues(result.issues).flatMap((sheet) => sheet.groups.flatMap((g) => g.issues));
    const shown = await shownIssues(page);
    expect(shown).toHaveLength(result.issues.length);
    // The name read out is "cell + separator + message": compare with the separator as spoken.
    expect(shown.slice(0, 5).map(norm)).toEqual(expected.slice(0, 5).map((i) => norm(`${i.cell}${t.validate.cellSeparator}${i.message}`)));
    expect(await page.locator(`${GRID}`).getAttribute('data-sheet')).toBe(result.trackers[0].name);
    await expectAccessible(page, 'validate');
  });

  test('a click on an issue selects and scrolls to its cell; highlight and clear', async () => {
    // The issue furthest down the sheet: reaching it needs a scroll.
    const target = engine.result.issues.reduce((a: Issue, b: Issue) => (b.row > a.row ? b : a));
    await page.locator('main ul[id$="-list"] > li > button').filter({ hasText: target.message }).first().click();
    await page.locator(`${GRID}[data-selected-cell="${target.cell}"]`).waitFor();
    expect(await page.locator(GRID).getAttribute('data-sheet')).toBe(target.sheet);
    await expect(page.locator(`${GRID} [data-cell="${target.cell}"]`).getAttribute('aria-selected')).resolves.toBe('true');
    expect(await selectedCellVisible(page, target.cell)).toBe(true);

    // Keyboard: Enter on the first issue goes to its cell.
    const first = groupIssues(engine.result.issues)[0].groups[0].issues[0];
    await page.locator('main ul[id$="-list"] > li > button').first().focus();
    await page.keyboard.press('Enter');
    await page.locator(`${GRID}[data-selected-cell="${first.cell}"]`).waitFor();

    await page.getByRole('button', { name: t.validate.highlight }).click();
    await page.getByText(t.validate.highlighted(engine.highlightCells)).waitFor();
    await expect(page.locator(GRID).getAttribute('data-highlight-count')).resolves.toBe(String(engine.highlightCells));
    await expect(page.locator(`${GRID} [data-cell="${first.cell}"]`).getAttribute('data-highlight')).resolves.toBe(first.severity);
    await expectAccessible(page, 'highlighted');

    if (lang === 'ja') {
      // The issue in the middle of the sheet's issues, so the picture shows a selection among highlighted cells.
      const rows = engine.result.issues.map((i) => i.row).sort((a, b) => a - b);
      const middle = engine.result.issues.find((i) => i.row === rows[Math.floor(rows.length / 2)])!;
      await page.locator('main ul[id$="-list"] > li > button').filter({ hasText: middle.message }).first().click();
      await page.locator(`${GRID}[data-selected-cell="${middle.cell}"]`).waitFor();
      await page.mouse.move(0, 0);
      // The pane as a user first sees it after highlighting: counts, buttons, the first issues.
      await page.locator('.pane-column').evaluate((pane) => (pane.scrollTop = 0));
      await page.screenshot({ path: path.join(SHOTS, 'preview.png') });
      await page.locator('.pane-column').screenshot({ path: path.join(SHOTS, 'pane-validate.png') });
    }

    await page.getByRole('button', { name: t.validate.clear }).click();
    await page.getByText(t.validate.cleared).waitFor();
    await expect(page.locator(GRID).getAttribute('data-highlight-count')).resolves.toBe('0');
    await expect(page.locator(`${GRID} [data-highlight]`).count()).resolves.toBe(0);
  });

  test('every control is reachable with the Tab key', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return 'body';
          if (el.id === 'sheet-grid') return 'grid';
          if (el.dataset.sheetTab) return 'sheet-tab';
          if (el.getAttribute('role') === 'tab') return `pane-tab:${el.id}`;
          if (el.closest('ul[id$="-list"]')) return 'issue';
          return `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim()}`;
        }),
      );
    }
    expect(reached).toEqual(
      expect.arrayContaining([
        `button:${s.openFile}`,
        `button:${s.openSample}`,
        `button:${s.otherLanguageName}`,
        'grid',
        'sheet-tab',
        'pane-tab:tab-validate',
        `button:${t.validate.revalidate}`,
        `button:${t.validate.highlight}`,
        'issue',
      ]),
    );
  });

  test('every tab of the pane is accessible', async () => {
    for (const tab of ['mapping', 'template', 'validate'] as const) {
      await page.getByRole('tab', { name: t.tabs[tab] }).click();
      await expect(page.getByRole('tab', { name: t.tabs[tab] }).getAttribute('aria-selected')).resolves.toBe('true');
      await expectAccessible(page, `tab ${tab}`);
    }
  });

  test('builds the summary as new tabs, and downloads it as summarize writes it', async () => {
    const spec = engine.summarySpec;
    await page.getByRole('tab', { name: t.tabs.summary }).click();
    await expectAccessible(page, 'summary tab');
    await page.getByRole('button', { name: t.summary.build }).click();
    await page.locator('[data-testid="write-result"]').waitFor();

    const visible = spec.sheets.filter((sheet) => !sheet.hidden).map((sheet) => sheet.name);
    expect(await page.locator('.sheet-tab.addin').evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('data-sheet-tab')))).toEqual(
      visible,
    );
    expect(
      await page.locator('.sheet-tab:not(.addin)').evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('data-sheet-tab'))),
    ).toEqual([engine.result.trackers[0].name]);
    // Like Excel, the first sheet written is in front.
    expect(await page.locator(GRID).getAttribute('data-sheet')).toBe(visible[0]);

    // A figure: the total row count of the policy table, as the engine computed it.
    const policy = spec.sheets.find((sheet) => sheet.name === labels.sheet.policy)!;
    const header = policy.values.findIndex((row) => row.includes(labels.rows));
    const column = policy.values[header].indexOf(labels.rows);
    const total = policy.values.findIndex((row) => row[0] === labels.total);
    expect(policy.values[total][column]).toBe(engine.result.rows.length);
    await page.locator(`[data-sheet-tab="${labels.sheet.policy}"]`).click();
    await page.locator(`${GRID}[data-sheet="${labels.sheet.policy}"]`).waitFor();
    const address = `${String.fromCharCode(65 + column)}${total + 1}`;
    await expect(page.locator(`${GRID} [data-cell="${address}"]`).innerText()).resolves.toBe(String(engine.result.rows.length));
    await expectAccessible(page, 'summary built');

    if (lang === 'ja') {
      await page.locator(`[data-sheet-tab="${visible[0]}"]`).click();
      await page.mouse.move(0, 0);
      await page.locator('.pane-column').evaluate((pane) => (pane.scrollTop = 0));
      await page.locator('.pane-column').screenshot({ path: path.join(SHOTS, 'pane-summary.png') });
      await page.screenshot({ path: path.join(ROOT, 'dist-bench', 'preview-summary.png') });
    }

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    expect(download.suggestedFilename()).toBe('sample-tracker-summary.xlsx');
    const downloaded = new Uint8Array(readFileSync((await download.path())!));
    // The command line's writer on the same spec, in Node: the page's file must read the same.
    const written = await workbookSpecToXlsx(spec);
    const [fromPage, fromCli] = await Promise.all([xlsxSheets(downloaded), xlsxSheets(written)]);
    expect([...fromPage.keys()]).toEqual(spec.sheets.map((sheet) => sheet.name));
    expect(fromPage).toEqual(fromCli);
    expect(fromPage.get(labels.sheet.policy)![total][column]).toBe(engine.result.rows.length);
    // And its native charts: one chart part per chart of the spec.
    const zip = await JSZip.loadAsync(downloaded);
    const chartParts = Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(chartParts).toHaveLength(spec.sheets.reduce((n, sheet) => n + (sheet.charts?.length ?? 0), 0));
  });

  test("opens a user's file through the file input; a sheet of theirs is never written over", async () => {
    const meeting = labels.sheet.meeting;
    const workbook = new ExcelJS.Workbook();
    addSampleSheet(workbook, sampleTracker(DEFAULT_PLAN, { seed: 7, title: '令和6年度 進捗管理表（企画課）' }), '事業一覧');
    workbook.addWorksheet(meeting).getCell('A1').value = 'ユーザーのメモ';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const expected = await engineView(bytes, lang);

    await page.getByTestId('file-input').setInputFiles(xlsxUpload('my-tracker.xlsx', bytes));
    await page.getByText('my-tracker.xlsx').first().waitFor();
    await page.locator('main li[data-severity="error"]').waitFor();
    for (const severity of ['error', 'warning', 'info'] as const) {
      await expect(page.locator(`main li[data-severity="${severity}"] span`).first().innerText()).resolves.toBe(
        String(expected.result.counts[severity]),
      );
    }
    expect(await page.locator('.sheet-tab').evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('data-sheet-tab')))).toEqual([
      '事業一覧',
      meeting,
    ]);

    await page.getByRole('tab', { name: t.tabs.summary }).click();
    await page.getByRole('button', { name: t.summary.build }).click();
    await page.getByText(t.write.renamed(meeting, `${meeting} (2)`)).waitFor();
    await page.locator(`[data-sheet-tab="${meeting}"]`).click();
    await expect(page.locator(`${GRID} [data-cell="A1"]`).innerText()).resolves.toBe('ユーザーのメモ');
    await expect(page.locator(`[data-sheet-tab="${meeting} (2)"]`).count()).resolves.toBe(1);
    await expectAccessible(page, 'user file, summary renamed');
  });

  test('a fresh template of another plan, dropped on the page, opens with the plan it keeps and no issue', async () => {
    // A template of another city's plan: checked against the default plan its rows would all be wrong.
    const fiscalYear = OTHER_PLAN.period.startYear + 1;
    const bytes = await workbookSpecToXlsx(templateWorkbookSpec(OTHER_PLAN, { lang, fiscalYear }));
    const dataTransfer = await page.evaluateHandle((base64) => {
      const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([raw], 'other-city.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      return transfer;
    }, Buffer.from(bytes).toString('base64'));
    await page.locator('.page-frame').dispatchEvent('dragover', { dataTransfer });
    await page.locator('.page-frame').dispatchEvent('drop', { dataTransfer });

    await page.getByText('other-city.xlsx').first().waitFor();
    await page.getByText(t.planInUse.line(OTHER_PLAN.name, 'workbook'), { exact: false }).waitFor();
    const planSheet = lang === 'en' ? 'Plan' : 'プラン';
    expect(await page.locator('.sheet-tab').evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('data-sheet-tab')))).toEqual([
      templateSheetName(lang, fiscalYear),
      planSheet,
    ]);
    for (const severity of ['error', 'warning'] as const) {
      await expect(page.locator(`main li[data-severity="${severity}"] span`).first().innerText()).resolves.toBe('0');
    }
    // Each row the template made is listed once as not yet filled in (info), and nothing else.
    const measures = OTHER_PLAN.policies.flatMap((p) => p.areas.flatMap((a) => a.initiatives.flatMap((i) => i.measures))).length;
    await expect(page.locator(`main li[data-severity="info"] span`).first().innerText()).resolves.toBe(String(measures));
    await expect(page.getByText(t.noTracker.title).count()).resolves.toBe(0);
    await page.getByText(t.periodSource('workbook', { sheet: planSheet, start: 'B5', end: 'B6' }), { exact: false }).waitFor();
    // The plan sheet opens beside the tracker, for staff to read.
    await page.locator(`[data-sheet-tab="${planSheet}"]`).click();
    await expect(page.locator(`${GRID} [data-cell="B4"]`).innerText()).resolves.toBe(OTHER_PLAN.name);
    await expectAccessible(page, 'template of another plan');
  });

  test('a plan sheet with a mistake, dropped on the page, is reported by its cell', async () => {
    const values = templateWorkbookSpec(OTHER_PLAN, { lang, fiscalYear: OTHER_PLAN.period.startYear });
    const planSheet = values.sheets[1];
    const endRow = planSheet.values.findIndex((row) => row[1] === OTHER_PLAN.period.endYear);
    const broken = {
      ...values,
      sheets: [
        values.sheets[0],
        { ...planSheet, values: planSheet.values.map((row, r) => (r === endRow ? [row[0], 2000, ...row.slice(2)] : row)) },
      ],
    };
    const bytes = await workbookSpecToXlsx(broken);
    const dataTransfer = await page.evaluateHandle((base64) => {
      const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(
        new File([raw], 'broken-plan.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      );
      return transfer;
    }, Buffer.from(bytes).toString('base64'));
    await page.locator('.page-frame').dispatchEvent('dragover', { dataTransfer });
    await page.locator('.page-frame').dispatchEvent('drop', { dataTransfer });
    await page.getByText('broken-plan.xlsx').first().waitFor();
    await page.getByText(t.planInUse.badSheetTitle).waitFor();
    const sheetName = lang === 'en' ? 'Plan' : 'プラン';
    const message =
      lang === 'en'
        ? `End year 2000 is before start year ${OTHER_PLAN.period.startYear}`
        : `終了年度 2000 が開始年度 ${OTHER_PLAN.period.startYear} より前です`;
    await page.getByText(t.planInUse.badSheet(`${sheetName}!B${endRow + 1}: ${message}`)).waitFor();
  });

  test('nothing left the browser', () => {
    expectOnlyOwnAssets(session);
    expect(afterAllErrors.get(lang)).toEqual([]);
  });
});

describe('a large tracker', () => {
  test('20,000 rows render a window of the grid, and the keyboard reaches the last cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = sampleTracker(DEFAULT_PLAN, { minRows: 20_000 });
    addSampleSheet(workbook, sheet);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const session = await openSession(server.url, { locale: 'ja-JP' });
    try {
      const page = await session.context.newPage();
      await page.goto(`${server.url}?lang=ja`);
      await page.getByTestId('file-input').setInputFiles(xlsxUpload('large.xlsx', bytes));
      await page.locator('main li[data-severity="error"]').waitFor({ timeout: 180_000 });
      const rows = sheet.rows.length;
      expect(Number(await page.locator(GRID).getAttribute('aria-rowcount'))).toBe(rows + 1);
      const cells = () => page.locator(`${GRID} [role="gridcell"]`).count();
      expect(await cells()).toBeLessThan(2_000);

      await page.locator(GRID).focus();
      await page.keyboard.press('Control+End');
      const last = `${String.fromCharCode(64 + sheet.rows[2].length)}${rows}`;
      await page.locator(`${GRID}[data-selected-cell="${last}"]`).waitFor();
      expect(await selectedCellVisible(page, last)).toBe(true);
      expect(await cells()).toBeLessThan(2_000);
      expectOnlyOwnAssets(session);
    } finally {
      await session.close();
    }
  });
});

describe('screenshots', () => {
  test('are small enough to keep in the repository', () => {
    for (const name of ['preview.png', 'pane-validate.png', 'pane-summary.png']) {
      // The kept copies and the ones this run took, which `npm run screenshots` would keep.
      for (const dir of new Set([DOCS, SHOTS])) expect(statSync(path.join(dir, name)).size).toBeLessThan(MAX_SCREENSHOT_BYTES);
    }
  });
});
