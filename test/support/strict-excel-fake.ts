/**
 * A strict fake of the Excel JavaScript API objects the adapter uses, stricter than
 * office-addin-mock in the ways that matter for batching:
 *  - every `context.sync()` is counted (with the payload each one loaded);
 *  - reading a property that was not loaded and synced throws, like Excel's PropertyNotLoaded;
 *  - writes, method calls and loads are queued and run in order only at sync, so nothing the
 *    adapter does is visible in the model before it syncs;
 *  - a failing operation stops its batch (later queued operations are dropped) and rejects the
 *    sync with an error carrying Excel's code (AccessDenied, ItemNotFound,
 *    InvalidOperationInCellEditMode);
 *  - sheets can be protected, and large sheets are generated on demand rather than stored.
 * Beyond that it models Excel as documented, each behaviour with the page it follows (see the
 * comments marked "Docs:"); where the documentation is silent it says so and is the stricter.
 */
/// <reference types="office-js" />
import { boxToA1, parseA1Range, type Box } from '../../src/core/a1';
import type { DocumentSettings } from '../../src/workbook/office/settings-store';
import type { OfficeEnvironment } from '../../src/workbook/office/office-host';

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

// ---------------------------------------------------------------------------------------------
// The model: what "Excel" holds.

export interface CellModel {
  value: string | number | boolean;
  format: string;
  /** Written with a leading apostrophe: text, even when it looks like a formula. */
  text?: boolean;
}

/** Docs: https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins — Excel on the web refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded). */
export const PAYLOAD_LIMIT_BYTES = 5_000_000; // docs say "5MB"; the stricter reading (10^6) is used

/**
 * The fake's own size of a value in Excel's JSON request or response. Docs are silent on the
 * encoding, so the stricter: every non-ASCII UTF-16 unit escaped as \uXXXX (6 bytes).
 */
export function serialisedBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  const nonAscii = json.replace(/[^\u0080-\uffff]+/g, '').length; // UTF-16 units from 0x80 up, counted natively
  return json.length + 5 * nonAscii;
}

/** The fake's size of one queued action besides its values (object path, ids, property name); docs silent. */
export const ACTION_BYTES = 120;

/**
 * Docs: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member —
 * a formula cell reads back its value, not its formula. The fake computes the formulas tests need:
 * HYPERLINK (its friendly name), a reference to one cell of a sheet (`='Sheet'!C4`), #REF!, an
 * empty text (`=""`, read as `""` like an empty cell); any other formula reads as `{formula}=…` so a test sees it.
 */
function formulaValue(formula: string, workbook: WorkbookModel): CellModel['value'] {
  if (formula === '=""') return '';
  const link = /^=HYPERLINK\(\s*"(?:[^"]|"")*"\s*,\s*"((?:[^"]|"")*)"\s*\)$/i.exec(formula);
  if (link) return link[1].replace(/""/g, '"');
  if (formula.includes('#REF!')) return '#REF!';
  const reference = /^=(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]+)\$?(\d+)$/.exec(formula);
  if (reference) {
    const sheet = workbook.sheet((reference[1] ?? reference[2]).replace(/''/g, "'"));
    if (!sheet) return '#REF!';
    const box = parseA1Range(`${reference[3]}${reference[4]}`);
    const value = readValue(sheet.cell(box.row, box.column), workbook);
    return value === '' ? 0 : value;
  }
  return `{formula}${formula}`;
}

/** A cell's value as Range.values reads it. */
export function readValue(cell: CellModel, workbook: WorkbookModel): CellModel['value'] {
  return !cell.text && typeof cell.value === 'string' && cell.value.startsWith('=') ? formulaValue(cell.value, workbook) : cell.value;
}

/**
 * Docs: https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9 —
 * a sheet name has 1 to 31 characters, none of \ / ? * [ ] :, does not begin or end with an
 * apostrophe, is unique ignoring case, and is not "History" (reserved by Excel).
 */
export function sheetNameProblem(name: string, others: readonly string[]): string | undefined {
  if (name.length === 0 || name.length > 31) return 'a sheet name has 1 to 31 characters';
  if (/[\\/?*[\]:]/.test(name)) return 'a sheet name cannot contain \\ / ? * [ ] :';
  if (name.startsWith("'") || name.endsWith("'")) return 'a sheet name cannot begin or end with an apostrophe';
  if (name.toUpperCase() === 'HISTORY') return 'History is a name Excel reserves';
  // Docs silent on the comparison's locale: Excel compares names case-insensitively; upper-casing is used.
  if (others.some((other) => other.toUpperCase() === name.toUpperCase())) return `a sheet named ${name} already exists`;
  return undefined;
}

export interface ConditionalFormatModel {
  /** Only for tests to tell formats apart: Excel's ConditionalFormat.id is a priority index, not this. */
  key: string;
  box: Box;
  type: string;
  formula?: string;
  /** Property writes on the format, by path (`custom.format.fill.color`). */
  props: Record<string, unknown>;
  /** Made by the "user" in a test, not by the adapter. */
  user?: boolean;
}

export interface ChartSeriesModel {
  name?: string;
  values?: string;
  categories?: string;
  props: Record<string, unknown>;
}

export interface ChartModel {
  type: string;
  source: string;
  seriesBy: string;
  position?: string;
  series: ChartSeriesModel[];
  props: Record<string, unknown>;
}

/** A large sheet: cells computed from their position, used range declared. */
export interface GeneratedCells {
  origin: { row: number; column: number };
  rows: number;
  columns: number;
  cell(row: number, column: number): CellModel;
}

export class SheetModel {
  cells = new Map<number, CellModel>();
  generated?: GeneratedCells;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  protected = false;
  conditionalFormats: ConditionalFormatModel[] = [];
  charts: ChartModel[] = [];
  merges: Box[] = [];
  /** Sheet-scoped defined names and what they refer to. */
  names = new Map<string, string>();
  /** Every queued write on a range or sheet feature, in order: `{ target, path, value }`. */
  writes: { target: string; path: string; value: unknown }[] = [];

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  private static key(row: number, column: number): number {
    return row * 16384 + column;
  }

  cell(row: number, column: number): CellModel {
    const g = this.generated;
    if (g && row >= g.origin.row && row < g.origin.row + g.rows && column >= g.origin.column && column < g.origin.column + g.columns) {
      return g.cell(row - g.origin.row, column - g.origin.column);
    }
    return this.cells.get(SheetModel.key(row, column)) ?? { value: '', format: 'General' };
  }

