/// <reference types="office-js" />
/**
 * Writes a WorkbookSpec into the open workbook, leaving either the previous or the new summary,
 * never a mixture, and rebuilding the add-in's own sheets in place:
 *
 *  1. read the sheets, the workbook protection and the add-in's record (1 sync); unless told to
 *     replace regardless, compare the add-in's sheets about to be replaced with what it last wrote
 *     there (edited-sheets.ts): a sheet the user edited is reported without writing anything
 *     ('ask'), or left to the user with the new cells under another name ('newSheet');
 *  2. fill new sheets under temporary names, within the request budget (request-budget.ts: about
 *     one sync per 3.5 MB of estimated request, retried as halves when Excel refuses the size);
 *     a failure here removes the temporary sheets and the previous summary is untouched;
 *  3. commit (2 syncs, retried once when the commit fails): with Range.copyFrom (ExcelApi 1.9)
 *     each sheet the add-in made before is cleared and the new cells copied into it, so the
 *     user's formulas that point at it still work (a deleted sheet would turn them into #REF!);
 *     a new sheet is added under its name and filled the same way; charts, merges, widths, freeze
 *     panes and print setup are applied; the temporary sheets go; the record is updated in the same
 *     request. Below 1.9 the old sheet is deleted and the temporary one renamed in its place.
 *
 * Sync bound: 3 (+1 to look up the add-in's markers when it made sheets before) + the fill syncs (≈ estimated request bytes / 3.5 MB, + one per size retry)
 * + the edit check's read syncs (≈ values of the sheets to replace / 4 MB; none with 'replace');
 * +2 when the commit is retried, +2 to remove the temporary sheets after a failure.
 */
import type { WorkbookSpec } from '../../core/sheet-spec';
import type { EditedSheetPolicy, HostCapabilities, ProgressCallback, WriteResult } from '../host';
import { sheetNameKey } from '../../core/sheet-names';
import { specFingerprint, type SheetFingerprint } from '../sheet-fingerprint';
import { findEditedSheets, type EditCandidate } from './edited-sheets';
import { HostError, toHostError } from './host-error';
import { operation, runWithinBudget, type WriteOperation } from './request-budget';
import type { StoredRecord, WorkbookRecordStore } from './settings-store';
import { OWN_SHEET_MARK, planSheetNames, type ExistingSheet, type NamedSheet } from './sheet-names';
import { parseA1Range } from '../../core/a1';
import { rectangularValues, sheetOperations, type SheetOperations } from './sheet-writer';

const WRITE_CONTEXT = { ja: 'シートを書き込み', en: 'write the sheets' };

export interface WriteOptions {
  capabilities: HostCapabilities;
  /** Range.copyFrom (ExcelApi 1.9): rebuild the add-in's sheets in place. */
  copyFrom: boolean;
  budget?: number;
  onProgress?: ProgressCallback;
  /** An add-in sheet the user edited since the last write: 'newSheet' when absent (see host.ts). */
  whenEdited?: EditedSheetPolicy;
}

/** A temporary name no user picks, within Excel's 31 characters. */
function temporaryName(index: number, stamp: string): string {
  return `~PT${stamp}-${index}`;
}

async function removeTemporarySheets(context: Excel.RequestContext, names: string[]): Promise<void> {
  try {
    const found = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    found.forEach((sheet) => sheet.load('name'));
    await context.sync();
    for (const sheet of found) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  } catch {
    // Best effort: the error that brought us here is the one to report.
  }
}

interface Entry {
  named: NamedSheet;
  temporary: string;
  ops: SheetOperations;
}

/** The area the new cells and their styles cover from A1, what copyFrom carries over. */
function cellsArea(entry: Entry): { rows: number; columns: number } {
  const rect = rectangularValues(entry.named.spec);
  let rows = Math.max(1, rect.rows);
  let columns = Math.max(1, rect.columns);
  for (const { range } of entry.named.spec.styles ?? []) {
    const box = parseA1Range(range);
    rows = Math.max(rows, box.row + box.rows);
    columns = Math.max(columns, box.column + box.columns);
  }
  return { rows, columns };
}

/**
 * The commit: one sync to see what is there now (so a retry after a half-done commit redoes only
 * what is left), one request to put every sheet in place and update the record.
 */
