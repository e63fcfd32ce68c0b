/**
 * Snapshots and consolidation through the pane's actions, on an in-memory host: what a summary
 * build records in the history sheet, what it compares with, and what a consolidation of the
 * open workbook's tracker sheets writes. Expected figures come from the engine.
 */
import {
  buildSummaryAction,
  consolidateSheetsAction,
  loadWorkbookState,
  validateAction,
  type SummaryOptions,
  type WorkbookState,
} from '../src/app/actions';
import { consolidateTrackerSheets, consolidationSheets } from '../src/app/consolidate-sheets';
import { findHistorySheet, recordedSnapshots, type SnapshotRequest } from '../src/app/history';
import { consolidate } from '../src/consolidate/consolidate';
import { compareSnapshots } from '../src/history/changes';
import { changeSheetNames, changesSheetSpec, trendSheetSpec } from '../src/history/change-sheets';
import { appendSnapshot, HISTORY_SHEET, readHistory } from '../src/history/history-sheet';
import { takeSnapshot } from '../src/history/snapshot';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { summarize, summaryWorkbookSpec } from '../src/summary/index';
import type { SheetSpec, WorkbookSpec } from '../src/core/sheet-spec';
import type { CellValue } from '../src/core/cell';
import type { Lang } from '../src/core/lang';
import { validateWorkbook, type ValidationResult } from '../src/validate/validate-workbook';
import { FakeHost } from './support/fake-host';
import { AI, CITY, row, sheet, SNS } from './support/tracker';

const TRACKER = '進捗管理表';

// October: open data at 40%, SNS at 50%, the AI system under study.
const OCTOBER = [row({ 進捗率: 40 }), row({ ...SNS, 進捗率: 50 }), row({ ...AI, 進捗状況: '検討中', 進捗率: 0 })];
// November: open data completed, SNS postponed and down to 30%, AI gone, a policy-2 measure added.
const NOVEMBER = [row({ 進捗状況: '完了', 進捗率: 100 }), row({ ...SNS, 進捗状況: '延期', 進捗率: 30 }), row({ ...CITY, 進捗率: 20 })];
// December: SNS back in progress at 60%.
const DECEMBER = [row({ 進捗状況: '完了', 進捗率: 100 }), row({ ...SNS, 進捗率: 60 }), row({ ...CITY, 進捗率: 20 })];

function setTracker(host: FakeHost, rows: CellValue[][]): void {
  const at = host.workbook.sheets.findIndex((s) => s.name === TRACKER);
  host.workbook.sheets[at] = sheet(TRACKER, rows);
}

const snapshotOf = (state: WorkbookState, over: Partial<SnapshotRequest>): SnapshotRequest => ({
  workbook: state.workbook,
  ownSheets: state.settings.ownSheets,
  record: true,
  ...over,
});

/** Reads the workbook as the pane does, then builds the summary with a snapshot of `today`. */
async function build(host: FakeHost, today: string, over: Partial<SnapshotRequest> = {}, lang: Lang = 'ja') {
  const state = await loadWorkbookState(host, DEFAULT_PLAN, lang);
  const written = await buildSummaryAction(host, state.result, DEFAULT_PLAN, { lang, snapshot: snapshotOf(state, { today, ...over }) });
  return { state, written, spec: host.written.at(-1)! };
}