  setCell(row: number, column: number, patch: Partial<CellModel>): void {
    const current = this.cells.get(SheetModel.key(row, column)) ?? { value: '', format: 'General' };
    this.cells.set(SheetModel.key(row, column), { ...current, ...patch });
  }

  /** Values at A1-style positions, for test set-up: `put('B3', [[1, 2], [3, 4]])`. */
  put(topLeft: string, rows: (string | number | boolean | null)[][], format?: string): this {
    const at = parseA1Range(topLeft);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) this.setCell(at.row + r, at.column + c, format ? { value, format } : { value });
      }),
    );
    return this;
  }

  /** Bounding box of the cells with values (the used range with valuesOnly). */
  usedBox(): Box | null {
    if (this.generated) {
      const g = this.generated;
      return { row: g.origin.row, column: g.origin.column, rows: g.rows, columns: g.columns };
    }
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const [key, cell] of this.cells) {
      if (cell.value === '') continue;
      const row = Math.floor(key / 16384);
      const column = key % 16384;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    if (bottom < 0) return null;
    return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /** The value of a cell by A1 address as Range.values would read it (formulas computed). */
  readAt(address: string, workbook: WorkbookModel): string | number | boolean {
    const box = parseA1Range(address);
    return readValue(this.cell(box.row, box.column), workbook);
  }

  /** The value of a cell by A1 address, as the model holds it now. */
  valueAt(address: string): string | number | boolean {
    const box = parseA1Range(address);
    return this.cell(box.row, box.column).value;
  }

  formatAt(address: string): string {
    const box = parseA1Range(address);
    return this.cell(box.row, box.column).format;
  }

  /** The last value written to a property path on a target (`A1:C1`, `format.font.bold`). */
  lastWrite(target: string, path: string): unknown {
    for (let i = this.writes.length - 1; i >= 0; i--) {
      const w = this.writes[i];
      if (w.target === target && w.path === path) return w.value;
    }
    return undefined;
  }
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  structureProtected = false;
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  /** While true every sync fails as when the user is typing in a cell. */
  cellEditMode = false;
  /**
   * Makes the n-th sync of the next Excel.run batch (1-based) fail half-way through its
   * operations with this code, as a batch does when Excel refuses one operation in it.
   */
  failSync?: { sync: number; code: string };
  /** Docs: https://learn.microsoft.com/javascript/api/excel/excel.settingcollection — workbook settings, one copy in the file for every runtime of the add-in (read and written inside Excel.run). */
  workbookSettings = new Map<string, unknown>();
  /** Docs: https://learn.microsoft.com/javascript/api/office/office.settings — document settings as saved in the file (saveAsync); each runtime holds its own in-memory copy. */
  documentSettings = new Map<string, unknown>();
  /** The workbook counts dates from 1904 (File > Options > Advanced, "Use 1904 date system"). */
  date1904 = false;
  /** Bytes per request and per response Excel accepts (Excel on the web's 5 MB); Infinity for desktop. */
  payloadLimit = PAYLOAD_LIMIT_BYTES;
  /** Highest ExcelApi minor version this Excel has (FakeOffice.apiVersion); APIs newer than it fail with ApiNotFound. */
  apiVersion = 7;
  private nextId = 1;
  private nextFormatId = 1;

  addSheet(name: string): SheetModel {
    const problem = sheetNameProblem(
      name,
      this.sheets.map((s) => s.name),
    );
    if (problem) throw new FakeOfficeError(this.sheet(name) ? 'ItemAlreadyExists' : 'InvalidArgument', problem);
    const sheet = new SheetModel(name, `{sheet-${this.nextId++}}`);
    this.sheets.push(sheet);
    return sheet;
  }

  /**
   * The workbook closed and opened again. Docs: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-id-member —
   * "the id of the worksheet ... will change if the workbook is reopened" (Excel on the web keeps them; the stricter is modelled).
   */
  reopen(): void {
    for (const sheet of this.sheets) (sheet as { id: string }).id = `{sheet-${this.nextId++}}`;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }

  requireSheet(name: string): SheetModel {
    const sheet = this.sheet(name);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: sheet ${name}`);
    return sheet;
  }

  formatKey(): string {
    return `{cf-${this.nextFormatId++}}`;
  }

  /**
   * A conditional format a user made (the adapter must leave it alone), added as Excel adds one:
   * at the top priority. Docs: https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)
   */
  addUserConditionalFormat(sheet: string, address: string, formula: string): ConditionalFormatModel {
    const model: ConditionalFormatModel = {
      key: this.formatKey(),
      box: parseA1Range(address),
      type: 'Custom',
      formula,
      props: {},
      user: true,
    };
    this.requireSheet(sheet).conditionalFormats.unshift(model);
    return model;
  }

  /** The user moves a format to another priority (Conditional Formatting Rules Manager). */
  moveConditionalFormat(sheet: string, model: ConditionalFormatModel, priority: number): void {
    const list = this.requireSheet(sheet).conditionalFormats;
    list.splice(list.indexOf(model), 1);
    list.splice(priority, 0, model);
  }
}

// ---------------------------------------------------------------------------------------------
// The proxies: what the adapter holds.

export interface SyncRecord {
  /** The response: loaded values and number formats, by the fake's size model (serialisedBytes). */
  payloadBytes: number;
  /** The request: queued actions and their values, by the fake's size model. */
  requestBytes: number;
  /** Cells whose values were loaded (their number formats ride along). */
  cells: number;
  operations: number;
}

export class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly syncs: SyncRecord[] = [];
  private queue: (() => void)[] = [];
  private queuedBytes = 0;
  private current: SyncRecord = { payloadBytes: 0, requestBytes: 0, cells: 0, operations: 0 };

  constructor(readonly model: WorkbookModel) {
    this.workbook = new FakeWorkbook(this);
  }

  /** Queues an action; `values` (what the action sends) counts toward the request's size. */
  enqueue(operation: () => void, values?: unknown): void {
    this.queue.push(operation);
    this.queuedBytes += ACTION_BYTES + (values === undefined ? 0 : serialisedBytes(values));
  }

  notePayload(values: unknown, cells: number): void {
    this.current.payloadBytes += serialisedBytes(values);
    this.current.cells += cells;
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    const requestBytes = this.queuedBytes;
    this.queue = [];
    this.queuedBytes = 0;
    this.current = { payloadBytes: 0, requestBytes, cells: 0, operations: operations.length };
    this.syncs.push(this.current);
    await Promise.resolve();
    // Docs: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts — Excel refuses API calls while a cell is being edited (InvalidOperationInCellEditMode).
    if (this.model.cellEditMode) throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    // Docs (resource limits, see PAYLOAD_LIMIT_BYTES): the request is refused as a whole; docs silent on partial runs, so none of it runs.
    if (requestBytes > this.model.payloadLimit)
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${requestBytes} bytes).`,
      );
    const failure = this.model.failSync;
    const failAt = failure && failure.sync === this.syncs.length ? Math.floor(operations.length / 2) : -1;
    operations.forEach((operation, i) => {
      if (i === failAt) {
        this.model.failSync = undefined;
        throw new FakeOfficeError(failure!.code, `simulated failure of operation ${i}`);
      }
      operation(); // the first throw ends the batch
    });
    // Docs silent on what of a refused response was done: the stricter, the actions ran, nothing loaded arrives.
    if (this.current.payloadBytes > this.model.payloadLimit)
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${this.current.payloadBytes} bytes).`,
      );
  }
}

function notLoaded(type: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' of ${type} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Splits `a/b,c` into { a: ['b'], c: [] }. */
function groupPaths(paths: string | string[]): Map<string, string[]> {
  const list = (Array.isArray(paths) ? paths : paths.split(',')).map((p) => p.trim()).filter(Boolean);
  const groups = new Map<string, string[]>();
  for (const path of list) {
    const [head, ...rest] = path.split('/');
    const group = groups.get(head) ?? [];
    if (rest.length) group.push(rest.join('/'));
    groups.set(head, group);
  }
  return groups;
}

/** Base of every proxy: loaded properties only after load + sync; navigation by name. */
abstract class FakeObject<M> {
  protected loaded = new Map<string, unknown>();
  private bound?: M | null;

  constructor(
    readonly context: FakeContext,
    private readonly resolver: () => M | null,
    private readonly typeName: string,
  ) {}

  /** The model behind the proxy, looked up when an operation runs (at sync). */
  protected model(): M {
    const m = this.resolveOrNull();
    if (m === null) throw new FakeOfficeError('ItemNotFound', `${this.typeName}: the requested resource doesn't exist`);
    return m;
  }

  protected resolveOrNull(): M | null {
    if (this.bound === undefined) this.bound = this.resolver();
    return this.bound;
  }

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw notLoaded(this.typeName, property);
    return this.loaded.get(property) as T;
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  /** Queues a write that runs at sync. */
  protected write(operation: (model: M) => void, values?: unknown): void {
    this.context.enqueue(() => operation(this.model()), values);
  }

  load(paths: string | string[]): this {
    this.context.enqueue(() => this.applyLoad(groupPaths(paths)));
    return this;
  }

  applyLoad(groups: Map<string, string[]>): void {
    const m = this.resolveOrNull();
    this.loaded.set('isNullObject', m === null);
    if (m === null) return;
    for (const [name, sub] of groups) {
      const child = this.navigation(name);
      if (child) child.applyLoad(groupPaths(sub));
      else this.loaded.set(name, this.scalar(m, name));
    }
  }

  /** A navigation property's proxy (loaded through `name/...` paths), or undefined for scalars. */
  protected navigation(_name: string): FakeObject<unknown> | undefined {
    return undefined;
  }

  protected abstract scalar(model: M, name: string): unknown;
}

