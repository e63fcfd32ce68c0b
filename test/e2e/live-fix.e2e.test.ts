/**
 * The live check and a quick fix in a real browser (the preview page in Debian's Chromium): type
 * 実施 into a status cell of the sample's grid, see its issue in the pane within a second without
 * pressing anything, press 修正, see it go, press 元に戻す, see it back. The run writes the README's
 * screenshot of a quick fix (docs/pane-quick-fix.png).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { STRINGS } from '../../src/taskpane/all-strings';
import { seriousViolations } from './support/axe';
import { openSession, type Session } from './support/browser';
import { ensurePreviewBuilt, PREVIEW_DIR, ROOT } from './support/build-preview';
import { serveDirectory, type StaticServer } from './support/static-server';

jest.setTimeout(240_000);

const t = STRINGS.ja;
const GRID = '#sheet-grid';
/** A status cell of the sample holding a valid status (H5 holds the planted 実施). */
const CELL = 'H6';

let server: StaticServer;
let session: Session;
let page: Page;

beforeAll(async () => {
  await ensurePreviewBuilt();
  server = await serveDirectory(PREVIEW_DIR);
  session = await openSession(server.url, { locale: 'ja-JP' });
  page = await session.context.newPage();
  await page.goto(`${server.url}?sample&lang=ja`);
  await page.locator('main li[data-severity="error"]').waitFor();
}, 600_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Waits until `read` gives `want` (the page updates after a click, not at once). */
async function until(read: () => Promise<string>, want: string): Promise<void> {
  const end = Date.now() + 5000;
  let got = await read();
  while (got !== want && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    got = await read();
  }
  expect(got).toBe(want);
}

const cellText = () => page.locator(`${GRID} [data-cell="${CELL}"]`).innerText();
const fixButton = () => page.getByRole('button', { name: t.fix.applyLabel(CELL, '実施中'), exact: true });
const errorCount = async () => Number(await page.locator('main li[data-severity="error"] span').first().innerText());

test('typing 実施 shows its issue within a second; 修正 fixes it; 元に戻す brings it back', async () => {
  const before = errorCount();
  expect(await cellText()).not.toBe('実施');
  await expect(fixButton().count()).resolves.toBe(0);

  await page.locator(`${GRID} [data-cell="${CELL}"]`).dblclick();
  const editor = page.getByTestId('cell-editor');
  await editor.fill('実施');
  const typedAt = Date.now();
  await editor.press('Enter');
  await fixButton().waitFor({ timeout: 1000 });
  const seenAfterMs = Date.now() - typedAt;
  expect(seenAfterMs).toBeLessThan(1000);
  expect(await cellText()).toBe('実施');
  expect(await errorCount()).toBe((await before) + 1);
  await expect(page.getByText(t.fix.proposal('実施中')).count()).resolves.toBeGreaterThanOrEqual(2);

  // The README's picture: the issue just typed, its proposal and the button.
  await fixButton().scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
  await page.locator('.pane-column').screenshot({ path: path.join(ROOT, 'docs', 'pane-quick-fix.png') });

  await fixButton().click();
  await until(cellText, '実施中');
  await fixButton().waitFor({ state: 'detached' });
  expect(await errorCount()).toBe(await before);
  const undoList = page.getByTestId('undo-list');
  await expect(undoList.innerText()).resolves.toContain(t.fix.undoEntry('進捗管理表', CELL, '実施', '実施中'));
  expect(await seriousViolations(page)).toEqual([]);

  await undoList.getByRole('button', { name: t.fix.undoLabel('進捗管理表', CELL) }).click();
  await until(cellText, '実施');
  await fixButton().waitFor();
  expect(await errorCount()).toBe((await before) + 1);
  await undoList.waitFor({ state: 'detached' });
});

test('「同じ種類をすべて修正」 lists the cells first, then fixes them', async () => {
  await page.getByRole('button', { name: t.fix.applyAll(2) }).click();
  const confirm = page.getByTestId('fix-all-confirm');
  await expect(confirm.innerText()).resolves.toContain(t.fix.confirmEntry('H5', '実施', '実施中'));
  await expect(confirm.innerText()).resolves.toContain(t.fix.confirmEntry(CELL, '実施', '実施中'));
  expect(await seriousViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: t.fix.confirm }).click();
  await until(cellText, '実施中');
  await until(() => page.locator(`${GRID} [data-cell="H5"]`).innerText(), '実施中');
  await expect(page.getByTestId('undo-list').locator('li').count()).resolves.toBe(2);
});
