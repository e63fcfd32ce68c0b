/** The ribbon commands: the issue-list sheet as a spec, and validate / build summary on the strict fake. */
import { issueListSpec, ISSUE_SHEET_NAME } from '../src/commands/issue-list';
import { commandLang, registerCommands, runCommand, type CommandEnvironment } from '../src/commands/ribbon-actions';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleCellValue, sampleTracker, type SampleSheet } from '../src/sample/sample-tracker';
import { validateWorkbook } from '../src/validate/validate-workbook';
import { HostError } from '../src/workbook/office/host-error';
import { createOfficeHost } from '../src/workbook/office/office-host';
import { createFakeOffice, type FakeOffice, type SheetModel } from './support/strict-excel-fake';
import { OTHER_PLAN, planSheetValues, sheetDataFromSample } from './support/fake-host';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Puts a sample tracker into the fake the way Excel holds it: dates as serials with a date format. */
function putSample(office: FakeOffice, sample: SampleSheet): SheetModel {
  const sheet = office.model.addSheet(sample.name);
  sample.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const value = sampleCellValue(cell);
      if (value === null || value === '') return;
      const numFmt = cell !== null && typeof cell === 'object' && !(cell instanceof Date) ? cell.numFmt : undefined;
      if (value instanceof Date) sheet.setCell(r, c, { value: (value.getTime() - EXCEL_EPOCH) / 86_400_000, format: 'yyyy/m/d' });
      else sheet.setCell(r, c, { value, format: numFmt ?? 'General' });
    }),
  );
  return sheet;
}

function environment(office: FakeOffice, lang: 'ja' | 'en' = 'ja'): CommandEnvironment {
  return {
    createHost: () => createOfficeHost({ environment: office.environment }),
    plan: DEFAULT_PLAN,
    lang,
    now: () => new Date(2025, 5, 1, 10, 30),
    editRetry: { attempts: 3, delayMs: 5, reportAttempts: 4 },
  };
}

const event = () => ({ completed: jest.fn() });

/** Excel refuses the next `syncs` syncs as in cell-edit mode (each sync asks once), then edits end. */
function editingFor(office: FakeOffice, syncs: number): void {
  let refused = 0;
  Object.defineProperty(office.model, 'cellEditMode', { get: () => refused++ < syncs, configurable: true });
}

describe('issueListSpec', () => {
  const sample = sampleTracker(DEFAULT_PLAN);
  const result = validateWorkbook({ sheets: [sheetDataFromSample(sample)] }, DEFAULT_PLAN, { lang: 'ja' });

  test('one row per issue under the header row, errors first, each cell a link to the issue cell', () => {
    expect(result.issues.length).toBeGreaterThan(3);
    const [sheet] = issueListSpec(result, { lang: 'ja', generatedAt: '2025-06-01 10:30' }).sheets;
    expect(sheet.name).toBe('検証結果');
    expect(sheet.values[0][0]).toContain('2025-06-01 10:30');
    expect(sheet.values[1][0]).toBe(`エラー ${result.counts.error} 件 / 警告 ${result.counts.warning} 件 / 情報 ${result.counts.info} 件`);
    expect(sheet.values[2]).toEqual(['シート', 'セル', '重要度', 'ルール', 'メッセージ']);
    const rows = sheet.values.slice(3);
    expect(rows).toHaveLength(result.issues.length);
    const severities = rows.map((row) => row[2]);
    expect(severities.indexOf('警告') === -1 || severities.lastIndexOf('エラー') < severities.indexOf('警告')).toBe(true);
    for (const issue of result.issues) {
      expect(rows).toContainEqual([issue.sheet, issue.cell, expect.any(String), issue.rule, issue.message]);
    }
    expect(sheet.links).toHaveLength(rows.length);
    sheet.links!.forEach((link, i) => {
      expect(link.cell).toBe(`B${4 + i}`);
      expect([link.sheet, link.target, link.text]).toEqual([rows[i][0], rows[i][1], rows[i][1]]);
    });
    expect(sheet.freeze).toEqual({ rows: 3, columns: 0 });
    expect(sheet.autoFilter).toBe(`A3:E${3 + rows.length}`);
  });

  test('English headers, and a line saying so when nothing is wrong', () => {
    const clean = { ...result, issues: [], counts: { error: 0, warning: 0, info: 0 } };
    const [sheet] = issueListSpec(clean, { lang: 'en' }).sheets;
    expect(sheet.name).toBe(ISSUE_SHEET_NAME.en);
    expect(sheet.values[2]).toEqual(['Sheet', 'Cell', 'Severity', 'Rule', 'Message']);
    expect(sheet.values[3]).toEqual(['No issues found.']);
    expect(sheet.links).toEqual([]);
  });
});

