/**
 * A view of one sheet: an ARIA grid whose rows are virtualised (a 20,000-row sheet
 * renders only the rows in view), with the host's selection (scrolled to, whoever made it) and
 * the add-in's highlights. One Tab stop; the arrow keys, Page Up/Down, Home/End move the
 * selected cell, announced through aria-activedescendant. A sheet of the opened file can be
 * edited like Excel's cells (double-click, Enter or F2, or start typing; Enter keeps, Escape
 * drops), which drives the pane's live check through the host's change events.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { a1, columnLetters } from '../core/a1';
import type { Severity } from '../validate/types';
import type { BrowserSheet, BrowserWorkbookHost, SheetSelection } from '../workbook/browser/browser-host';
import { formatCell } from './format-cell';
import { cellStyle, gridModel, positionKey, ROW_HEADER_WIDTH, ROW_HEIGHT, visibleRows, type GridModel } from './grid-model';

export const HIGHLIGHT_FILL: Record<Severity, string> = { error: '#FDE7E9', warning: '#FFF4CE', info: '#DEECF9' };
const HIGHLIGHT_EDGE: Record<Severity, string> = { error: '#C50F1F', warning: '#8A5300', info: '#0F6CBD' };

interface SheetGridProps {
  host: BrowserWorkbookHost;
  sheet: BrowserSheet;
  selection: SheetSelection | undefined;
  highlights: ReadonlyMap<string, Severity> | undefined;
  /** Words read out after a highlighted cell's value, by severity. */
  severityLabels: Record<Severity, string>;
  label: string;
  /** Text of the corner header (the row numbers' column), read by screen readers only. */
  rowHeaderLabel: string;
  id: string;
  labelledBy?: string;
  /** Label of the in-cell editor, read by screen readers (e.g. 「H5 を編集」). */
  editLabel?: (cell: string) => string;
}

interface Editing {
  row: number;
  column: number;
  text: string;
}