/** Write-only property bags (`format.font`, `pageLayout` …): every set and call is queued and logged. */
function sink(context: FakeContext, log: (path: string, value: unknown) => void, path: string): any {
  return new Proxy(function () {}, {
    get(_target, property) {
      if (typeof property === 'symbol') return undefined;
      return sink(context, log, path ? `${path}.${property}` : property);
    },
    set(_target, property, value) {
      const full = path ? `${path}.${String(property)}` : String(property);
      context.enqueue(() => log(full, value), value);
      return true;
    },
    apply(_target, _this, args) {
      context.enqueue(
        () => log(`${path}()`, args.length === 1 ? args[0] : args),
        args.filter((a) => typeof a !== 'object'),
      );
      return sink(context, log, `${path}(${args.map((a) => (typeof a === 'object' ? '…' : String(a))).join(',')})`);
    },
  });
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  readonly settings: FakeSettingCollection;
  readonly functions: FakeFunctions;

  constructor(context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.protection = new FakeWorkbookProtection(context);
    this.settings = new FakeSettingCollection(context);
    this.functions = new FakeFunctions(context);
  }
}

/** Worksheet functions (only DATE so far), each result a FunctionResult loaded and synced like any proxy. */
class FakeFunctions {
  constructor(private readonly context: FakeContext) {}
  /**
   * Docs: https://learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1) (ExcelApi 1.2) —
   * the serial of a date, "year ... from 1900 or 1904 (depending on the workbook's date system)"; 1904-01-01 is 0 on the 1904 system.
   */
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.context, () => {
      const epoch = this.context.model.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
      return Math.round((Date.UTC(year, month - 1, day) - epoch) / 86_400_000);
    });
  }
}

/** Docs: https://learn.microsoft.com/javascript/api/excel/excel.functionresult — `value` and `error`, available after load and sync. */
class FakeFunctionResult extends FakeObject<{ value: number }> {
  constructor(context: FakeContext, compute: () => number) {
    super(context, () => ({ value: compute() }), 'FunctionResult');
  }
  get value(): number {
    return this.read<number>('value');
  }
  get error(): string | null {
    return this.read<string | null>('error');
  }
  protected scalar(model: { value: number }, name: string): unknown {
    if (name === 'value') return model.value;
    if (name === 'error') return null;
    throw new Error(`FunctionResult.${name} is not modelled`);
  }
}

/** Docs: https://learn.microsoft.com/javascript/api/excel/excel.settingcollection — `add` "sets or adds" a setting; `getItemOrNullObject` a null object when absent. */
export class FakeSettingCollection {
  constructor(private readonly context: FakeContext) {}
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, key);
  }
  add(key: string, value: unknown): FakeSetting {
    // Docs: https://learn.microsoft.com/javascript/api/excel/excel.setting#excel-excel-setting-value-member — the value is stored as JSON, so it comes back as a copy.
    this.context.enqueue(() => this.context.model.workbookSettings.set(key, JSON.stringify(value)), value);
    return new FakeSetting(this.context, key);
  }
}

