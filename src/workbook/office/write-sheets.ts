/// <reference types="office-js" />
/**
 * Writes a WorkbookSpec into the open workbook without leaving half a summary behind: the new
 * sheets are filled under temporary names first; only when that succeeded are the add-in's old
 * sheets deleted and the new ones renamed into place (at the old sheets' positions).
 *
 * Sync bound: 3 (sheets and protection; fill the new sheets; swap them in), plus 2 to remove the
 * temporary sheets when a step fails.
 */
import type { WorkbookSpec } from '../../core/sheet-spec';
import type { HostCapabilities, ProgressCallback, WriteResult } from '../host';
import { HostError, toHostError } from './host-error';
import type { SettingsStore } from './settings-store';
import { planSheetNames, type ExistingSheet } from './sheet-names';
import { queueSheet } from './sheet-writer';

const WRITE_CONTEXT = { ja: 'シートを書き込み', en: 'write the sheets' };

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

export async function writeSheetsIn(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  capabilities: HostCapabilities,
  store: SettingsStore,
  onProgress?: ProgressCallback,
): Promise<WriteResult> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id,items/position');
  const protection = context.workbook.protection;
  protection.load('protected');
  await context.sync(); // sync 1: existing sheets, workbook protection
  onProgress?.(1, 3);

  if (protection.protected) {
    throw new HostError(
      'protected-workbook',
      'シートを追加できません: ブックの構成が保護されています。［校閲］→［ブックの保護］で保護を解除してから、もう一度実行してください。',
      'Cannot add sheets: the workbook structure is protected. Unprotect it (Review > Protect Workbook) and try again.',
      'AccessDenied',
    );
  }
  const existing: ExistingSheet[] = worksheets.items.map((ws) => ({ name: ws.name, id: ws.id, position: ws.position }));
  const record = store.read();
  const plan = planSheetNames(spec.sheets, existing, record);
  const stamp = Date.now().toString(36).slice(-6);
  const temporary = plan.sheets.map((_, i) => temporaryName(i, stamp));
  const skipped: string[] = [];

  const added = plan.sheets.map((entry, i) => {
    const sheet = worksheets.add(temporary[i]);
    queueSheet(sheet, entry.spec, entry.name, capabilities, skipped);
    sheet.load('id');
    return sheet;
  });
  try {
    await context.sync(); // sync 2: the new sheets, filled, under temporary names
  } catch (error) {
    await removeTemporarySheets(context, temporary);
    throw toHostError(error, WRITE_CONTEXT);
  }
  onProgress?.(2, 3);

  plan.sheets.forEach((entry, i) => {
    const sheet = added[i];
    if (entry.replaces) {
      sheet.position = entry.replaces.position;
      worksheets.getItem(entry.replaces.name).delete();
    }
    sheet.name = entry.name;
    if (entry.spec.hidden) sheet.visibility = 'Hidden';
  });
  const firstVisible = plan.sheets.findIndex((entry) => !entry.spec.hidden);
  if (firstVisible >= 0) added[firstVisible].activate();
  try {
    await context.sync(); // sync 3: the old own sheets out, the new ones renamed in place
  } catch (error) {
    await removeTemporarySheets(context, temporary);
    throw toHostError(error, WRITE_CONTEXT);
  }
  onProgress?.(3, 3);

  const written = new Set(plan.sheets.map((entry) => entry.name));
  const stillThere = new Set(existing.map((sheet) => sheet.name));
  await store.update((current) => {
    const ownSheets = [...current.settings.ownSheets.filter((name) => stillThere.has(name) && !written.has(name)), ...written];
    const ownSheetIds: Record<string, string> = {};
    for (const name of ownSheets) if (current.ownSheetIds[name] !== undefined) ownSheetIds[name] = current.ownSheetIds[name];
    plan.sheets.forEach((entry, i) => (ownSheetIds[entry.name] = added[i].id));
    return { ...current, settings: { ...current.settings, ownSheets }, ownSheetIds };
  });
  return { sheetNames: plan.sheets.map((entry) => entry.name), renamed: plan.renamed, skipped };
}
