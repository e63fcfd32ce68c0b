/**
 * The live check and quick fixes through the Office.js adapter, on the strict fake with change
 * events (fake-change-events.ts): typing, a 5,000-row paste, a row deletion, the add-in's own
 * write ignored, a header change; each with its syncs counted.
 */
import './support/dom-setup';
import './support/node-globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../src/taskpane/App';
import { STRINGS } from '../src/taskpane/all-strings';
import { a1 } from '../src/core/a1';
import type { CellValue } from '../src/core/cell';
import { LIVE_SYNC_BOUNDS } from '../src/workbook/office/live-cells';
import { createOfficeHost, SYNC_BOUNDS } from '../src/workbook/office/office-host';
import { withChangeEvents } from './support/fake-change-events';
import { createFakeOffice, type FakeOffice } from './support/strict-excel-fake';
import { dataRow, HEADERS, row, sheet } from './support/tracker';

afterEach(cleanup);
const t = STRINGS.ja;
const SHEET = '進捗管理表';
const STATUS = HEADERS.indexOf('進捗状況') + 1;
const TARGET = HEADERS.indexOf('目標値') + 1;
const statusCell = (n: number) => a1(dataRow(n), STATUS);
type Plain = (string | number | boolean | null)[][];
/** The rows built here hold no dates (dates are typed as text), so they go into the fake as they are. */
const plain = (rows: CellValue[][]): Plain => rows.map((r) => r.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)));

/** A tracker of `rows` clean rows (one department each, so none is a duplicate), and the pane on it. */
async function paneOnFake(rows = 6, over: Record<number, Parameters<typeof row>[0]> = {}) {
  const office = createFakeOffice(7);
  const user = withChangeEvents(office);
  const values = sheet(
    SHEET,
    Array.from({ length: rows }, (_, i) => row({ 担当課: `課${i}`, ...over[i] })),
  ).values;
  office.model.addSheet(SHEET).put('A1', plain(values));
  render(<App host={createOfficeHost({ environment: office.environment })} lang="ja" />);
  await screen.findByRole('list', { name: t.validate.countsLabel });
  await waitFor(() => expect(user.handlerCount(SHEET)).toBe(1));
  return { office, user };
}

/** The Excel.run batches made from now on, and their syncs. */
function batchesSince(office: FakeOffice) {
  const start = office.contexts.length;
  return () => office.contexts.slice(start).map((c) => c.syncs.length);
}

const fixButton = (cell: string, value: string) => screen.queryByRole('button', { name: t.fix.applyLabel(cell, value) });

test('typing a bad status: the changed row is read in one sync; 修正 writes the value only, its echo is not read back; 元に戻す', async () => {
  const { office, user } = await paneOnFake();
  const cell = statusCell(2);
  let batches = batchesSince(office);
  user.edit(SHEET, cell, [['実施']]);
  await user.settle();
  await waitFor(() => expect(fixButton(cell, '実施中')).not.toBeNull(), { timeout: 3000 });
  // One batch, one sync, one row of cells: not the whole sheet.
  expect(batches()).toEqual([LIVE_SYNC_BOUNDS.readRows]);
  expect(office.contexts.at(-1)!.syncs[0].cells).toBe(HEADERS.length);

  batches = batchesSince(office);
  const formatBefore = office.model.requireSheet(SHEET).formatAt(cell);
  fireEvent.click(fixButton(cell, '実施中')!);
  await waitFor(() => expect(office.model.requireSheet(SHEET).valueAt(cell)).toBe('実施中'));
  await user.settle();
  await waitFor(() => expect(fixButton(cell, '実施中')).toBeNull());
  await new Promise((resolve) => setTimeout(resolve, 300)); // longer than a live batch
  // The write: read to compare, then write. Its own change event raised no read.
  expect(batches()).toEqual([LIVE_SYNC_BOUNDS.writeCells]);
  expect(user.fired().at(-1)).toEqual({ sheet: SHEET, address: cell, changeType: 'RangeEdited' });
  expect(office.model.requireSheet(SHEET).formatAt(cell)).toBe(formatBefore);
  expect(office.model.requireSheet(SHEET).writes.filter((w) => w.target === cell)).toEqual([]);

  fireEvent.click(screen.getByRole('button', { name: t.fix.undoLabel(SHEET, cell) }));
  await waitFor(() => expect(office.model.requireSheet(SHEET).valueAt(cell)).toBe('実施'));
  await waitFor(() => expect(fixButton(cell, '実施中')).not.toBeNull());
});