export class FakeSetting extends FakeObject<{ value: unknown }> {
  constructor(
    context: FakeContext,
    readonly key: string,
  ) {
    super(
      context,
      () => {
        const stored = context.model.workbookSettings.get(key);
        return stored === undefined ? null : { value: JSON.parse(stored as string) };
      },
      'Setting',
    );
  }
  get value(): unknown {
    return this.read('value');
  }
  delete(): void {
    this.context.enqueue(() => this.context.model.workbookSettings.delete(this.key));
  }
  protected scalar(model: { value: unknown }, name: string): unknown {
    if (name === 'value') return model.value;
    throw new Error(`fake: Setting.${name} not modelled`);
  }
}

class FakeWorkbookProtection extends FakeObject<WorkbookModel> {
  constructor(context: FakeContext) {
    super(context, () => context.model, 'WorkbookProtection');
  }
  get protected(): boolean {
    return this.read('protected');
  }
  protected scalar(model: WorkbookModel, name: string): unknown {
    if (name === 'protected') return model.structureProtected;
    throw new Error(`fake: WorkbookProtection.${name} not modelled`);
  }
}

export class FakeWorksheetCollection extends FakeObject<WorkbookModel> {
  constructor(context: FakeContext) {
    super(context, () => context.model, 'WorksheetCollection');
  }

  get items(): FakeWorksheet[] {
    return this.read('items');
  }

  override applyLoad(groups: Map<string, string[]>): void {
    const items = this.context.model.sheets.map((sheet) => new FakeWorksheet(this.context, () => sheet));
    const sub = groups.get('items') ?? [];
    for (const item of items) item.applyLoad(groupPaths(sub));
    this.loaded.set('items', items);
  }

  protected scalar(): unknown {
    throw new Error('fake: WorksheetCollection has only items');
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.requireSheet(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.sheet(name) ?? null);
  }

  add(name: string): FakeWorksheet {
    let created: SheetModel | undefined;
    this.context.enqueue(() => {
      if (this.context.model.structureProtected) throw new FakeOfficeError('AccessDenied', 'The workbook is protected.');
      created = this.context.model.addSheet(name);
    });
    return new FakeWorksheet(this.context, () => {
      if (!created) throw new Error('fake: a sheet was used before the add that creates it ran');
      return created;
    });
  }
}

export class FakeWorksheet extends FakeObject<SheetModel> {
  constructor(context: FakeContext, resolver: () => SheetModel | null) {
    super(context, resolver, 'Worksheet');
  }

  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.write((m) => {
      const problem = sheetNameProblem(
        value,
        this.context.model.sheets.filter((s) => s !== m).map((s) => s.name),
      );
      if (problem)
        throw new FakeOfficeError(
          this.context.model.sheet(value) && this.context.model.sheet(value) !== m ? 'ItemAlreadyExists' : 'InvalidArgument',
          problem,
        );
      m.name = value;
    }, value);
  }
  get id(): string {
    return this.read('id');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(value: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.write((m) => {
      // Docs: https://support.microsoft.com/office/hide-or-show-worksheets-or-workbooks-69f2701a-21f5-4186-87d7-341a8cf53344 — a workbook keeps at least one visible sheet; docs silent on the API's code, InvalidOperation is used.
      const visible = this.context.model.sheets.filter((s) => s.visibility === 'Visible');
      if (value !== 'Visible' && m.visibility === 'Visible' && visible.length === 1)
        throw new FakeOfficeError('InvalidOperation', 'The last visible sheet cannot be hidden.');
      m.visibility = value;
    });
  }
  get position(): number {
    return this.read('position');
  }
  set position(value: number) {
    this.write((m) => {
      const sheets = this.context.model.sheets;
      sheets.splice(sheets.indexOf(m), 1);
      sheets.splice(value, 0, m);
    });
  }
  set tabColor(value: string) {
    this.write((m) => m.writes.push({ target: 'sheet', path: 'tabColor', value }));
  }

  readonly protection = new FakeWorksheetProtection(this.context, () => this.resolveOrNull());

  protected override navigation(name: string): FakeObject<unknown> | undefined {
    return name === 'protection' ? (this.protection as FakeObject<unknown>) : undefined;
  }

  protected scalar(model: SheetModel, name: string): unknown {
    switch (name) {
      case 'name':
        return model.name;
      case 'id':
        return model.id;
      case 'visibility':
        return model.visibility;
      case 'position':
        return this.context.model.sheets.indexOf(model);
      default:
        throw new Error(`fake: Worksheet.${name} not modelled`);
    }
  }

  /** Writes that change the sheet fail on a protected sheet, as in Excel. */
  writeUnprotected(operation: (model: SheetModel) => void, values?: unknown): void {
    this.write((m) => {
      if (m.protected) throw new FakeOfficeError('AccessDenied', `The sheet ${m.name} is protected.`);
      operation(m);
    }, values);
  }

  activate(): void {
    this.write((m) => (this.context.model.activeSheet = m.name));
  }

  delete(): void {
    this.write((m) => {
      const sheets = this.context.model.sheets;
      // Docs: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1) — "the worksheet visibility cannot be set to VeryHidden" for delete to succeed.
      if (m.visibility === 'VeryHidden') throw new FakeOfficeError('InvalidOperation', 'A very hidden sheet cannot be deleted.');
      // Docs (hide-or-show worksheets): the last visible sheet cannot go either; docs silent on the code.
      if (m.visibility === 'Visible' && sheets.filter((s) => s.visibility === 'Visible').length === 1)
        throw new FakeOfficeError('InvalidOperation', 'The last visible sheet cannot be deleted.');
      sheets.splice(sheets.indexOf(m), 1);
      // Docs: https://support.microsoft.com/office/how-to-correct-a-ref-error-822c8e46-a9fb-4ac6-8f0a-2fd7e3b1ce87 — formulas that refer to a deleted sheet become #REF!.
      const quoted = `'${m.name.replace(/'/g, "''")}'!`;
      for (const other of sheets) {
        for (const [key, cell] of other.cells) {
          if (
            typeof cell.value === 'string' &&
            cell.value.startsWith('=') &&
            (cell.value.includes(quoted) || cell.value.includes(`${m.name}!`))
          ) {
            other.cells.set(key, { ...cell, value: cell.value.split(quoted).join('#REF!').split(`${m.name}!`).join('#REF!') });
          }
        }
      }
    });
  }

  /** Docs: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-copy-member(1) (ExcelApi 1.7): a copy with its cells, formats, merges, charts and conditional formats, named like Excel's "Name (2)". */
  copy(): FakeWorksheet {
    let created: SheetModel | undefined;
    this.write((m) => {
      let n = 2;
      const base = m.name.slice(0, 31 - 4);
      while (this.context.model.sheet(`${base} (${n})`)) n++;
      created = this.context.model.addSheet(`${base} (${n})`);
      for (const [k, v] of m.cells) created.cells.set(k, { ...v });
      created.merges = m.merges.map((b) => ({ ...b }));
      created.charts = m.charts.map((c) => ({
        ...c,
        series: c.series.map((x) => ({ ...x, props: { ...x.props } })),
        props: { ...c.props },
      }));
      created.conditionalFormats = m.conditionalFormats.map((cf) => ({
        ...cf,
        key: this.context.model.formatKey(),
        props: { ...cf.props },
      }));
      created.writes = [...m.writes];
      created.names = new Map(m.names);
    });
    return new FakeWorksheet(this.context, () => created ?? null);
  }

  getRange(address?: string): FakeRange {
    if (address === undefined) return this.getRangeWhole();
    return new FakeRange(this.context, this, () => parseA1Range(address));
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.context, this, () => ({ row, column, rows, columns }));
  }

  /** The whole sheet. */
  getRangeWhole(): FakeRange {
    return new FakeRange(this.context, this, () => ({ row: 0, column: 0, rows: 1_048_576, columns: 16_384 }));
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, this, () => this.model().usedBox());
  }

  readonly charts = new FakeChartCollection(this);
  readonly names = new FakeNamedItemCollection(this);
  readonly freezePanes = sink(this.context, (path, value) => this.writeLog('freezePanes', path, value), '');
  readonly pageLayout = sink(this.context, (path, value) => this.writeLog('pageLayout', path, value), '');
  readonly autoFilter = sink(this.context, (path, value) => this.writeLog('autoFilter', path, value), '');

  /** Records a queued feature write (runs at sync, inside the batch). */
  writeLog(target: string, path: string, value: unknown): void {
    const m = this.model();
    if (m.protected) throw new FakeOfficeError('AccessDenied', `The sheet ${m.name} is protected.`);
    m.writes.push({ target, path, value });
  }

  sheetModel(): SheetModel {
    return this.model();
  }
}

