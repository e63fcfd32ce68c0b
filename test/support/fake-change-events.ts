/**
 * Worksheet.onChanged for the strict Excel fake, kept apart from strict-excel-fake.ts: installs
 * `worksheet.onChanged` on the fake's worksheets and lets a test act as the user (typing, a paste,
 * deleting rows). Modelled on the documentation, strictest reading where it is silent:
 *  - learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onchanged-member:
 *    "Occurs when data changes in a specific worksheet" (ExcelApi 1.7); the handler is registered
 *    by `add` and only takes effect at the next `context.sync()`, like every queued call.
 *  - learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events: handlers are removed with
 *    `remove()` in the same RequestContext, again taking effect at sync.
 *  - learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs: the event carries
 *    `address` (the changed area, no sheet name), `changeType`, `source`, `type`, `worksheetId`.
 *    A paste or fill of many rows is one event whose address covers them all.
 *  - Docs are silent on whether an add-in's own value writes raise onChanged at ExcelApi 1.7
 *    (triggerSource, which tells them apart, is 1.14): stricter choice, they do (source Local).
 *  - Handlers run after the change, asynchronously (never inside the sync that made it).
 */
/// <reference types="office-js" />
import { boxToA1, parseA1Range } from '../../src/core/a1';
import { FakeContext, FakeRange, FakeWorksheet, SheetModel, type FakeOffice, type WorkbookModel } from './strict-excel-fake';

type Handler = (event: Excel.WorksheetChangedEventArgs) => Promise<unknown>;

interface Registry {
  handlers: Map<SheetModel, Set<Handler>>;
  running: Promise<unknown>[];
  fired: { sheet: string; address: string; changeType: string }[];
}

const registries = new WeakMap<WorkbookModel, Registry>();

function registryOf(model: WorkbookModel): Registry {
  let registry = registries.get(model);
  if (!registry) {
    registry = { handlers: new Map(), running: [], fired: [] };
    registries.set(model, registry);
  }
  return registry;
}

function fire(model: WorkbookModel, sheet: SheetModel, address: string, changeType: Excel.DataChangeType | string): void {
  const registry = registryOf(model);
  registry.fired.push({ sheet: sheet.name, address, changeType });
  for (const handler of registry.handlers.get(sheet) ?? []) {
    const event = {
      address,
      changeType,
      source: 'Local',
      type: 'WorksheetChanged',
      worksheetId: sheet.id,
    } as unknown as Excel.WorksheetChangedEventArgs;
    registry.running.push(new Promise((resolve) => setTimeout(resolve, 0)).then(() => handler(event)));
  }
}

let installed = false;

/** Adds `onChanged` to the fake's worksheets and makes the adapter's value writes raise it. */
function install(): void {
  if (installed) return;
  installed = true;
  Object.defineProperty(FakeWorksheet.prototype, 'onChanged', {
    get(this: FakeWorksheet) {
      const context: FakeContext = this.context;
      return {
        add: (handler: Handler) => {
          let sheet: SheetModel | undefined;
          context.enqueue(() => {
            sheet = this.sheetModel();
            const registry = registryOf(context.model);
            const set = registry.handlers.get(sheet) ?? new Set<Handler>();
            set.add(handler);
            registry.handlers.set(sheet, set);
          });
          return {
            context,
            remove: () => context.enqueue(() => sheet && registryOf(context.model).handlers.get(sheet)?.delete(handler)),
          };
        },
      };
    },
  });
  const values = Object.getOwnPropertyDescriptor(FakeRange.prototype, 'values')!;
  Object.defineProperty(FakeRange.prototype, 'values', {
    get: values.get,
    set(this: FakeRange, grid: unknown[][]) {
      values.set!.call(this, grid);
      // Runs after the queued write (and not at all if the batch failed before it).
      this.context.enqueue(() => fire(this.context.model, this.sheet.sheetModel(), boxToA1(this.rangeBox()), 'RangeEdited'));
    },
  });
}

export interface UserActions {
  /** The user types or pastes values at `topLeft` (one event for the whole area). */
  edit(sheet: string, topLeft: string, rows: (string | number | boolean | null)[][]): void;
  /** The user deletes whole rows (1-based, inclusive): the rows below move up. */
  deleteRows(sheet: string, first: number, last: number): void;
  /** Waits until every handler the events started has finished. */
  settle(): Promise<void>;
  /** Every event fired, oldest first. */
  fired(): Registry['fired'];
  /** Handlers registered now, by sheet name. */
  handlerCount(sheet: string): number;
}

export function withChangeEvents(office: FakeOffice): UserActions {
  install();
  const model = office.model;
  return {
    edit(sheetName, topLeft, rows) {
      const sheet = model.requireSheet(sheetName);
      sheet.put(
        topLeft,
        rows.map((row) => row.map((v) => (v === null ? '' : v))),
      );
      const at = parseA1Range(topLeft);
      const columns = Math.max(...rows.map((r) => r.length));
      fire(model, sheet, boxToA1({ row: at.row, column: at.column, rows: rows.length, columns }), 'RangeEdited');
    },
    deleteRows(sheetName, first, last) {
      const sheet = model.requireSheet(sheetName);
      const count = last - first + 1;
      const moved = new Map<number, SheetModel['cells'] extends Map<number, infer C> ? C : never>();
      for (const [key, cell] of sheet.cells) {
        const row = Math.floor(key / 16384);
        const column = key % 16384;
        if (row < first - 1) moved.set(key, cell);
        else if (row > last - 1) moved.set((row - count) * 16384 + column, cell);
      }
      sheet.cells = moved;
      fire(model, sheet, `${first}:${last}`, 'RowDeleted');
    },
    async settle() {
      const registry = registryOf(model);
      while (registry.running.length > 0) await Promise.all(registry.running.splice(0));
    },
    fired: () => registryOf(model).fired,
    handlerCount: (sheetName) => registryOf(model).handlers.get(model.requireSheet(sheetName))?.size ?? 0,
  };
}
