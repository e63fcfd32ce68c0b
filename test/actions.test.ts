/** The pane's and ribbon's actions over a host: what they read, what they write, what they keep. */
import {
  addTemplateAction,
  buildSummaryAction,
  clearHighlightsAction,
  highlightAction,
  highlightTargets,
  loadWorkbookState,
  normalizeSettings,
  saveMappingAction,
  validateAction,
} from '../src/app/actions';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { summarize, summaryWorkbookSpec } from '../src/summary/index';
import { templateWorkbookSpec } from '../src/summary/template';
import type { Issue } from '../src/validate/types';
import { validateWorkbook } from '../src/validate/validate-workbook';
import type { WorkbookSpec } from '../src/core/sheet-spec';
import { FakeHost, hostError, sampleWorkbook } from './support/fake-host';

const SHEET = '進捗管理表';

function issue(over: Partial<Issue>): Issue {
  return {
    sheet: SHEET,
    cell: 'A1',
    row: 1,
    column: 1,
    field: 'status',
    rule: 'invalid-choice',
    severity: 'error',
    message: '',
    value: null,
    params: {},
    ...over,
  };
}

describe('loading and validating', () => {
  test('loadWorkbookState reads settings and cells and validates with the saved mapping', async () => {
    const host = new FakeHost();
    host.settings.mappings[SHEET] = { columns: { status: null } };
    const progress: [number, number][] = [];
    const state = await loadWorkbookState(host, DEFAULT_PLAN, 'en', (done, total) => progress.push([done, total]));
    const want = validateWorkbook(sampleWorkbook(), DEFAULT_PLAN, { lang: 'en', mappings: host.settings.mappings });
    expect(state.result.counts).toEqual(want.counts);
    expect(state.result.issues.map((i) => `${i.cell} ${i.rule}`)).toEqual(want.issues.map((i) => `${i.cell} ${i.rule}`));
    // Without the mapping the status column is read and its planted mistake is found.
    expect(validateWorkbook(sampleWorkbook(), DEFAULT_PLAN, { lang: 'en' }).counts).not.toEqual(want.counts);
    expect(state.settings).toEqual(host.settings);
    expect(state.workbook.sheets.map((s) => s.name)).toEqual([SHEET]);
    expect(progress).toEqual([[1, 1]]);
  });

  test('validateAction gives the engine result on the current cells', async () => {
    const host = new FakeHost();
    const result = await validateAction(host, DEFAULT_PLAN, 'ja');
    expect(result.counts).toEqual(validateWorkbook(sampleWorkbook(), DEFAULT_PLAN, { lang: 'ja' }).counts);
    expect(result.counts.error).toBeGreaterThan(0);
  });

  test('a read failure reaches the caller with its code', async () => {
    const host = new FakeHost();
    host.failNext('readWorkbook', hostError('ItemNotFound', 'gone'));
    await expect(loadWorkbookState(host, DEFAULT_PLAN, 'ja')).rejects.toMatchObject({ code: 'ItemNotFound', message: 'gone' });
  });

  test('normalizeSettings fills in missing lists without sharing them', () => {
    const saved = { mappings: { a: { excluded: true } } };
    const normal = normalizeSettings(saved as never);
    expect(normal).toEqual({ mappings: { a: { excluded: true } }, ownSheets: [] });
    normal.mappings.b = {};
    expect(saved.mappings).not.toHaveProperty('b');
    expect(normalizeSettings(undefined)).toEqual({ mappings: {}, ownSheets: [] });
  });
});

describe('highlights', () => {
  test('one target per cell, with the worst severity of its issues', () => {
    const targets = highlightTargets([
      issue({ cell: 'I5', severity: 'warning', rule: 'status-progress-conflict' }),
      issue({ cell: 'I5', severity: 'error', rule: 'out-of-range' }),
      issue({ cell: 'E9', severity: 'info', rule: 'unlisted-measure' }),
      issue({ sheet: '方針2', cell: 'I5', severity: 'info', rule: 'unlisted-measure' }),
    ]);
    expect(targets).toEqual([
      { sheet: SHEET, cell: 'I5', severity: 'error' },
      { sheet: SHEET, cell: 'E9', severity: 'info' },
      { sheet: '方針2', cell: 'I5', severity: 'info' },
    ]);
  });

  test('highlightAction clears the earlier marks, then marks the cells; clear removes them', async () => {
    const host = new FakeHost();
    const { result } = await loadWorkbookState(host, DEFAULT_PLAN, 'ja');
    const marked = await highlightAction(host, result.issues);
    expect(marked).toBe(highlightTargets(result.issues).length);
    expect(host.calls.map((c) => c.method).slice(-2)).toEqual(['clearHighlights', 'highlight']);
    expect(host.highlighted).toEqual(highlightTargets(result.issues));
    await clearHighlightsAction(host);
    expect(host.highlighted).toEqual([]);
  });

  test('highlighting no issues only clears', async () => {
    const host = new FakeHost();
    expect(await highlightAction(host, [])).toBe(0);
    expect(host.callsOf('highlight')).toHaveLength(0);
    expect(host.callsOf('clearHighlights')).toHaveLength(1);
  });
});