async function commit(
  context: Excel.RequestContext,
  entries: Entry[],
  options: WriteOptions,
  record: StoredRecord,
  store: WorkbookRecordStore,
): Promise<void> {
  const fingerprints = new Map(entries.map((entry) => [entry.named.name, specFingerprint(entry.named.spec)]));
  const worksheets = context.workbook.worksheets;
  const probes = entries.map((entry) => {
    const temporary = worksheets.getItemOrNullObject(entry.temporary);
    temporary.load('name');
    const target = worksheets.getItemOrNullObject(entry.named.name);
    target.load('name');
    // Charts only of the add-in's earlier sheets, which exist for sure (no navigation off a null object).
    let charts: Excel.ChartCollection | undefined;
    if (options.copyFrom && entry.named.replaces) {
      charts = worksheets.getItem(entry.named.name).charts;
      charts.load('items/name');
    }
    return { entry, temporary, target, charts };
  });
  await context.sync(); // the state of every temporary and target sheet

  const ops: WriteOperation[] = [];
  for (const { entry, temporary, target, charts } of probes) {
    if (temporary.isNullObject) continue; // done by an earlier attempt
    const name = entry.named.name;
    const hidden = entry.named.spec.hidden;
    const finalSheet = () => worksheets.getItem(name);
    if (options.copyFrom) {
      const area = cellsArea(entry);
      ops.push(
        operation(
          () => {
            let sheet: Excel.Worksheet;
            if (charts) {
              // The add-in's earlier sheet: emptied in place, so formulas pointing at it keep working.
              sheet = worksheets.getItem(name);
              for (const chart of charts.items) chart.delete();
              sheet.freezePanes.unfreeze();
              const whole = sheet.getRange();
              whole.unmerge();
              whole.clear('All');
              if (options.capabilities.dataValidation) whole.dataValidation.clear();
            } else {
              // A new sheet; one an interrupted attempt left half made goes first.
              if (!target.isNullObject) target.delete();
              sheet = worksheets.add(name);
            }
            const source = worksheets.getItem(entry.temporary).getRangeByIndexes(0, 0, area.rows, area.columns);
            sheet.getRangeByIndexes(0, 0, area.rows, area.columns).copyFrom(source, 'All');
          },
          undefined,
          8 + (charts ? charts.items.length : 0),
        ),
      );
      ops.push(...entry.ops.finish);
      ops.push(operation(() => worksheets.getItem(entry.temporary).delete()));
    } else {
      // Below ExcelApi 1.9: the old sheet goes and the filled temporary sheet takes its place.
      ops.push(
        operation(() => {
          const sheet = worksheets.getItem(entry.temporary);
          if (!target.isNullObject) {
            sheet.position = entry.named.replaces?.position ?? 0;
            target.delete();
          }
          sheet.name = name;
        }),
      );
      ops.push(...entry.ops.finish);
    }
    // The marker on every sheet that lacks it: new ones, and (below 1.9) the temporary sheet renamed in.
    if (!entry.named.replaces?.marked || !options.copyFrom) ops.push(operation(() => finalSheet().names.add(OWN_SHEET_MARK, '=TRUE')));
    if (hidden) ops.push(operation(() => (finalSheet().visibility = 'Hidden')));
  }
  const firstVisible = entries.find((entry) => !entry.named.spec.hidden);
  if (firstVisible) ops.push(operation(() => worksheets.getItem(firstVisible.named.name).activate()));
  const written = new Set(entries.map((entry) => entry.named.name));
  const ownSheets = [...record.settings.ownSheets.filter((name) => !written.has(name)), ...written];
  const ownSheetIds = Object.fromEntries(
    Object.entries(record.ownSheetIds).filter(([name]) => ownSheets.includes(name) && !written.has(name)),
  );
  const kept = Object.entries(record.fingerprints).filter(([name]) => ownSheets.includes(name) && !written.has(name));
  const allFingerprints: Record<string, SheetFingerprint> = { ...Object.fromEntries(kept), ...Object.fromEntries(fingerprints) };
  ops.push(
    operation(() =>
      store.queueWrite({ ...record, settings: { ...record.settings, ownSheets }, ownSheetIds, fingerprints: allFingerprints }),
    ),
  );
  for (const op of ops) op.queue();
  await context.sync(); // every sheet in place, the temporary sheets gone, the record updated
}

