/**
 * The pane's state reducer, without a DOM or a host: each action's effect on the state, that an
 * update after an await applies to the state as it is then (not as it was when the action began),
 * and that the reducer never changes the state it is given.
 */
import { withCellValue } from '../src/app/live-check';
import { planInUse } from '../src/app/plan-in-use';
import { validateData, type WorkbookState } from '../src/app/workbook-state';
import type { WorkbookData } from '../src/core/cell';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { INITIAL_PANE_STATE, paneReducer, type PaneAction, type PaneState } from '../src/taskpane/pane-state';
import type { AddinSettings, WriteResult } from '../src/workbook/host';
import { sampleWorkbook } from './support/fake-host';

const NO_SETTINGS: AddinSettings = { mappings: {}, ownSheets: [] };

function held(workbook: WorkbookData = sampleWorkbook(), settings: AddinSettings = NO_SETTINGS): WorkbookState {
  const plan = planInUse(workbook, DEFAULT_PLAN);
  return { workbook, settings, plan, result: validateData(workbook, plan.plan, 'ja', settings) };
}

/** Freezes every object reachable from `value`, so a reducer that writes into its input throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The state after each action in turn, every intermediate state frozen. */
function reduce(actions: PaneAction[], from: PaneState = INITIAL_PANE_STATE): PaneState {
  return actions.reduce((state, action) => paneReducer(deepFreeze(state), action), from);
}

const loaded = (workbook = held()): PaneAction => ({ type: 'loaded', workbook });

describe('pane state', () => {
  test('a read replaces what was held and clears earlier failures, keeping other notes', () => {
    const state = reduce([
      { type: 'notified', notice: { intent: 'error', title: 'read failed' } },
      { type: 'notified', notice: { intent: 'info', title: 'note' } },
      loaded(),
    ]);
    expect(state.workbook?.result.counts).toEqual(held().result.counts);
    expect(state.notices.map((n) => n.title)).toEqual(['note']);
  });

  test('a new note replaces earlier success notes; failures stay until dismissed; ids never repeat', () => {
    const state = reduce([
      { type: 'notified', notice: { intent: 'success', title: 'highlighted' } },
      { type: 'notified', notice: { intent: 'error', title: 'failed' } },
      { type: 'notified', notice: { intent: 'success', title: 'cleared' } },
    ]);
    expect(state.notices.map((n) => [n.id, n.title])).toEqual([
      [2, 'failed'],
      [3, 'cleared'],
    ]);
    const dismissed = reduce(
      [
        { type: 'dismissed', id: 2 },
        { type: 'notified', notice: { intent: 'info', title: 'next' } },
      ],
      state,
    );
    expect(dismissed.notices.map((n) => [n.id, n.title])).toEqual([[4, 'next']]);
  });

  test('busy and progress, then idle', () => {
    const running = reduce([
      { type: 'busy', busy: { label: 'reading' } },
      { type: 'busy', busy: { label: 'reading', done: 2, total: 5 } },
    ]);
    expect(running.busy).toEqual({ label: 'reading', done: 2, total: 5 });
    expect(reduce([{ type: 'busy', busy: null }], running).busy).toBeNull();
  });

  test('a saved mapping checks again the cells held when the save ends, not those held when it began', () => {
    const start = reduce([loaded()]);
    const sheet = start.workbook!.workbook.sheets[0];
    // While the mapping was being saved, a live edit blanked a cell: both must show in the result.
    const header = sheet.values.findIndex((row) => row.includes('進捗状況'));
    const edited = withCellValue(start.workbook!.workbook, sheet.name, `A${header + 2}`, null);
    const settings: AddinSettings = { mappings: { [sheet.name]: { columns: { status: null } } }, ownSheets: [] };
    const state = reduce(
      [
        { type: 'cellsChanged', workbook: edited, lang: 'ja' },
        { type: 'mappingSaved', settings, lang: 'ja' },
      ],
      start,
    );
    expect(state.workbook!.settings).toEqual(settings);
    expect(state.workbook!.workbook).toBe(edited);
    expect(state.workbook!.result).toEqual(validateData(edited, DEFAULT_PLAN, 'ja', settings));
    // The mapping and the edit each change the result: neither was lost.
    expect(state.workbook!.result.counts).not.toEqual(validateData(edited, DEFAULT_PLAN, 'ja', NO_SETTINGS).counts);
    expect(state.workbook!.result).not.toEqual(validateData(sampleWorkbook(), DEFAULT_PLAN, 'ja', settings));
  });

  test('changed cells are checked again with the saved mappings; in English when asked', () => {
    const settings: AddinSettings = { mappings: {}, ownSheets: ['まとめ'] };
    const start = reduce([loaded(held(sampleWorkbook(), settings))]);
    const sheet = start.workbook!.workbook.sheets[0];
    const header = sheet.values.findIndex((row) => row.includes('進捗状況'));
    const edited = withCellValue(start.workbook!.workbook, sheet.name, `A${header + 2}`, null);
    const state = reduce([{ type: 'cellsChanged', workbook: edited, lang: 'en' }], start);
    expect(state.workbook!.result).toEqual(validateData(edited, DEFAULT_PLAN, 'en', settings));
    expect(state.workbook!.settings).toBe(start.workbook!.settings);
  });

  test('before anything is read, updates to the held workbook leave the state as it is', () => {
    for (const action of [
      { type: 'cellsChanged', workbook: sampleWorkbook(), lang: 'ja' },
      { type: 'mappingSaved', settings: NO_SETTINGS, lang: 'ja' },
      { type: 'settingsRead', settings: NO_SETTINGS },
    ] as PaneAction[]) {
      expect(paneReducer(INITIAL_PANE_STATE, action)).toBe(INITIAL_PANE_STATE);
    }
  });

  test('settings read after a write keep the cells and the result', () => {
    const start = reduce([loaded()]);
    const settings: AddinSettings = { mappings: { まとめ: { excluded: true } }, ownSheets: ['まとめ'] };
    const state = reduce([{ type: 'settingsRead', settings }], start);
    expect(state.workbook!.settings).toEqual(settings);
    expect(state.workbook!.result).toBe(start.workbook!.result);
    expect(state.workbook!.workbook).toBe(start.workbook!.workbook);
  });

  test("a write is the last write; a summary's history sheet joins the cells held (replaced when there)", () => {
    const start = reduce([loaded()]);
    const result: WriteResult = { sheetNames: ['履歴'], renamed: [], skipped: [] };
    const first = reduce(
      [{ type: 'written', write: { kind: 'summary', result }, historySheet: { name: '履歴', values: [['記録日'], ['2026-12-01']] } }],
      start,
    );
    expect(first.lastWrite).toEqual({ kind: 'summary', result });
    expect(first.workbook!.workbook.sheets.map((s) => s.name)).toEqual([...start.workbook!.workbook.sheets.map((s) => s.name), '履歴']);
    const second = reduce(
      [
        {
          type: 'written',
          write: { kind: 'summary', result },
          historySheet: { name: '履歴', values: [['記録日'], ['2026-12-01'], ['2026-12-02']] },
        },
      ],
      first,
    );
    expect(second.workbook!.workbook.sheets.filter((s) => s.name === '履歴').map((s) => s.values.length)).toEqual([3]);
    // The check is not run again: the history sheet is the add-in's own, never a tracker.
    expect(second.workbook!.result).toBe(start.workbook!.result);

    const template = reduce([{ type: 'written', write: { kind: 'template', result } }], second);
    expect(template.lastWrite).toEqual({ kind: 'template', result });
    expect(template.workbook).toBe(second.workbook);
  });
});