describe('ribbon commands on the strict fake', () => {
  test('validate highlights the bad cells and writes the issue list with HYPERLINKs; the event completes', async () => {
    const office = createFakeOffice();
    const sample = sampleTracker(DEFAULT_PLAN);
    const tracker = putSample(office, sample);
    const before = new Map(tracker.cells);
    const done = event();

    const outcome = await runCommand('validate', done, environment(office));

    expect(done.completed).toHaveBeenCalledTimes(1);
    if (outcome instanceof Error) throw outcome;
    expect(outcome.result.issues.length).toBeGreaterThan(3);
    const list = office.model.sheet('検証結果')!;
    const first = outcome.result.issues.find((i) => i.severity === 'error')!;
    expect(list.valueAt('A3')).toBe('シート');
    expect(String(list.valueAt('B4'))).toMatch(/^=HYPERLINK\("#'.+'!\w+\d+","\w+\d+"\)$/);
    expect(list.valueAt(`A${3 + outcome.result.issues.length}`)).toBe(sample.name);
    expect(String(list.valueAt('B4'))).toContain(`'${first.sheet}'!`);
    expect(tracker.conditionalFormats.length).toBeGreaterThan(0);
    expect(outcome.highlighted).toBe(new Set(outcome.result.issues.map((i) => i.cell)).size);
    expect(tracker.cells).toEqual(before); // the tracker's values and formats are untouched

    // Again: the list is replaced (no 検証結果 (2)) and the highlights are not stacked.
    const formats = tracker.conditionalFormats.length;
    await runCommand('validate', event(), environment(office));
    expect(office.model.sheets.map((s) => s.name)).toEqual([sample.name, '検証結果']);
    expect(tracker.conditionalFormats).toHaveLength(formats);
  });

  test('build summary writes the summary sheets with charts; validating afterwards finds no new issues in them', async () => {
    const office = createFakeOffice();
    const sample = sampleTracker(DEFAULT_PLAN);
    putSample(office, sample);
    const first = await runCommand('validate', event(), environment(office));
    const done = event();
    const summary = await runCommand('buildSummary', done, environment(office));
    expect(done.completed).toHaveBeenCalledTimes(1);
    if (summary instanceof Error || first instanceof Error) throw summary;
    expect(summary.written.sheetNames.length).toBeGreaterThan(0);
    expect(summary.written.renamed).toEqual([]);
    // Like a build from the pane, it records today's snapshot with the changes and the trend.
    expect(summary.written.sheetNames).toEqual(expect.arrayContaining(['前回からの変化', '進捗の推移', '進捗履歴']));
    expect(office.model.sheet('進捗履歴')!.valueAt('A2')).toBe(1);
    const charts = summary.written.sheetNames.flatMap((name) => office.model.sheet(name)!.charts);
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) for (const series of chart.series) expect(series.values).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
    // Plan codes such as 1-2 must stay text, not become dates.
    for (const name of summary.written.sheetNames) {
      for (const cell of office.model.sheet(name)!.cells.values()) expect(String(cell.value)).not.toContain('{coerced}');
    }

    const again = await runCommand('validate', event(), environment(office));
    if (again instanceof Error) throw again;
    expect(again.result.issues).toHaveLength(first.result.issues.length);
  });

  test('a failure still completes the event; the reason goes on the issue-list sheet when it can', async () => {
    const office = createFakeOffice();
    putSample(office, sampleTracker(DEFAULT_PLAN));
    office.model.cellEditMode = true;
    const done = event();
    const outcome = await runCommand('buildSummary', done, environment(office));
    expect(done.completed).toHaveBeenCalledTimes(1);
    expect(outcome).toBeInstanceOf(HostError);
    expect((outcome as HostError).code).toBe('cell-edit-mode');
    expect(office.model.sheets).toHaveLength(1);
  });

  test('a click while a cell is edited is tried again; the command runs once the user finishes', async () => {
    const office = createFakeOffice();
    putSample(office, sampleTracker(DEFAULT_PLAN));
    editingFor(office, 2); // the user presses Enter after two refused calls
    const outcome = await runCommand('validate', event(), environment(office));
    expect(outcome).not.toBeInstanceOf(Error);
    expect(office.model.sheet('検証結果')).toBeDefined();
  });

  test('still editing after the retries: the failure is written to the list once editing ends, not lost', async () => {
    const office = createFakeOffice();
    putSample(office, sampleTracker(DEFAULT_PLAN));
    editingFor(office, 5); // longer than the command's 3 tries, shorter than the note's 4
    const outcome = await runCommand('buildSummary', event(), environment(office));
    expect((outcome as HostError).code).toBe('cell-edit-mode');
    const list = office.model.sheet('検証結果')!;
    expect([...list.cells.values()].some((c) => String(c.value).includes('Esc'))).toBe(true);
  });

  test('a protected tracker sheet: no highlights, and the list says why', async () => {
    const office = createFakeOffice();
    const tracker = putSample(office, sampleTracker(DEFAULT_PLAN));
    tracker.protected = true;
    const outcome = await runCommand('validate', event(), environment(office));
    if (outcome instanceof Error) throw outcome;
    expect(outcome.highlighted).toBeUndefined();
    expect(tracker.conditionalFormats).toHaveLength(0);
    expect(String(office.model.sheet('検証結果')!.valueAt('A2'))).toContain('保護');
  });

  test('validate and build summary use the hidden plan sheet of the workbook; a bad one is named on the list', async () => {
    const office = createFakeOffice();
    putSample(office, sampleTracker(OTHER_PLAN, { mistakes: false, fiscalYears: [2030, 2031] }));
    const plan = office.model.addSheet('プラン').put('A1', planSheetValues(OTHER_PLAN) as (string | number | null)[][]);
    plan.visibility = 'Hidden';

    const validated = await runCommand('validate', event(), environment(office));
    if (validated instanceof Error) throw validated;
    expect(validated.result.counts.error).toBe(0);
    expect(office.model.sheet('検証結果')!.valueAt('A2')).toBe('エラー 0 件 / 警告 0 件 / 情報 0 件');

    const built = await runCommand('buildSummary', event(), environment(office));
    if (built instanceof Error) throw built;
    expect(built.result.counts.error).toBe(0);
    const handout = office.model.sheet(built.written.sheetNames[0])!;
    expect(handout.valueAt('A2')).toContain(OTHER_PLAN.name);

    // The plan sheet damaged: the default plan is used, and the issue list says why.
    plan.put('A2', [['{"name": "x", "period": {"startYear": 2023, "endYear": 2027}, "policies": []}']]);
    const fallback = await runCommand('validate', event(), environment(office));
    if (fallback instanceof Error) throw fallback;
    expect(fallback.result.counts.error).toBeGreaterThan(0);
    expect(office.model.sheet('検証結果')!.valueAt('A2')).toContain(
      'ブック内のプランシートを読めないため、既定のプランでチェックしました（policies: expected at least 1 item(s)）',
    );
  });

  test('registerCommands associates the manifest FunctionName values; the language follows Office', () => {
    const names: string[] = [];
    registerCommands((name) => names.push(name), environment(createFakeOffice()));
    expect(names.sort()).toEqual(['buildSummary', 'validate']);
    expect(commandLang('ja-JP')).toBe('ja');
    expect(commandLang('en-US')).toBe('en');
  });

  test('the commands.html entry registers both commands once Office is ready', () => {
    const associated = new Map<string, unknown>();
    const office = {
      onReady: (callback: () => void) => callback(),
      context: { displayLanguage: 'ja-JP' },
      actions: { associate: (name: string, f: unknown) => associated.set(name, f) },
    };
    (globalThis as Record<string, unknown>).Office = office;
    try {
      jest.isolateModules(() => {
        require('../src/commands/commands');
      });
      expect([...associated.keys()].sort()).toEqual(['buildSummary', 'validate']);
      expect(typeof (globalThis as Record<string, unknown>).validate).toBe('function');
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
      delete (globalThis as Record<string, unknown>).validate;
      delete (globalThis as Record<string, unknown>).buildSummary;
    }
  });
});