const sheetNamed = (spec: WorkbookSpec, name: string): SheetSpec => {
  const found = spec.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${spec.sheets.map((s) => s.name).join(', ')}`);
  return found;
};

/** The snapshot the engine takes of a validation result on a day. */
const engineSnapshot = (result: ValidationResult, date: string) =>
  takeSnapshot(summarize(result, DEFAULT_PLAN, { lang: 'ja' }), result, date);

const historyValues = (host: FakeHost, name = HISTORY_SHEET) => host.workbook.sheets.find((s) => s.name === name)!.values;

describe('snapshots in a summary build', () => {
  test('two builds on different days record two snapshots, and the second reports what moved', async () => {
    const host = new FakeHost({ sheets: [sheet(TRACKER, OCTOBER)] });
    const first = await build(host, '2026-10-01');
    expect(first.written.history).toMatchObject({ recordedAs: 1, today: '2026-10-01' });
    expect(first.written.history!.changes).toBeUndefined();
    expect(sheetNamed(first.spec, '前回からの変化').values).toEqual(
      changesSheetSpec(undefined, engineSnapshot(first.state.result, '2026-10-01'), 'ja').values,
    );
    const historyAfterFirst = historyValues(host).map((r) => [...r]);

    setTracker(host, NOVEMBER);
    const second = await build(host, '2026-11-24');
    const history = second.written.history!;
    expect(history.recordedAs).toBe(2);
    expect(history.comparedWith?.date).toBe('2026-10-01');
    expect(readHistory(historyValues(host)).map((s) => [s.sequence, s.date])).toEqual([
      [1, '2026-10-01'],
      [2, '2026-11-24'],
    ]);

    // The changes sheet holds the engine's comparison of the two days…
    const october = engineSnapshot(first.state.result, '2026-10-01');
    const november = engineSnapshot(second.state.result, '2026-11-24');
    const expected = compareSnapshots(october, november);
    expect(history.changes).toEqual(expected);
    expect(sheetNamed(second.spec, '前回からの変化').values).toEqual(changesSheetSpec(expected, november, 'ja').values);
    // …which is what the fixture moved.
    const codes = (list: { code: string | null }[]) => list.map((c) => c.code);
    expect(codes(expected.statusChanged)).toEqual(['1-2-1-1', '1-2-2-1']);
    expect(codes(expected.newlyCompleted)).toEqual(['1-2-1-1']);
    expect(codes(expected.newlyStopped)).toEqual(['1-2-2-1']);
    expect(codes(expected.progressDown)).toEqual(['1-2-2-1']);
    expect(codes(expected.added)).toEqual(['2-1-1-1']);
    expect(codes(expected.gone)).toEqual(['1-1-1-2']);

    // The trend has one row per snapshot; the old history rows are as they were.
    expect(sheetNamed(second.spec, '進捗の推移').values).toEqual(trendSheetSpec(readHistory(historyValues(host)), 'ja').values);
    expect(sheetNamed(second.spec, '進捗の推移').values).toHaveLength(3);
    expect(historyValues(host).slice(0, historyAfterFirst.length)).toEqual(historyAfterFirst);
    expect(historyValues(host).length).toBeGreaterThan(historyAfterFirst.length);
  });

  test('sheets in one write: the meeting sheet, the changes and trend, the tables, the history last', async () => {
    const host = new FakeHost({ sheets: [sheet(TRACKER, OCTOBER)] });
    const { state, spec } = await build(host, '2026-10-01', {}, 'en');
    expect(host.callsOf('writeSheets')).toHaveLength(1);
    const summaryNames = summaryWorkbookSpec(summarize(state.result, DEFAULT_PLAN, { lang: 'en' }), state.result, DEFAULT_PLAN, {
      lang: 'en',
    }).sheets.map((s) => s.name);
    const { changes, trend } = changeSheetNames('en');
    expect(spec.sheets.map((s) => s.name)).toEqual([summaryNames[0], changes, trend, ...summaryNames.slice(1), HISTORY_SHEET]);
  });

  test('a rebuild the same day records no second snapshot unless asked', async () => {
    const host = new FakeHost({ sheets: [sheet(TRACKER, OCTOBER)] });
    await build(host, '2026-10-01');
    const recorded = historyValues(host).map((r) => [...r]);

    setTracker(host, NOVEMBER);
    const again = await build(host, '2026-10-01');
    expect(again.written.history).toMatchObject({ recordedAs: null, notRecordedBecause: 'same-day' });
    expect(again.written.sheetNames).not.toContain(HISTORY_SHEET);
    expect(historyValues(host)).toEqual(recorded);

    const asked = await build(host, '2026-10-01', { again: true });
    expect(asked.written.history!.recordedAs).toBe(2);
    expect(readHistory(historyValues(host)).map((s) => [s.sequence, s.date])).toEqual([
      [1, '2026-10-01'],
      [2, '2026-10-01'],
    ]);
    expect(historyValues(host).slice(0, recorded.length)).toEqual(recorded);
  });

  test('compares with the chosen snapshot, with none, or by default with the latest of an earlier day', async () => {
    const host = new FakeHost({ sheets: [sheet(TRACKER, OCTOBER)] });
    const october = await build(host, '2026-10-01');
    setTracker(host, NOVEMBER);
    await build(host, '2026-11-24');
    setTracker(host, DECEMBER);

    const byDefault = await build(host, '2026-12-20', { record: false });
    expect(byDefault.written.history!.comparedWith?.sequence).toBe(2);
    const snapshots = recordedSnapshots(byDefault.state.workbook, byDefault.state.settings.ownSheets);
    const december = engineSnapshot(byDefault.state.result, '2026-12-20');
    expect(byDefault.written.history!.changes).toEqual(compareSnapshots(snapshots[1], december));
    // Since November only SNS moved: back in progress, and up from 30% to 60%.
    expect(byDefault.written.history!.changes!.statusChanged.map((c) => [c.code, c.fromStatus, c.toStatus])).toEqual([
      ['1-2-2-1', '延期', '実施中'],
    ]);

    const sinceOctober = await build(host, '2026-12-20', { record: false, compareWith: 1 });
    expect(sinceOctober.written.history!.comparedWith?.date).toBe('2026-10-01');
    const expected = compareSnapshots(engineSnapshot(october.state.result, '2026-10-01'), december);
    expect(sinceOctober.written.history!.changes).toEqual(expected);
    expect(sheetNamed(sinceOctober.spec, '前回からの変化').values).toEqual(changesSheetSpec(expected, december, 'ja').values);

    const none = await build(host, '2026-12-20', { record: false, compareWith: null });
    expect(none.written.history!.changes).toBeUndefined();
    expect(sheetNamed(none.spec, '前回からの変化').values).toEqual(changesSheetSpec(undefined, december, 'ja').values);
  });

  test('without "record", nothing is appended and the history sheet is not rewritten', async () => {
    const host = new FakeHost({ sheets: [sheet(TRACKER, OCTOBER)] });
    await build(host, '2026-10-01');
    const recorded = historyValues(host).map((r) => [...r]);
    const later = await build(host, '2026-10-08', { record: false });
    expect(later.written.history).toMatchObject({ recordedAs: null, notRecordedBecause: 'not-asked' });
    expect(later.spec.sheets.map((s) => s.name)).not.toContain(HISTORY_SHEET);
    expect(historyValues(host)).toEqual(recorded);
  });

  test('the written sheets, history, changes and trend included, are left out of the next check', async () => {
    const host = new FakeHost({ sheets: [sheet(TRACKER, OCTOBER)] });
    const { state, written } = await build(host, '2026-10-01');
    for (const name of [HISTORY_SHEET, '前回からの変化', '進捗の推移']) {
      expect(written.sheetNames).toContain(name);
      expect(host.settings.mappings[name]).toEqual({ excluded: true });
    }
    const again = await validateAction(host, DEFAULT_PLAN, 'ja');
    expect(again.counts).toEqual(state.result.counts);
    expect(again.issues).toHaveLength(state.result.issues.length);
    expect(again.trackers.map((t) => t.name)).toEqual([TRACKER]);
  });

  test('the history is kept under another name when a user sheet has its name, and found there next time', async () => {
    const host = new FakeHost({ sheets: [sheet(TRACKER, OCTOBER), { name: HISTORY_SHEET, values: [['私のメモ']] }] });
    const first = await build(host, '2026-10-01');
    expect(first.written.history!.historySheet!.name).toBe(`${HISTORY_SHEET} (2)`);
    setTracker(host, NOVEMBER);
    const second = await build(host, '2026-11-24');
    expect(second.written.history).toMatchObject({ recordedAs: 2, comparedWith: { sequence: 1, date: '2026-10-01' } });
    expect(historyValues(host)).toEqual([['私のメモ']]);
    expect(readHistory(historyValues(host, `${HISTORY_SHEET} (2)`))).toHaveLength(2);
  });

  test('a history sheet the command line wrote is read and carried on', async () => {
    const october = validateWorkbook({ sheets: [sheet(TRACKER, OCTOBER)] }, DEFAULT_PLAN, { lang: 'ja' });
    const cliHistory = appendSnapshot([], engineSnapshot(october, '2026-10-01')).values as CellValue[][];
    const host = new FakeHost({ sheets: [sheet(TRACKER, NOVEMBER), { name: HISTORY_SHEET, values: cliHistory }] });
    const state = await loadWorkbookState(host, DEFAULT_PLAN, 'ja');
    expect(findHistorySheet(state.workbook, state.settings.ownSheets)?.name).toBe(HISTORY_SHEET);
    const { written } = await build(host, '2026-11-24');
    expect(written.history).toMatchObject({ recordedAs: 2, comparedWith: { date: '2026-10-01' } });
    // The sheet is not the add-in's own, so the host writes beside it; the old rows come along.
    const carried = historyValues(host, written.history!.historySheet!.name);
    expect(carried.slice(0, cliHistory.length)).toEqual(cliHistory);
  });
});

describe('consolidating the tracker sheets of the open workbook', () => {
  const DIGITAL = 'デジタル行政戦略課';
  const PR = '広報広聴課';
  const workbook = () => ({
    sheets: [
      sheet(DIGITAL, [row(), row({ 番号: '1-1-1-1', 事業名: '職員による課題解決アプリの本格導入', 取組: null, 施策: '(1)' })]),
      // The same measure and year as on the first sheet, reported differently.
      sheet(PR, [row({ 担当課: PR, 進捗状況: '完了', 進捗率: 100, 実績値: 100 }), row({ ...SNS })]),
    ],
  });

  async function consolidateNow(host: FakeHost, options: Partial<SummaryOptions> = {}) {
    const state = await loadWorkbookState(host, DEFAULT_PLAN, 'ja');
    const written = await consolidateSheetsAction(host, state, DEFAULT_PLAN, { lang: 'ja', ...options });
    return { state, written, spec: host.written.at(-1)! };
  }

  test('writes the per-sheet report, the conflict with both values and the merged tracker, with the summary, in one write', async () => {
    const host = new FakeHost(workbook());
    const { state, written, spec } = await consolidateNow(host);
    expect(host.callsOf('writeSheets')).toHaveLength(1);

    // The engine's consolidation of the two sheets, each validated alone.
    const alone = (name: string) =>
      validateWorkbook({ sheets: [workbook().sheets.find((s) => s.name === name)!] }, DEFAULT_PLAN, { lang: 'ja' });
    const expected = consolidate([
      { source: DIGITAL, result: alone(DIGITAL) },
      { source: PR, result: alone(PR) },
    ]);
    expect(written.consolidation.conflicts).toEqual(expected.conflicts);
    expect(written.consolidation.conflicts).toHaveLength(1);
    const [conflict] = written.consolidation.conflicts;
    expect(conflict.entries.map((e) => [e.source, e.status, e.progress])).toEqual([
      [DIGITAL, '実施中', 50],
      [PR, '完了', 100],
    ]);

    const sheets = consolidationSheets(expected, 'ja');
    expect(sheets.sources.name).toBe('シート別');
    const conflictSheet = sheetNamed(spec, '競合');
    expect(conflictSheet.values).toEqual(sheets.conflicts.values);
    const conflictRows = conflictSheet.values.filter((r) => r[0] === '1-2-1-1');
    expect(conflictRows.map((r) => [r[3], r[7], r[8]])).toEqual([
      [DIGITAL, '実施中', 50],
      [PR, '完了', 100],
    ]);
    expect(sheetNamed(spec, '統合').values).toEqual(sheets.merged.values);
    expect(sheetNamed(spec, 'シート別').values).toEqual(sheets.sources.values);

    const summaryNames = summaryWorkbookSpec(summarize(expected.merged, DEFAULT_PLAN, { lang: 'ja' }), expected.merged, DEFAULT_PLAN, {
      lang: 'ja',
    }).sheets.map((s) => s.name);
    expect(spec.sheets.map((s) => s.name)).toEqual([summaryNames[0], 'シート別', '競合', ...summaryNames.slice(1), '統合']);
    expect(sheetNamed(spec, summaryNames[0]).values).toEqual(
      summaryWorkbookSpec(summarize(expected.merged, DEFAULT_PLAN, { lang: 'ja' }), expected.merged, DEFAULT_PLAN, { lang: 'ja' }).sheets[0]
        .values,
    );
    expect(consolidateTrackerSheets(state.workbook, state.result, DEFAULT_PLAN, 'ja', state.settings).conflicts).toEqual(
      expected.conflicts,
    );
  });

  test('the written sheets, the merged tracker included, are left out of the next check', async () => {
    const host = new FakeHost(workbook());
    const { state, written } = await consolidateNow(host);
    for (const name of written.sheetNames) expect(host.settings.mappings[name]).toEqual({ excluded: true });
    // 統合 is a valid tracker by design; read as one, every row would be a duplicate.
    expect(validateWorkbook(host.workbook, DEFAULT_PLAN, { lang: 'ja' }).trackers.map((t) => t.name)).toContain('統合');
    const again = await validateAction(host, DEFAULT_PLAN, 'ja');
    expect(again.counts).toEqual(state.result.counts);
    expect(again.issues).toHaveLength(state.result.issues.length);
    expect(again.trackers.map((t) => t.name)).toEqual([DIGITAL, PR]);
  });

  test('records a snapshot of the merged rows when asked', async () => {
    const host = new FakeHost(workbook());
    const state = await loadWorkbookState(host, DEFAULT_PLAN, 'ja');
    const written = await consolidateSheetsAction(host, state, DEFAULT_PLAN, {
      lang: 'ja',
      snapshot: snapshotOf(state, { today: '2026-10-01' }),
    });
    const spec = host.written.at(-1)!;
    expect(spec.sheets.map((s) => s.name).at(-1)).toBe(HISTORY_SHEET);
    expect(written.history!.current).toEqual(engineSnapshot(written.consolidation.merged, '2026-10-01'));
    expect(readHistory(historyValues(host))[0].measures).toHaveLength(written.history!.current.measures.length);
  });
});