/** Docs: https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection (ExcelApi 1.4): a worksheet's names; a name already there cannot be added again. */
class FakeNamedItemCollection {
  constructor(private readonly sheet: FakeWorksheet) {}
  add(name: string, reference: string): void {
    this.sheet.writeUnprotected(
      (m) => {
        if ([...m.names.keys()].some((n) => n.toUpperCase() === name.toUpperCase()))
          throw new FakeOfficeError('ItemAlreadyExists', `The name ${name} already exists.`);
        m.names.set(name, reference);
      },
      [name, reference],
    );
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.sheet.context, () => {
      const m = this.sheet.sheetModel();
      const found = [...m.names.keys()].find((n) => n.toUpperCase() === name.toUpperCase());
      return found === undefined ? null : { name: found };
    });
  }
}

class FakeNamedItem extends FakeObject<{ name: string }> {
  constructor(context: FakeContext, resolver: () => { name: string } | null) {
    super(context, resolver, 'NamedItem');
  }
  get name(): string {
    return this.read('name');
  }
  protected scalar(model: { name: string }, name: string): unknown {
    if (name === 'name') return model.name;
    throw new Error(`fake: NamedItem.${name} not modelled`);
  }
}

class FakeWorksheetProtection extends FakeObject<SheetModel> {
  constructor(context: FakeContext, resolver: () => SheetModel | null) {
    super(context, resolver, 'WorksheetProtection');
  }
  get protected(): boolean {
    return this.read('protected');
  }
  protected scalar(model: SheetModel, name: string): unknown {
    if (name === 'protected') return model.protected;
    throw new Error(`fake: WorksheetProtection.${name} not modelled`);
  }
}

export class FakeRange extends FakeObject<Box> {
  constructor(
    context: FakeContext,
    readonly sheet: FakeWorksheet,
    resolver: () => Box | null,
  ) {
    super(context, resolver, 'Range');
  }

  private address(): string {
    return boxToA1(this.model());
  }

  protected scalar(box: Box, name: string): unknown {
    const sheet = this.sheet.sheetModel();
    switch (name) {
      case 'rowIndex':
        return box.row;
      case 'columnIndex':
        return box.column;
      case 'rowCount':
        return box.rows;
      case 'columnCount':
        return box.columns;
      // Docs (formulas): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member — the formula of each cell, "if a cell has no formula, its value is returned instead".
      case 'values':
      case 'formulas':
      case 'numberFormat': {
        // Plain loops: large reads (hundreds of thousands of cells) are the fake's hot path in the tests.
        const grid: unknown[][] = new Array(box.rows);
        for (let r = 0; r < box.rows; r++) {
          const row: unknown[] = new Array(box.columns);
          for (let c = 0; c < box.columns; c++) {
            const cell = sheet.cell(box.row + r, box.column + c);
            row[c] = name === 'values' ? readValue(cell, this.context.model) : name === 'formulas' ? cell.value : cell.format;
          }
          grid[r] = row;
        }
        this.context.notePayload(grid, name === 'values' ? box.rows * box.columns : 0);
        return grid;
      }
      default:
        throw new Error(`fake: Range.${name} not modelled`);
    }
  }

  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get values(): any[][] {
    return this.read('values');
  }
  get formulas(): any[][] {
    return this.read('formulas');
  }
  get numberFormat(): any[][] {
    return this.read('numberFormat');
  }