describe('mapping', () => {
  test("saveMappingAction saves the sheet mapping and keeps the host's own-sheet list", async () => {
    const host = new FakeHost();
    const settings = normalizeSettings(await host.loadSettings());
    // Meanwhile a write recorded an own sheet in the host's settings.
    host.settings.ownSheets = ['集計'];
    const saved = await saveMappingAction(host, settings, SHEET, { columns: { progress: 12 } });
    expect(saved).toEqual({ mappings: { [SHEET]: { columns: { progress: 12 } } }, ownSheets: ['集計'] });
    expect(host.settings).toEqual(saved);
  });

  test('an empty mapping goes back to detection', async () => {
    const host = new FakeHost();
    host.settings.mappings = { [SHEET]: { excluded: true }, other: { headerRow: 2 } };
    const saved = await saveMappingAction(host, host.settings, SHEET, { excluded: undefined, columns: {} });
    expect(saved.mappings).toEqual({ other: { headerRow: 2 } });
    const reset = await saveMappingAction(host, saved, 'other', undefined);
    expect(reset.mappings).toEqual({});
  });

  test('a failed save reaches the caller and changes nothing', async () => {
    const host = new FakeHost();
    host.failNext('saveSettings', hostError('AccessDenied', 'read-only'));
    await expect(saveMappingAction(host, host.settings, SHEET, { excluded: true })).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(host.settings.mappings).toEqual({});
  });
});

describe('writing sheets', () => {
  test('buildSummaryAction writes the summary spec of the engine and leaves those sheets out of later checks', async () => {
    const host = new FakeHost();
    const { result } = await loadWorkbookState(host, DEFAULT_PLAN, 'ja');
    const written = await buildSummaryAction(host, result, DEFAULT_PLAN, { lang: 'ja', fiscalYear: 2024 });
    const spec = summaryWorkbookSpec(summarize(result, DEFAULT_PLAN, { lang: 'ja', fiscalYear: 2024 }), result, DEFAULT_PLAN, {
      lang: 'ja',
    });
    expect(host.callsOf('writeSheets')).toEqual([[spec]]);
    expect(written.sheetNames).toEqual(spec.sheets.map((s) => s.name));
    for (const name of written.sheetNames) expect(host.settings.mappings[name]).toEqual({ excluded: true });
    // Checking again finds the same issues as before: the summary's rows are not read as a tracker.
    const again = await validateAction(host, DEFAULT_PLAN, 'ja');
    expect(again.counts).toEqual(result.counts);
    expect(again.trackers.map((t) => t.name)).toEqual([SHEET]);
  });

  test('a user sheet named like a summary sheet is left alone and reported as renamed', async () => {
    const host = new FakeHost();
    const { result } = await loadWorkbookState(host, DEFAULT_PLAN, 'en');
    const spec: WorkbookSpec = summaryWorkbookSpec(summarize(result, DEFAULT_PLAN, { lang: 'en' }), result, DEFAULT_PLAN, { lang: 'en' });
    const wanted = spec.sheets[0].name;
    host.workbook.sheets.push({ name: wanted, values: [['my own notes']] });
    const written = await buildSummaryAction(host, result, DEFAULT_PLAN, { lang: 'en' });
    expect(written.renamed).toEqual([{ wanted, used: `${wanted} (2)` }]);
    expect(host.workbook.sheets.find((s) => s.name === wanted)!.values).toEqual([['my own notes']]);
    expect(host.settings.mappings[wanted]).toBeUndefined();
  });

  test('addTemplateAction writes the plan template with the trimmed department', async () => {
    const host = new FakeHost();
    const written = await addTemplateAction(host, DEFAULT_PLAN, { lang: 'ja', fiscalYear: 2025, department: '  行政経営課 ' });
    const spec = templateWorkbookSpec(DEFAULT_PLAN, { fiscalYear: 2025, department: '行政経営課', lang: 'ja' });
    expect(host.callsOf('writeSheets')).toEqual([[spec]]);
    expect(written.sheetNames).toEqual(spec.sheets.map((s) => s.name));
  });

  test('a blank department is no department', async () => {
    const host = new FakeHost();
    await addTemplateAction(host, DEFAULT_PLAN, { lang: 'en', department: '   ' });
    expect(host.callsOf('writeSheets')).toEqual([[templateWorkbookSpec(DEFAULT_PLAN, { lang: 'en' })]]);
  });
});
