/**
 * An in-memory WorkbookHost for pane and action tests: the sample tracker (or any sheets) as
 * WorkbookData, every call recorded, settings kept in memory, and writeSheets renaming around a
 * user's sheet the way the real hosts must. `failNext` makes the next call of a method throw, as
 * the Office.js adapter does (an Error with a `code`).
 */
import { DEFAULT_PLAN } from '../../src/plan/default-plan';
import { parsePlanFile } from '../../src/plan/plan-file';
import type { Plan } from '../../src/plan/types';
import { sampleCellValue, sampleTracker, type SampleOptions, type SampleSheet } from '../../src/sample/sample-tracker';
import type { SheetSpec, WorkbookSpec } from '../../src/core/sheet-spec';
import { machinePlanSheet } from './machine-plan-sheet';
import type { CellValue, SheetData, WorkbookData } from '../../src/core/cell';
import type {
  AddinSettings,
  CellRef,
  HighlightTarget,
  HostCapabilities,
  ProgressCallback,
  WorkbookHost,
  WriteResult,
} from '../../src/workbook/host';

type Method =
  'readWorkbook' | 'selectCell' | 'highlight' | 'clearHighlights' | 'writeSheets' | 'loadSettings' | 'saveSettings' | 'capabilities';

export interface HostError extends Error {
  code: string;
}

export function hostError(code: string, message: string): HostError {
  return Object.assign(new Error(message), { code });
}

/** A sample sheet as the engine reads it: cell values, and number formats where the sample gives one. */
export function sheetDataFromSample(sample: SampleSheet): SheetData {
  const values = sample.rows.map((row) => row.map((v) => sampleCellValue(v)));
  const formats = sample.rows.map((row) =>
    row.map((v) => (v !== null && typeof v === 'object' && !(v instanceof Date) ? (v.numFmt ?? null) : null)),
  );
  return { name: sample.name, values, formats };
}

export function sampleWorkbook(plan: Plan = DEFAULT_PLAN, options: SampleOptions = {}): WorkbookData {
  return { sheets: [sheetDataFromSample(sampleTracker(plan, options))] };
}

/**
 * Another city's plan, for a workbook that keeps its own plan sheet: other names under the same
 * codes as the default plan, and a later period, so a tracker of it checked against the default
 * plan is wrong in both ways. Its attitudes are the default plan's, since the sample generator
 * fills the 取組姿勢 column with those whatever the plan.
 */
export const OTHER_PLAN: Plan = parsePlanFile(
  JSON.stringify({
    name: '別市 行政改革プラン',
    period: { startYear: 2030, endYear: 2034 },
    attitudes: DEFAULT_PLAN.attitudes,
    policies: [
      {
        title: '窓口を変える',
        areas: [
          {
            title: '書かない窓口',
            initiatives: [{ title: '申請をデジタルにします', measures: ['オンライン申請の拡大', '窓口予約の導入'] }],
          },
        ],
      },
    ],
  }),
);

/** The values of the hidden plan sheet (the machine copy) templates wrote before the visible plan sheet. */
export function planSheetValues(plan: Plan = OTHER_PLAN): CellValue[][] {
  return machinePlanSheet(plan, 'ja').values as CellValue[][];
}

/** A clean tracker of the other plan (no planted mistakes) in a workbook that keeps that plan. */
export function otherPlanWorkbook(): WorkbookData {
  const tracker = sheetDataFromSample(sampleTracker(OTHER_PLAN, { mistakes: false, fiscalYears: [2030, 2031] }));
  return { sheets: [tracker], planSheet: planSheetValues(OTHER_PLAN) };
}

export const FULL_CAPABILITIES: HostCapabilities = {
  dataValidation: true,
  pageLayout: true,
  settings: true,
  charts: true,
  mergedAreas: true,
};

export class FakeHost implements WorkbookHost {
  readonly kind = 'browser' as const;
  workbook: WorkbookData;
  settings: AddinSettings = { mappings: {}, ownSheets: [] };
  caps: HostCapabilities;
  /** Highlighted cells as the host shows them now. */
  highlighted: HighlightTarget[] = [];
  selected: CellRef[] = [];
  written: WorkbookSpec[] = [];
  calls: { method: Method; args: unknown[] }[] = [];
  /** Features reported as skipped by writeSheets (a host below ExcelApi 1.9 would say print setup). */
  skippedFeatures: string[] = [];
  private failures = new Map<Method, Error>();
  private gates = new Map<Method, Promise<void>>();