test('a fix is refused when the cell changed in Excel since it was read', async () => {
  const { office } = await paneOnFake(6, { 1: { 進捗状況: '実施' } });
  const cell = statusCell(1);
  fireEvent.click(screen.getByRole('switch', { name: t.fix.live }));
  // The user changes the cell with the live check off: the pane still holds 実施.
  office.model.requireSheet(SHEET).put(cell, [['延期']]);
  fireEvent.click(fixButton(cell, '実施中')!);
  await screen.findByText(t.fix.refused(cell, '延期'));
  expect(office.model.requireSheet(SHEET).valueAt(cell)).toBe('延期');
});

test('a paste of 5,000 rows is one batch of work: one read of one sync, and the one bad status among them found', async () => {
  const { office, user } = await paneOnFake(2);
  const pasted = Array.from({ length: 5000 }, (_, i) => row({ 担当課: `貼付課${i}`, 進捗状況: i === 4321 ? '完了済み' : '実施中' }));
  const batches = batchesSince(office);
  user.edit(SHEET, a1(dataRow(2), 1), plain(pasted));
  await user.settle();
  const cell = statusCell(2 + 4321);
  await waitFor(() => expect(fixButton(cell, '完了')).not.toBeNull(), { timeout: 5000 });
  expect(batches()).toEqual([LIVE_SYNC_BOUNDS.readRows]);
  expect(office.contexts.at(-1)!.syncs[0].cells).toBe(5000 * HEADERS.length);
  expect(screen.getByText(t.validate.checkedAt(1, 5002))).toBeTruthy();
});

test('deleting a row reads the sheet again (positions moved) and its issue goes', async () => {
  const { office, user } = await paneOnFake(6, { 3: { 進捗状況: '実施' } });
  expect(fixButton(statusCell(3), '実施中')).not.toBeNull();
  const batches = batchesSince(office);
  user.deleteRows(SHEET, dataRow(3), dataRow(3));
  await user.settle();
  await waitFor(() => expect(fixButton(statusCell(3), '実施中')).toBeNull(), { timeout: 3000 });
  expect(screen.getByText(t.validate.checkedAt(1, 5))).toBeTruthy();
  // A full read: the add-in's record (mapping) from the workbook, then listing and sizing, then the rows (small sheet: one chunk).
  expect(batches()).toEqual([SYNC_BOUNDS.loadSettings, SYNC_BOUNDS.readWorkbook(1)]);
});

test('a header changed: the mapping is read again (a column no longer a target column raises nothing)', async () => {
  const { office, user } = await paneOnFake(4, { 0: { 目標値: '100件' } });
  const targetCell = a1(dataRow(0), TARGET);
  await screen.findByRole('button', { name: t.fix.applyLabel(targetCell, '100') });
  const batches = batchesSince(office);
  user.edit(SHEET, a1(dataRow(0) - 1, TARGET), [['その他']]);
  await user.settle();
  await waitFor(() => expect(fixButton(targetCell, '100')).toBeNull(), { timeout: 3000 });
  expect(batches()).toEqual([SYNC_BOUNDS.loadSettings, SYNC_BOUNDS.readWorkbook(1)]);
});

test('the toggle 入力中にチェック removes the handlers; edits are then not read', async () => {
  const { office, user } = await paneOnFake();
  fireEvent.click(screen.getByRole('switch', { name: t.fix.live }));
  await waitFor(() => expect(user.handlerCount(SHEET)).toBe(0));
  const batches = batchesSince(office);
  user.edit(SHEET, statusCell(0), [['実施']]);
  await user.settle();
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(batches()).toEqual([]);
  expect(fixButton(statusCell(0), '実施中')).toBeNull();
});