export function SheetGrid({
  host,
  sheet,
  selection,
  highlights,
  severityLabels,
  label,
  rowHeaderLabel,
  id,
  labelledBy,
  editLabel,
}: SheetGridProps) {
  const model = useMemo(() => gridModel(sheet), [sheet]);
  const editable = sheet.origin === 'file';
  const [editing, setEditing] = useState<Editing | null>(null);

  const startEditing = (row: number, column: number, text?: string) => {
    if (!editable) return;
    host.select(sheet.name, { row, column });
    setEditing({ row, column, text: text ?? editText(sheet.data.values[row]?.[column] ?? null) });
  };
  const commit = (move: boolean) => {
    if (!editing) return;
    const { row, column, text } = editing;
    setEditing(null);
    if (text !== editText(sheet.data.values[row]?.[column] ?? null)) host.editCell(sheet.name, { row, column }, text);
    if (move) host.select(sheet.name, { row: Math.min(row + 1, Math.max(0, model.rowCount - 1)), column });
    scroller.current?.focus();
  };
  const scroller = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 600 });

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setViewport({ top: element.scrollTop, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Every new selection (a click in the pane's issue list included) brings its cell into view.
  useEffect(() => {
    if (selection && scroller.current)
      scrollIntoView(scroller.current, model, selection.row, Math.min(selection.column, model.columnCount - 1));
  }, [selection, model]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return; // the editor handles its own keys
    if (editable && selection && (event.key === 'Enter' || event.key === 'F2')) {
      event.preventDefault();
      startEditing(selection.row, selection.column);
      return;
    }
    if (editable && selection && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing on a selected cell replaces its value, as in Excel.
      event.preventDefault();
      startEditing(selection.row, selection.column, event.key);
      return;
    }
    const target = keyTarget(event, model, selection, Math.max(1, Math.floor(viewport.height / ROW_HEIGHT) - 1));
    if (!target) return;
    event.preventDefault();
    host.select(sheet.name, target);
  };

  const { first, last } = visibleRows(model, viewport.top, viewport.height);
  const rows: number[] = [];
  for (let r = first; r <= last; r++) rows.push(r);
  // The selected row stays rendered when scrolled away: aria-activedescendant must point at it.
  if (selection && selection.row < model.rowCount && (selection.row < first || selection.row > last)) rows.push(selection.row);

  const activeId =
    selection && isRendered(model, selection.row, selection.column) ? cellId(id, selection.row, selection.column) : undefined;
  const columns = Array.from({ length: model.columnCount }, (_, c) => c);

  return (
    <div
      ref={scroller}
      id={id}
      className="grid"
      role="grid"
      aria-label={labelledBy ? undefined : label}
      aria-labelledby={labelledBy}
      aria-readonly={editable ? undefined : 'true'}
      aria-rowcount={model.rowCount + 1}
      aria-colcount={model.columnCount + 1}
      aria-activedescendant={activeId}
      data-sheet={sheet.name}
      data-selected-cell={selection ? a1(selection.row + 1, selection.column + 1) : undefined}
      data-rendered-rows={rows.length}
      data-highlight-count={highlights?.size ?? 0}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(e) => setViewport({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
    >
      <div role="rowgroup" className="grid-head" style={{ width: model.totalWidth }}>
        <div role="row" aria-rowindex={1} className="grid-row grid-head-row">
          <div role="columnheader" aria-colindex={1} className="grid-corner" style={{ width: ROW_HEADER_WIDTH }}>
            <span className="visually-hidden">{rowHeaderLabel}</span>
          </div>
          {columns.map((c) => (
            <div key={c} role="columnheader" aria-colindex={c + 2} className="grid-col-head" style={{ width: model.widths[c] }}>
              {columnLetters(c + 1)}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="grid-body" style={{ height: model.rowCount * ROW_HEIGHT, width: model.totalWidth }}>
        {rows.map((r) => (
          <div key={r} role="row" aria-rowindex={r + 2} className="grid-row" style={{ top: r * ROW_HEIGHT }}>
            <div role="rowheader" aria-colindex={1} className="grid-row-head" style={{ width: ROW_HEADER_WIDTH }}>
              {r + 1}
            </div>
            {columns.map((c) => {
              const key = positionKey(r, c);
              const master = model.masters.get(key);
              // A cell inside a merge on the master's row is drawn by the master (wider).
              if (model.covered.has(key) && isCoveredInRow(model, r, c)) return null;
              const span = master ? Math.min(master.colSpan, model.columnCount - c) : 1;
              const address = a1(r + 1, c + 1);
              const severity = highlights?.get(address);
              const selected = selection?.row === r && selection.column === c;
              const text = model.covered.has(key) ? '' : formatCell(sheet.data.values[r]?.[c] ?? null, sheet.data.formats?.[r]?.[c]);
              return (
                <div
                  key={c}
                  id={cellId(id, r, c)}
                  role="gridcell"
                  aria-colindex={c + 2}
                  aria-colspan={span > 1 ? span : undefined}
                  aria-selected={selected}
                  data-cell={address}
                  data-highlight={severity}
                  className={selected ? 'grid-cell selected' : 'grid-cell'}
                  style={cellCss(model, r, c, span, severity)}
                  onClick={() => host.select(sheet.name, { row: r, column: c })}
                  onDoubleClick={() => startEditing(r, c)}
                >
                  {editing && editing.row === r && editing.column === c ? (
                    <input
                      className="grid-editor"
                      autoFocus
                      aria-label={editLabel ? editLabel(address) : address}
                      value={editing.text}
                      data-testid="cell-editor"
                      onChange={(e) => setEditing({ ...editing, text: e.currentTarget.value })}
                      onKeyDown={(e) => {
                        e.stopPropagation();
                        // An IME's Enter confirms the conversion, not the cell.
                        if (e.nativeEvent.isComposing) return;
                        if (e.key === 'Enter') {
                          e.preventDefault();
                          commit(true);
                        } else if (e.key === 'Escape') {
                          e.preventDefault();
                          setEditing(null);
                          scroller.current?.focus();
                        }
                      }}
                      onBlur={() => commit(false)}
                    />
                  ) : (
                    text
                  )}
                  {severity && <span className="visually-hidden">（{severityLabels[severity]}）</span>}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}

/** The text an editor starts from: what the cell holds, as typed (a date as YYYY-MM-DD). */
function editText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

function cellId(gridId: string, row: number, column: number): string {
  return `${gridId}-r${row}-c${column}`;
}

/** True when the cell is covered by a merge whose master is on the same row (so it is not drawn). */
function isCoveredInRow(model: GridModel, row: number, column: number): boolean {
  for (let c = column - 1; c >= 0; c--) {
    const master = model.masters.get(positionKey(row, c));
    if (master) return c + master.colSpan > column;
  }
  return false;
}

function isRendered(model: GridModel, row: number, column: number): boolean {
  return (
    row < model.rowCount &&
    column < model.columnCount &&
    !(model.covered.has(positionKey(row, column)) && isCoveredInRow(model, row, column))
  );
}

function cellCss(model: GridModel, row: number, column: number, span: number, severity: Severity | undefined): CSSProperties {
  let width = 0;
  for (let c = column; c < column + span; c++) width += model.widths[c];
  const css: CSSProperties = { width };
  const style = cellStyle(model, row, column);
  if (style) {
    if (style.bold) css.fontWeight = 600;
    if (style.italic) css.fontStyle = 'italic';
    if (style.fontColor) css.color = style.fontColor;
    if (style.fill) css.backgroundColor = style.fill;
    if (style.align) css.justifyContent = style.align === 'left' ? 'flex-start' : style.align === 'right' ? 'flex-end' : 'center';
    if (style.fontSize && style.fontSize > 12) css.fontSize = Math.min(style.fontSize, 16);
  }
  if (severity) {
    css.backgroundColor = HIGHLIGHT_FILL[severity];
    css.boxShadow = `inset 3px 0 0 ${HIGHLIGHT_EDGE[severity]}`;
  }
  return css;
}

/** Scrolls so the cell is in view: a far jump centres it, a step at the edge moves by a row. */
function scrollIntoView(element: HTMLElement, model: GridModel, row: number, column: number): void {
  const top = row * ROW_HEIGHT;
  const bodyHeight = element.clientHeight - ROW_HEIGHT;
  if (top < element.scrollTop || top + ROW_HEIGHT > element.scrollTop + bodyHeight) {
    const near = top >= element.scrollTop - ROW_HEIGHT && top <= element.scrollTop + bodyHeight;
    element.scrollTop = near ? (top < element.scrollTop ? top : top + ROW_HEIGHT - bodyHeight) : top - bodyHeight / 2;
  }
  if (column < 0) return;
  const left = model.offsets[column] - ROW_HEADER_WIDTH;
  const right = left + model.widths[column];
  const bodyWidth = element.clientWidth - ROW_HEADER_WIDTH;
  if (left < element.scrollLeft) element.scrollLeft = left;
  else if (right > element.scrollLeft + bodyWidth) element.scrollLeft = right - bodyWidth;
}

/** Where a key moves the selection, or null when the key is not the grid's. */
function keyTarget(
  event: KeyboardEvent,
  model: GridModel,
  selection: SheetSelection | undefined,
  pageRows: number,
): { row: number; column: number } | null {
  if (model.rowCount === 0 || model.columnCount === 0) return null;
  const row = selection?.row ?? 0;
  const column = selection?.column ?? 0;
  const lastRow = model.rowCount - 1;
  const lastColumn = model.columnCount - 1;
  const clamp = (r: number, c: number) => ({ row: Math.max(0, Math.min(lastRow, r)), column: Math.max(0, Math.min(lastColumn, c)) });
  if (!selection && ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(event.key)) return clamp(0, 0);
  switch (event.key) {
    case 'ArrowUp':
      return clamp(row - 1, column);
    case 'ArrowDown':
      return clamp(row + 1, column);
    case 'ArrowLeft':
      return clamp(row, column - 1);
    case 'ArrowRight':
      return clamp(row, column + 1);
    case 'PageUp':
      return clamp(row - pageRows, column);
    case 'PageDown':
      return clamp(row + pageRows, column);
    case 'Home':
      return event.ctrlKey ? clamp(0, 0) : clamp(row, 0);
    case 'End':
      return event.ctrlKey ? clamp(lastRow, lastColumn) : clamp(row, lastColumn);
    default:
      return null;
  }
}