  constructor(workbook: WorkbookData = sampleWorkbook(), caps: HostCapabilities = FULL_CAPABILITIES) {
    this.workbook = workbook;
    this.caps = caps;
  }

  /** The next call of `method` throws `error`. */
  failNext(method: Method, error: Error): void {
    this.failures.set(method, error);
  }

  /** Calls of `method` wait until the returned function is called (to see a progress indicator). */
  hold(method: Method): () => void {
    let release!: () => void;
    this.gates.set(method, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.gates.delete(method);
      release();
    };
  }

  callsOf(method: Method): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private async enter(method: Method, ...args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    await this.gates.get(method);
    const failure = this.failures.get(method);
    if (failure) {
      this.failures.delete(method);
      throw failure;
    }
  }

  async capabilities(): Promise<HostCapabilities> {
    await this.enter('capabilities');
    return { ...this.caps };
  }

  async readWorkbook(onProgress?: ProgressCallback): Promise<WorkbookData> {
    await this.enter('readWorkbook');
    const total = this.workbook.sheets.length;
    this.workbook.sheets.forEach((_, i) => onProgress?.(i + 1, total));
    // A copy, as a real read is: the caller must not see later edits through it.
    return structuredCloneWorkbook(this.workbook);
  }

  async selectCell(ref: CellRef): Promise<void> {
    await this.enter('selectCell', ref);
    this.selected.push(ref);
  }

  async highlight(targets: HighlightTarget[]): Promise<void> {
    await this.enter('highlight', targets);
    this.highlighted.push(...targets);
  }

  async clearHighlights(): Promise<void> {
    await this.enter('clearHighlights');
    this.highlighted = [];
  }

  async writeSheets(spec: WorkbookSpec, onProgress?: ProgressCallback): Promise<WriteResult> {
    await this.enter('writeSheets', spec);
    this.written.push(spec);
    const result: WriteResult = { sheetNames: [], renamed: [], skipped: [...this.skippedFeatures] };
    spec.sheets.forEach((sheet, i) => {
      const name = this.freeName(sheet.name);
      if (name !== sheet.name) result.renamed.push({ wanted: sheet.name, used: name });
      this.putSheet(name, sheet);
      result.sheetNames.push(name);
      onProgress?.(i + 1, spec.sheets.length);
    });
    return result;
  }

  async loadSettings(): Promise<AddinSettings> {
    await this.enter('loadSettings');
    return JSON.parse(JSON.stringify(this.settings)) as AddinSettings;
  }

  async saveSettings(settings: AddinSettings): Promise<void> {
    await this.enter('saveSettings', settings);
    this.settings = JSON.parse(JSON.stringify(settings)) as AddinSettings;
  }

  /** The wanted name when it is free or the add-in's own; else the first of `name (2)`, `name (3)`, … that is (as the Office host does). */
  private freeName(wanted: string): string {
    const taken = (n: string) => this.workbook.sheets.some((s) => s.name === n) && !this.settings.ownSheets.includes(n);
    if (!taken(wanted)) return wanted;
    for (let k = 2; ; k++) {
      const candidate = `${wanted} (${k})`;
      if (!taken(candidate)) return candidate;
    }
  }

  private putSheet(name: string, spec: SheetSpec): void {
    const data: SheetData = { name, values: spec.values.map((row) => [...row]) };
    const at = this.workbook.sheets.findIndex((s) => s.name === name);
    if (at >= 0) this.workbook.sheets[at] = data;
    else this.workbook.sheets.push(data);
    if (!this.settings.ownSheets.includes(name)) this.settings.ownSheets.push(name);
  }
}

function structuredCloneWorkbook(workbook: WorkbookData): WorkbookData {
  const sheets = workbook.sheets.map((s) => ({
    ...s,
    values: s.values.map((row) => [...row]),
    formats: s.formats?.map((row) => [...row]),
  }));
  return workbook.planSheet ? { sheets, planSheet: workbook.planSheet.map((row) => [...row]) } : { sheets };
}