  private writeGrid(kind: 'value' | 'format', grid: unknown[][]): void {
    this.sheet.writeUnprotected((sheet) => {
      const box = this.model();
      if (grid.length !== box.rows || grid.some((row) => row.length !== box.columns)) {
        throw new FakeOfficeError(
          'InvalidArgument',
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range ${this.address()}.`,
        );
      }
      grid.forEach((row, r) =>
        row.forEach((v, c) =>
          sheet.setCell(
            box.row + r,
            box.column + c,
            kind === 'value' ? { value: typedInput(v), text: typeof v === 'string' && v.startsWith("'") } : { format: String(v) },
          ),
        ),
      );
    }, grid);
  }

  /** Docs: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-clear-member(1) — clears values, formats and (with "All") merges of the range. */
  clear(_applyTo?: string): void {
    this.sheet.writeUnprotected((sheet) => {
      const box = this.model();
      for (const key of [...sheet.cells.keys()]) {
        const row = Math.floor(key / 16384),
          column = key % 16384;
        if (row >= box.row && row < box.row + box.rows && column >= box.column && column < box.column + box.columns)
          sheet.cells.delete(key);
      }
      sheet.merges = sheet.merges.filter((m) => !intersects(m, box));
      sheet.writes = sheet.writes.filter((w) => !/^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(w.target) || !intersects(parseA1Range(w.target), box));
    });
  }

  set values(grid: any[][]) {
    this.writeGrid('value', grid);
  }
  set numberFormat(grid: any[][]) {
    this.writeGrid('format', grid);
  }

  get format(): any {
    return sink(this.context, (path, value) => this.sheet.writeLog(this.address(), `format.${path}`, value), '');
  }
  get dataValidation(): any {
    return sink(this.context, (path, value) => this.sheet.writeLog(this.address(), `dataValidation.${path}`, value), '');
  }

  merge(across = false): void {
    this.sheet.writeUnprotected((sheet) => {
      if (!across) sheet.merges.push(this.model());
    });
  }

  /** Docs: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-unmerge-member(1) */
  unmerge(): void {
    this.sheet.writeUnprotected((sheet) => {
      const box = this.model();
      sheet.merges = sheet.merges.filter((m) => !intersects(m, box));
    });
  }

  /** Docs: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1) (ExcelApi 1.9): values and formats of the source; docs silent on merges, widths, charts and validation, so (the stricter) not those. */
  copyFrom(source: FakeRange, copyType: string = 'All'): void {
    this.sheet.writeUnprotected((sheet) => {
      if (copyType !== 'All') throw new Error('fake: only copyFrom "All" is modelled');
      const from = source.rangeBox();
      const to = this.model();
      const origin = source.sheet.sheetModel();
      for (let r = 0; r < from.rows; r++) {
        for (let c = 0; c < from.columns; c++) {
          const cell = origin.cell(from.row + r, from.column + c);
          if (cell.value !== '' || cell.format !== 'General') sheet.setCell(to.row + r, to.column + c, { ...cell });
        }
      }
      for (const w of origin.writes)
        if (w.path.startsWith('format.') && w.path !== 'format.columnWidth' && w.path !== 'format.rowHeight') sheet.writes.push({ ...w });
    });
  }

  select(): void {
    this.write(() => (this.context.model.selection = { sheet: this.sheet.sheetModel().name, address: this.address() }));
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(this.context, this.sheet, () => ({ ...this.model(), row: 0, rows: 1_048_576 }));
  }

  getEntireRow(): FakeRange {
    return new FakeRange(this.context, this.sheet, () => ({ ...this.model(), column: 0, columns: 16_384 }));
  }

  /**
   * Docs: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells (ExcelApi 1.9) — the cells
   * of the range that hold formulas, as a RangeAreas; "no error, returns isNullObject = true" when there are none. Text
   * entered with an apostrophe is a constant. Docs are silent on how the cells are cut into areas (the adapter must take any
   * cut): the fake gives each row's runs of formula cells, a run joined with the run of the same columns in the row above.
   * Docs silent on a limit of areas: none is modelled.
   */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this.sheet, () => this.specialCells(cellType, cellValueType));
  }

  /** Docs: as getSpecialCellsOrNullObject, but "throws ItemNotFound if none exist" (excel-add-ins-ranges-special-cells). */
  getSpecialCells(cellType: string, cellValueType?: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this.sheet, () => {
      const areas = this.specialCells(cellType, cellValueType);
      if (!areas) throw new FakeOfficeError('ItemNotFound', 'No cells were found.');
      return areas;
    });
  }

  private specialCells(cellType: string, cellValueType?: string): Box[] | null {
    // Docs: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1) — ExcelApi 1.9; an older Excel has no such API (its code: ApiNotFound).
    if (this.context.model.apiVersion < 9) throw new FakeOfficeError('ApiNotFound', 'getSpecialCells needs ExcelApi 1.9.');
    if (cellType !== 'Formulas' || (cellValueType !== undefined && cellValueType !== 'All'))
      throw new Error(`fake: only getSpecialCells('Formulas') is modelled, not ${cellType} ${cellValueType ?? ''}`);
    const sheet = this.sheet.sheetModel();
    const used = sheet.usedBox();
    const box = this.model();
    if (!used || !intersects(used, box)) return null;
    const top = Math.max(box.row, used.row);
    const bottom = Math.min(box.row + box.rows, used.row + used.rows);
    const left = Math.max(box.column, used.column);
    const right = Math.min(box.column + box.columns, used.column + used.columns);
    const isFormula = (cell: CellModel) => !cell.text && typeof cell.value === 'string' && cell.value.startsWith('=');
    const areas: Box[] = [];
    let open: Box[] = []; // the areas that end on the row above
    for (let r = top; r < bottom; r++) {
      const next: Box[] = [];
      for (let c = left; c < right; c++) {
        if (!isFormula(sheet.cell(r, c))) continue;
        let end = c;
        while (end + 1 < right && isFormula(sheet.cell(r, end + 1))) end++;
        const above = open.find((a) => a.column === c && a.columns === end - c + 1);
        if (above) {
          above.rows++;
          next.push(above);
        } else {
          const area = { row: r, column: c, rows: 1, columns: end - c + 1 };
          areas.push(area);
          next.push(area);
        }
        c = end;
      }
      open = next;
    }
    return areas.length > 0 ? areas : null;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this.sheet, () => {
      const box = this.model();
      const inside = this.sheet
        .sheetModel()
        .merges.filter(
          (m) => m.row >= box.row && m.row < box.row + box.rows && m.column >= box.column && m.column < box.column + box.columns,
        );
      return inside.length ? inside : null;
    });
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this);
  }

  rangeBox(): Box {
    return this.model();
  }
}

class FakeRangeAreas extends FakeObject<Box[]> {
  readonly areas: FakeRangeList;
  constructor(context: FakeContext, sheet: FakeWorksheet, resolver: () => Box[] | null) {
    super(context, resolver, 'RangeAreas');
    this.areas = new FakeRangeList(context, sheet, () => this.resolveOrNull());
  }
  protected override navigation(name: string): FakeObject<unknown> | undefined {
    return name === 'areas' ? (this.areas as FakeObject<unknown>) : undefined;
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  /** Docs: https://learn.microsoft.com/javascript/api/excel/excel.rangeareas — areaCount, the rectangles; cellCount, their cells summed (-1 beyond 2^31-1). */
  protected scalar(boxes: Box[], name: string): unknown {
    if (name === 'areaCount') return boxes.length;
    if (name === 'cellCount') {
      const cells = boxes.reduce((n, b) => n + b.rows * b.columns, 0);
      return cells > 2 ** 31 - 1 ? -1 : cells;
    }
    throw new Error(`fake: RangeAreas.${name} not modelled`);
  }
}

class FakeRangeList extends FakeObject<Box[]> {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
    resolver: () => Box[] | null,
  ) {
    super(context, resolver, 'RangeCollection');
  }
  get items(): FakeRange[] {
    return this.read('items');
  }
  override applyLoad(groups: Map<string, string[]>): void {
    const boxes = this.resolveOrNull() ?? [];
    const items = boxes.map((box) => new FakeRange(this.context, this.sheet, () => box));
    for (const item of items) item.applyLoad(groupPaths(groups.get('items') ?? []));
    this.loaded.set('items', items);
  }
  protected scalar(): unknown {
    throw new Error('fake: RangeCollection has only items');
  }
}

/**
 * A written value as Excel stores it: strings are parsed like typed input. The fake models the
 * part that matters: a leading apostrophe makes the rest text; otherwise a numeric-looking or
 * date-looking string does not stay the string it was (kept as `{coerced}` to make that visible).
 */
function typedInput(value: unknown): CellModel['value'] {
  if (typeof value !== 'string') return value as CellModel['value'];
  if (value.startsWith("'")) return value.slice(1);
  if (value.startsWith('=')) return value;
  if (/^[-+]?\d+([.,/-]\d+)*%?$/.test(value.trim())) return `{coerced}${value}`;
  return value;
}

const intersects = (a: Box, b: Box) =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;

export class FakeConditionalFormatCollection extends FakeObject<ConditionalFormatModel[]> {
  constructor(private readonly range: FakeRange) {
    super(range.context, () => FakeConditionalFormatCollection.list(range), 'ConditionalFormatCollection');
  }
  private static list(range: FakeRange): ConditionalFormatModel[] {
    return range.sheet.sheetModel().conditionalFormats.filter((cf) => intersects(cf.box, range.rangeBox()));
  }
  get items(): FakeConditionalFormat[] {
    return this.read('items');
  }
  override applyLoad(groups: Map<string, string[]>): void {
    const list = this.resolveOrNull() ?? [];
    // Docs silent on how an item of a loaded collection is found again; the stricter: by its index
    // (its id), looked up when each later operation runs, so a delete shifts the formats after it.
    const items = list.map(
      (_, priority) =>
        new FakeConditionalFormat(
          this.range,
          () => FakeConditionalFormatCollection.list(this.range)[priority] ?? null,
          String(priority),
          true,
        ),
    );
    for (const item of items) item.applyLoad(groupPaths(groups.get('items') ?? []));
    this.loaded.set('items', items);
  }
  protected scalar(): unknown {
    throw new Error('fake: ConditionalFormatCollection has only items');
  }
  add(type: string): FakeConditionalFormat {
    let created: ConditionalFormatModel | undefined;
    // Docs: https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1) — "at the first/top priority".
    this.range.sheet.writeUnprotected((sheet) => {
      created = { key: this.context.model.formatKey(), box: this.range.rangeBox(), type, props: {} };
      sheet.conditionalFormats.unshift(created);
    });
    return new FakeConditionalFormat(this.range, () => created ?? null, '0');
  }
  clearAll(): void {
    throw new Error('fake: the adapter must never clear all conditional formats of a range');
  }
}

export class FakeConditionalFormat extends FakeObject<ConditionalFormatModel> {
  constructor(
    private readonly range: FakeRange,
    resolver: () => ConditionalFormatModel | null,
    /** Docs: https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member — "the priority of the conditional format in the current ConditionalFormatCollection", not a lasting identity. */
    private readonly priority: string,
    private readonly byIndex = false,
  ) {
    super(range.context, resolver, 'ConditionalFormat');
    this.liveResolver = resolver;
  }
  private readonly liveResolver: () => ConditionalFormatModel | null;
  protected override resolveOrNull(): ConditionalFormatModel | null {
    return this.byIndex ? this.liveResolver() : super.resolveOrNull();
  }
  get id(): string {
    return this.read('id');
  }
  get type(): string {
    return this.read('type');
  }

  /** `custom.rule.formula` and `custom.format.fill.color` writes land on the model. */
  get custom(): any {
    return sink(
      this.context,
      (path, value) => {
        const m = this.model();
        if (path === 'rule.formula') m.formula = String(value);
        m.props[`custom.${path}`] = value;
      },
      '',
    );
  }

  readonly customOrNullObject = new FakeCustomConditionalFormat(this.context, () => {
    const m = this.resolveOrNull();
    return m && m.type === 'Custom' ? m : null;
  });

  protected override navigation(name: string): FakeObject<unknown> | undefined {
    return name === 'customOrNullObject' ? (this.customOrNullObject as FakeObject<unknown>) : undefined;
  }
  protected scalar(model: ConditionalFormatModel, name: string): unknown {
    if (name === 'id') return this.priority;
    if (name === 'type') return model.type;
    throw new Error(`fake: ConditionalFormat.${name} not modelled`);
  }
  delete(): void {
    this.range.sheet.writeUnprotected((sheet) => {
      const m = this.model();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf !== m);
    });
  }
}

class FakeCustomConditionalFormat extends FakeObject<ConditionalFormatModel> {
  readonly rule: FakeConditionalRule;
  constructor(context: FakeContext, resolver: () => ConditionalFormatModel | null) {
    super(context, resolver, 'CustomConditionalFormat');
    this.rule = new FakeConditionalRule(context, () => this.resolveOrNull());
  }
  protected override navigation(name: string): FakeObject<unknown> | undefined {
    return name === 'rule' ? (this.rule as FakeObject<unknown>) : undefined;
  }
  protected scalar(): unknown {
    throw new Error('fake: CustomConditionalFormat scalars not modelled');
  }
}

class FakeConditionalRule extends FakeObject<ConditionalFormatModel> {
  constructor(context: FakeContext, resolver: () => ConditionalFormatModel | null) {
    super(context, resolver, 'ConditionalFormatRule');
  }
  get formula(): string {
    return this.read('formula');
  }
  protected scalar(model: ConditionalFormatModel, name: string): unknown {
    if (name === 'formula') return model.formula ?? '';
    throw new Error(`fake: ConditionalFormatRule.${name} not modelled`);
  }
}

class FakeChartCollection {
  private loadedItems?: FakeChart[];
  constructor(private readonly sheet: FakeWorksheet) {}
  load(_paths?: string): this {
    this.sheet.context.enqueue(() => (this.loadedItems = this.sheet.sheetModel().charts.map((chart) => new FakeChart(this.sheet, chart))));
    return this;
  }
  get items(): FakeChart[] {
    if (!this.loadedItems) throw notLoaded('ChartCollection', 'items');
    return this.loadedItems;
  }
  add(type: string, source: FakeRange, seriesBy: string): FakeChart {
    const chart: ChartModel = { type, source: '', seriesBy, series: [], props: {} };
    this.sheet.writeUnprotected((sheet) => {
      chart.source = boxToA1(source.rangeBox());
      chart.series.push({ props: {} }); // Excel makes the first series from the source range
      sheet.charts.push(chart);
    });
    return new FakeChart(this.sheet, chart);
  }
}

class FakeChart {
  constructor(
    private readonly sheet: FakeWorksheet,
    private readonly chart: ChartModel,
  ) {}
  private prop(path: string): any {
    return sink(this.sheet.context, (p, value) => (this.chart.props[p ? `${path}.${p}` : path] = value), '');
  }
  set name(value: string) {
    this.sheet.context.enqueue(() => (this.chart.props.name = value));
  }
  set width(value: number) {
    this.sheet.context.enqueue(() => (this.chart.props.width = value));
  }
  set height(value: number) {
    this.sheet.context.enqueue(() => (this.chart.props.height = value));
  }
  get title(): any {
    return this.prop('title');
  }
  get legend(): any {
    return this.prop('legend');
  }
  get dataLabels(): any {
    return this.prop('dataLabels');
  }
  get axes(): any {
    return this.prop('axes');
  }
  setPosition(cell: string): void {
    this.sheet.context.enqueue(() => (this.chart.position = cell));
  }
  delete(): void {
    this.sheet.writeUnprotected((sheet) => (sheet.charts = sheet.charts.filter((c) => c !== this.chart)));
  }
  get series() {
    const context = this.sheet.context;
    const chart = this.chart;
    return {
      getItemAt: (index: number) => new FakeChartSeries(context, () => chart.series[index]),
      add: (name: string) => {
        const model: ChartSeriesModel = { name, props: {} };
        context.enqueue(() => chart.series.push(model));
        return new FakeChartSeries(context, () => model);
      },
    };
  }
}

class FakeChartSeries {
  constructor(
    private readonly context: FakeContext,
    private readonly resolve: () => ChartSeriesModel | undefined,
  ) {}
  private model(): ChartSeriesModel {
    const m = this.resolve();
    if (!m) throw new FakeOfficeError('ItemNotFound', 'chart series');
    return m;
  }
  set name(value: string) {
    this.context.enqueue(() => (this.model().name = value));
  }
  setValues(range: FakeRange): void {
    this.context.enqueue(() => (this.model().values = rangeAddress(range)));
  }
  setXAxisValues(range: FakeRange): void {
    this.context.enqueue(() => (this.model().categories = rangeAddress(range)));
  }
  get format(): any {
    return sink(this.context, (path, value) => (this.model().props[`format.${path}`] = value), '');
  }
  get points(): any {
    return sink(this.context, (path, value) => (this.model().props[`points.${path}`] = value), '');
  }
}

function rangeAddress(range: FakeRange): string {
  return boxToA1(range.rangeBox());
}

// ---------------------------------------------------------------------------------------------
// Office.context stand-ins.

/**
 * Office.context.document.settings of one runtime. Docs: https://learn.microsoft.com/javascript/api/office/office.settings —
 * "an in-memory copy" loaded when the add-in starts; saveAsync persists the whole copy (the last
 * runtime to save wins); refreshAsync reads what another runtime saved.
 */
export class FakeSettings implements DocumentSettings {
  /** What is in memory (set) and what was persisted with the document (saveAsync). */
  readonly current: Map<string, unknown>;
  readonly persisted: Map<string, unknown>;
  saves = 0;
  failNextSave = false;

  constructor(persisted = new Map<string, unknown>()) {
    this.persisted = persisted;
    this.current = new Map(persisted);
  }

  refreshAsync(callback?: (result: { status: unknown }) => void): void {
    setTimeout(() => {
      this.current.clear();
      for (const [k, v] of this.persisted) this.current.set(k, v);
      callback?.({ status: 'succeeded' });
    }, 0);
  }

  get(name: string): unknown {
    return this.current.has(name) ? this.current.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.current.set(name, value);
  }
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void {
    setTimeout(() => {
      this.saves++;
      if (this.failNextSave) {
        this.failNextSave = false;
        callback?.({ status: 'failed', error: { message: 'The document is read-only' } });
        return;
      }
      this.persisted.clear();
      for (const [k, v] of this.current) this.persisted.set(k, v);
      callback?.({ status: 'succeeded' });
    }, 0);
  }
}

export interface FakeOffice {
  model: WorkbookModel;
  settings: FakeSettings;
  environment: OfficeEnvironment;
  /** Every Excel.run batch's context, oldest first. */
  contexts: FakeContext[];
  /** Syncs of the last Excel.run batch. */
  lastSyncs(): SyncRecord[];
  /** Highest ExcelApi minor version supported (7 = Office 2019). */
  apiVersion: number;
  /**
   * Another runtime on the same workbook (the ribbon's function file beside the pane): the same
   * workbook, its own in-memory copy of the document settings, loaded now.
   */
  runtime(): { environment: OfficeEnvironment; settings: FakeSettings };
}

/** An Excel of the given ExcelApi version (1.7 by default, like Office 2019). */
export function createFakeOffice(apiVersion = 7): FakeOffice {
  const model = new WorkbookModel();
  const contexts: FakeContext[] = [];
  const runtime = () => {
    const settings = new FakeSettings(model.documentSettings);
    const environment: OfficeEnvironment = {
      run: async (batch) => {
        const context = new FakeContext(model);
        contexts.push(context);
        return batch(context as unknown as Excel.RequestContext);
      },
      settings,
      isSetSupported: (name, version) => name === 'ExcelApi' && Number(version.split('.')[1] ?? 0) <= office.apiVersion,
    };
    return { environment, settings };
  };
  const first = runtime();
  model.apiVersion = apiVersion;
  const office: FakeOffice = {
    model,
    settings: first.settings,
    contexts,
    get apiVersion() {
      return model.apiVersion;
    },
    set apiVersion(version: number) {
      model.apiVersion = version;
    },
    lastSyncs: () => contexts[contexts.length - 1]?.syncs ?? [],
    environment: first.environment,
    runtime,
  };
  return office;
}
