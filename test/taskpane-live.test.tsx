/**
 * The pane as a live companion, on the preview's browser host: an edit in the sheet shows its
 * issue without pressing anything, 「修正」 writes the proposed value (value only), 「元に戻す」 puts
 * the old one back, 「同じ種類をすべて修正」 lists the cells first, a cell changed since read is
 * refused, and the toggle turns the live check off. Expected issues come from the engine.
 */
import './support/dom-setup';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../src/taskpane/App';
import { STRINGS } from '../src/taskpane/all-strings';
import { BrowserWorkbookHost } from '../src/workbook/browser/browser-host';
import { parseCell } from '../src/core/a1';
import { sampleWorkbook } from './support/fake-host';

afterEach(cleanup);
// jsdom lacks structuredClone, which the browser host uses on its (JSON-shaped) settings.
globalThis.structuredClone ??= ((value: unknown) => JSON.parse(JSON.stringify(value))) as typeof structuredClone;
const t = STRINGS.ja;

function sampleHost(): BrowserWorkbookHost {
  return new BrowserWorkbookHost({ fileName: 'sample.xlsx', fileSheets: sampleWorkbook().sheets.map((data) => ({ data, visible: true })) });
}

const valueAt = (host: BrowserWorkbookHost, sheet: string, cell: string) => {
  const { row, column } = parseCell(cell);
  return host.getView().sheets.find((s) => s.name === sheet)!.data.values[row]?.[column] ?? null;
};

/** The severity counts shown. */
function errorCount(): number {
  const list = screen.getByRole('list', { name: t.validate.countsLabel });
  return Number(within(list).getAllByRole('listitem')[0].firstElementChild!.textContent);
}

async function renderPane(host: BrowserWorkbookHost) {
  render(<App host={host} lang="ja" />);
  await screen.findByRole('tab', { name: t.tabs.validate });
  await screen.findByRole('list', { name: t.validate.countsLabel });
}

const sheetName = () => sampleWorkbook().sheets[0].name;
/** A status cell of the sample that holds a valid status (row 6's; row 5 holds the planted 実施). */
const CLEAN_STATUS = 'H6';

describe('live check', () => {
  test('typing a bad status shows its issue and proposed fix without pressing anything; 修正 and 元に戻す', async () => {
    const host = sampleHost();
    await renderPane(host);
    const before = errorCount();
    expect(screen.queryByRole('button', { name: t.fix.applyLabel(CLEAN_STATUS, '実施中') })).toBeNull();

    const typed = valueAt(host, sheetName(), CLEAN_STATUS);
    expect(typed).not.toBe('実施');
    act(() => host.editCell(sheetName(), parseCell(CLEAN_STATUS), '実施'));
    const fix = await screen.findByRole('button', { name: t.fix.applyLabel(CLEAN_STATUS, '実施中') }, { timeout: 3000 });
    expect(errorCount()).toBe(before + 1);

    fireEvent.click(fix);
    await waitFor(() => expect(valueAt(host, sheetName(), CLEAN_STATUS)).toBe('実施中'));
    await waitFor(() => expect(screen.queryByRole('button', { name: t.fix.applyLabel(CLEAN_STATUS, '実施中') })).toBeNull());
    expect(errorCount()).toBe(before);
    const undoList = screen.getByTestId('undo-list');
    expect(undoList.textContent).toContain(t.fix.undoEntry(sheetName(), CLEAN_STATUS, '実施', '実施中'));

    fireEvent.click(within(undoList).getByRole('button', { name: t.fix.undoLabel(sheetName(), CLEAN_STATUS) }));
    await waitFor(() => expect(valueAt(host, sheetName(), CLEAN_STATUS)).toBe('実施'));
    await screen.findByRole('button', { name: t.fix.applyLabel(CLEAN_STATUS, '実施中') });
    expect(errorCount()).toBe(before + 1);
    expect(screen.queryByTestId('undo-list')).toBeNull();
  });

  test('「同じ種類をすべて修正」 shows the cells and new values first, then fixes them all', async () => {
    const host = sampleHost();
    await renderPane(host);
    act(() => host.editCell(sheetName(), parseCell('H6'), '完了済み'));
    // jsdom's role queries are slow on a full list; the within-a-second check is the browser's (e2e).
    await screen.findByRole('button', { name: t.fix.applyLabel('H6', '完了') }, { timeout: 3000 });
    fireEvent.click(screen.getByRole('button', { name: t.fix.applyAll(2) }));
    const confirm = screen.getByTestId('fix-all-confirm');
    expect(confirm.textContent).toContain(t.fix.confirmEntry('H5', '実施', '実施中'));
    expect(confirm.textContent).toContain(t.fix.confirmEntry('H6', '完了済み', '完了'));
    // Nothing is written before the user confirms.
    expect(valueAt(host, sheetName(), 'H5')).toBe('実施');
    fireEvent.click(within(confirm).getByRole('button', { name: t.fix.confirm }));
    await waitFor(() => expect([valueAt(host, sheetName(), 'H5'), valueAt(host, sheetName(), 'H6')]).toEqual(['実施中', '完了']));
    await waitFor(() => expect(screen.getByTestId('undo-list').querySelectorAll('li')).toHaveLength(2));
  });

  test('a fix is refused, with the reason, when the cell changed since it was read', async () => {
    const host = sampleHost();
    await renderPane(host);
    const fix = screen.getByRole('button', { name: t.fix.applyLabel('H5', '実施中') });
    // The live check off, the pane does not see the user's edit.
    fireEvent.click(screen.getByRole('switch', { name: t.fix.live }));
    act(() => host.editCell(sheetName(), parseCell('H5'), '延期'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByRole('button', { name: t.fix.applyLabel('H5', '実施中') })).toBe(fix);
    fireEvent.click(fix);
    await screen.findByText(t.fix.refusedTitle);
    expect(screen.getByText(t.fix.refused('H5', '延期'))).toBeTruthy();
    expect(valueAt(host, sheetName(), 'H5')).toBe('延期');
    expect(screen.queryByTestId('undo-list')).toBeNull();
  });
});
