/// <reference types="office-js" />
/**
 * The add-in's highlights: one custom conditional format per range of bad cells, recorded (sheet,
 * range, id) in the workbook's settings so clearHighlights deletes exactly those, and nothing a
 * user made. A format whose formula is the adapter's marker formula counts as the adapter's too,
 * so highlights left by an interrupted run are still cleared.
 *
 * Sync bounds: highlight 2 (check sheets and protection; add the formats and read their ids);
 * clearHighlights 3 (sheets and protection; the formats on the recorded ranges; delete).
 */
import type { HighlightTarget } from '../host';
import { HighlightRange, HIGHLIGHT_FILL, HIGHLIGHT_FORMULA, highlightRanges, isHighlightFormula } from './highlight-ranges';
import { protectedSheetError, toHostError } from './host-error';
import type { HighlightRecord, SettingsStore } from './settings-store';

const HIGHLIGHT_CONTEXT = { ja: 'セルを色付け', en: 'highlight the cells' };
const CLEAR_CONTEXT = { ja: '色付けを解除', en: 'clear the highlights' };

/** Loads every sheet's name and protection; returns the protected state by name. */
async function sheetProtection(context: Excel.RequestContext): Promise<Map<string, boolean>> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/protection/protected');
  await context.sync();
  return new Map(worksheets.items.map((ws) => [ws.name, ws.protection.protected]));
}

export async function clearHighlightsIn(context: Excel.RequestContext, store: SettingsStore): Promise<void> {
  const records = store.read().highlights;
  if (records.length === 0) return;
  const sheets = await sheetProtection(context); // sync 1
  const live = records.filter((record) => sheets.has(record.sheet));
  const locked = live.find((record) => sheets.get(record.sheet));
  if (locked) throw protectedSheetError({ ...CLEAR_CONTEXT, sheet: locked.sheet });

  const lookups = live.map((record) => {
    const formats = context.workbook.worksheets.getItem(record.sheet).getRange(record.range).conditionalFormats;
    formats.load('items/id,items/type,items/customOrNullObject/rule/formula');
    return { record, formats };
  });
  await context.sync(); // sync 2: the conditional formats over the recorded ranges

  const ours = new Map<string, Excel.ConditionalFormat>();
  const recordedIds = new Set(live.map((record) => record.id).filter((id): id is string => !!id));
  for (const { formats } of lookups) {
    for (const format of formats.items) {
      const marked = format.type === 'Custom' && !format.customOrNullObject.isNullObject && isHighlightFormula(format.customOrNullObject.rule.formula);
      if (recordedIds.has(format.id) || marked) ours.set(format.id, format);
    }
  }
  for (const format of ours.values()) format.delete();
  if (ours.size > 0) await context.sync(); // sync 3: delete them
  await store.update((record) => ({ ...record, highlights: [] }));
}

export async function highlightIn(context: Excel.RequestContext, targets: readonly HighlightTarget[], store: SettingsStore): Promise<void> {
  const sheets = await sheetProtection(context); // sync 1
  // Cells of a sheet renamed or deleted since validation are skipped, not an error.
  const ranges: HighlightRange[] = highlightRanges(targets).filter((range) => sheets.has(range.sheet));
  if (ranges.length === 0) return;
  const locked = ranges.find((range) => sheets.get(range.sheet));
  if (locked) throw protectedSheetError({ ...HIGHLIGHT_CONTEXT, sheet: locked.sheet });

  // Recorded before the formats exist, so a run cut short can still be cleared by address.
  const pending: HighlightRecord[] = ranges.map((range) => ({ sheet: range.sheet, range: range.range }));
  await store.update((record) => ({ ...record, highlights: [...record.highlights, ...pending] }));

  const added = ranges.map((range) => {
    const format = context.workbook.worksheets.getItem(range.sheet).getRange(range.range).conditionalFormats.add('Custom');
    format.custom.rule.formula = HIGHLIGHT_FORMULA;
    format.custom.format.fill.color = HIGHLIGHT_FILL[range.severity];
    format.load('id');
    return format;
  });
  try {
    await context.sync(); // sync 2: add the formats, read their ids
  } catch (error) {
    throw toHostError(error, HIGHLIGHT_CONTEXT);
  }
  await store.update((record) => {
    const withoutPending = record.highlights.slice(0, record.highlights.length - pending.length);
    return { ...record, highlights: [...withoutPending, ...pending.map((p, i) => ({ ...p, id: added[i].id }))] };
  });
}
