/// <reference types="office-js" />
/**
 * The add-in's highlights: one custom conditional format per range of bad cells, each with the
 * adapter's marker formula, and the ranges recorded in the workbook's settings. Clearing finds
 * the formats by what they are (the marker formula, on a sheet it recorded), never by id:
 * ConditionalFormat.id is the format's priority index in its collection
 * (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member),
 * which moves whenever the user adds or reorders a format.
 *
 * Sync bounds: highlight 2 (the record, sheets and protection; the record and the new formats);
 * clearHighlights 3 (the record, sheets and protection; every format of the recorded sheets;
 * delete ours and update the record), 1 when nothing is recorded.
 */
import type { HighlightTarget } from '../host';
import { HighlightRange, HIGHLIGHT_FILL, HIGHLIGHT_FORMULA, highlightRanges, isHighlightFormula } from './highlight-ranges';
import { protectedSheetError, toHostError } from './host-error';
import type { StoredRecord, WorkbookRecordStore } from './settings-store';

const HIGHLIGHT_CONTEXT = { ja: 'セルを色付け', en: 'highlight the cells' };
const CLEAR_CONTEXT = { ja: '色付けを解除', en: 'clear the highlights' };

/** Loads the record and every sheet's name and protection in one sync. */
async function recordAndSheets(
  context: Excel.RequestContext,
  store: WorkbookRecordStore,
): Promise<{ record: StoredRecord; sheets: Map<string, boolean> }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/protection/protected');
  const record = store.queueRead();
  await context.sync();
  return { record: record(), sheets: new Map(worksheets.items.map((ws) => [ws.name, ws.protection.protected])) };
}

export async function clearHighlightsIn(context: Excel.RequestContext, store: WorkbookRecordStore): Promise<void> {
  const { record, sheets } = await recordAndSheets(context, store); // sync 1
  if (record.highlights.length === 0) return;
  const recordedSheets = [...new Set(record.highlights.map((h) => h.sheet))].filter((name) => sheets.has(name));
  const locked = recordedSheets.find((name) => sheets.get(name));
  if (locked) throw protectedSheetError({ ...CLEAR_CONTEXT, sheet: locked });

  // The whole sheet's collection: its indices are the sheet's priorities, so deleting from the
  // highest index down leaves the indices still to delete unchanged within the one batch.
  const collections = recordedSheets.map((name) => {
    const formats = context.workbook.worksheets.getItem(name).getRange().conditionalFormats;
    formats.load('items/type,items/customOrNullObject/rule/formula');
    return formats;
  });
  await context.sync(); // sync 2: every conditional format of the recorded sheets

  for (const formats of collections) {
    const ours = formats.items.filter(
      (f) => f.type === 'Custom' && !f.customOrNullObject.isNullObject && isHighlightFormula(f.customOrNullObject.rule.formula),
    );
    for (const format of ours.reverse()) format.delete();
  }
  store.queueWrite({ ...record, highlights: [] });
  await context.sync(); // sync 3: delete ours, forget the ranges
}

export async function highlightIn(
  context: Excel.RequestContext,
  targets: readonly HighlightTarget[],
  store: WorkbookRecordStore,
): Promise<void> {
  const { record, sheets } = await recordAndSheets(context, store); // sync 1
  // Cells of a sheet renamed or deleted since validation are skipped, not an error.
  const ranges: HighlightRange[] = highlightRanges(targets).filter((range) => sheets.has(range.sheet));
  if (ranges.length === 0) return;
  const locked = ranges.find((range) => sheets.get(range.sheet));
  if (locked) throw protectedSheetError({ ...HIGHLIGHT_CONTEXT, sheet: locked.sheet });

  // Queued before the formats, so a batch Excel stops half-way still leaves them recorded.
  store.queueWrite({
    ...record,
    highlights: [...record.highlights, ...ranges.map((range) => ({ sheet: range.sheet, range: range.range }))],
  });
  for (const range of ranges) {
    const format = context.workbook.worksheets.getItem(range.sheet).getRange(range.range).conditionalFormats.add('Custom');
    format.custom.rule.formula = HIGHLIGHT_FORMULA;
    format.custom.format.fill.color = HIGHLIGHT_FILL[range.severity];
  }
  try {
    await context.sync(); // sync 2: the record and the formats
  } catch (error) {
    throw toHostError(error, HIGHLIGHT_CONTEXT);
  }
}