export async function writeSheetsIn(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  store: WorkbookRecordStore,
  options: WriteOptions,
): Promise<WriteResult> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id,items/position');
  const protection = context.workbook.protection;
  protection.load('protected');
  const readRecord = store.queueRead();
  await context.sync(); // sync 1: existing sheets, workbook protection, the record
  const record = readRecord();
  // The marker of the sheets the record calls the add-in's (one look-up per such sheet, not per cell).
  const recorded = new Set(record.settings.ownSheets.map((name) => name.toLocaleUpperCase('ja-JP')));
  const marks = new Map<string, Excel.NamedItem>();
  const policy = options.whenEdited ?? 'newSheet';
  const fingerprintOf = new Map(Object.entries(record.fingerprints).map(([name, fp]) => [sheetNameKey(name), fp]));
  const sized = new Map<string, EditCandidate>();
  for (const ws of worksheets.items) {
    if (!recorded.has(ws.name.toLocaleUpperCase('ja-JP'))) continue;
    const mark = ws.names.getItemOrNullObject(OWN_SHEET_MARK);
    mark.load('name');
    marks.set(ws.name, mark);
    const fingerprint = fingerprintOf.get(sheetNameKey(ws.name));
    if (policy !== 'replace' && fingerprint) {
      // Its size rides along with the markers, for the edit check below.
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      sized.set(ws.name, { name: ws.name, worksheet: ws, used, fingerprint });
    }
  }
  if (marks.size > 0) await context.sync(); // sync 1b: the markers and used ranges (only when the add-in made sheets before)

  if (protection.protected) {
    throw new HostError(
      'protected-workbook',
      'シートを追加できません: ブックの構成が保護されています。［校閲］→［ブックの保護］で保護を解除してから、もう一度実行してください。',
      'Cannot add sheets: the workbook structure is protected. Unprotect it (Review > Protect Workbook) and try again.',
      'AccessDenied',
    );
  }
  const existing: ExistingSheet[] = worksheets.items.map((ws) => ({
    name: ws.name,
    id: ws.id,
    position: ws.position,
    marked: marks.has(ws.name) ? !marks.get(ws.name)!.isNullObject : false,
  }));
  const stillThere = new Set(existing.map((sheet) => sheet.name));
  const liveRecord: StoredRecord = {
    ...record,
    settings: { ...record.settings, ownSheets: record.settings.ownSheets.filter((name) => stillThere.has(name)) },
  };
  let plan = planSheetNames(spec.sheets, existing, liveRecord);
  // The edit check: the add-in's sheets about to be replaced, as they are now, against what it wrote.
  const candidates = plan.sheets.flatMap((named) =>
    named.replaces && sized.has(named.replaces.name) ? [sized.get(named.replaces.name)!] : [],
  );
  let { edited } = candidates.length > 0 ? await findEditedSheets(context, candidates) : { edited: [] };
  if (edited.length > 0 && policy === 'ask') return { sheetNames: [], renamed: [], skipped: [], needsConfirmation: edited };
  if (edited.length > 0) {
    // 'newSheet': the edited sheets are the user's from now on; the new cells get a free name.
    const userNow = new Set(edited.map((sheet) => sheetNameKey(sheet.name)));
    liveRecord.settings.ownSheets = liveRecord.settings.ownSheets.filter((name) => !userNow.has(sheetNameKey(name)));
    const before = plan;
    plan = planSheetNames(spec.sheets, existing, liveRecord);
    edited = edited.map((sheet) => ({
      ...sheet,
      writtenAs: plan.sheets[before.sheets.findIndex((named) => named.name === sheet.name)]?.name,
    }));
  }
  const stamp = Date.now().toString(36).slice(-6);
  const skipped: string[] = [];
  const entries: Entry[] = plan.sheets.map((named, i) => {
    const temporary = temporaryName(i, stamp);
    // The cells go to the temporary sheet; the finishing touches to the sheet the user keeps (below 1.9, the temporary one renamed).
    const ops = sheetOperations(() => worksheets.getItem(temporary), named.spec, named.name, options.capabilities, skipped);
    const finish = sheetOperations(() => worksheets.getItem(named.name), named.spec, named.name, options.capabilities, []).finish;
    return { named, temporary, ops: { cells: ops.cells, finish } };
  });

  // Step 2: the temporary sheets, filled.
  const fill: WriteOperation[] = [];
  for (const entry of entries) {
    fill.push(operation(() => worksheets.add(entry.temporary), entry.temporary));
    fill.push(...entry.ops.cells);
  }
  const totalSteps = 3;
  try {
    await runWithinBudget(context, fill, options.budget);
  } catch (error) {
    await removeTemporarySheets(
      context,
      entries.map((entry) => entry.temporary),
    );
    throw toHostError(error, WRITE_CONTEXT);
  }
  options.onProgress?.(2, totalSteps);

  // Step 3: the commit, once more if it fails (a half-done commit is finished, not left).
  try {
    try {
      await commit(context, entries, options, liveRecord, store);
    } catch {
      await commit(context, entries, options, liveRecord, store);
    }
  } catch (error) {
    await removeTemporarySheets(
      context,
      entries.map((entry) => entry.temporary),
    );
    throw toHostError(error, WRITE_CONTEXT);
  }
  options.onProgress?.(3, totalSteps);
  const result: WriteResult = { sheetNames: plan.sheets.map((entry) => entry.name), renamed: plan.renamed, skipped };
  return edited.length > 0 ? { ...result, keptEdited: edited } : result;
}
