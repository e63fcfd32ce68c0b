/**
 * A cell's value as the grid shows it: close enough to Excel's display for a reader to recognise
 * the cell (percent, decimals, thousands, dates), without an Excel number-format engine.
 */
import type { CellValue } from '../core/cell';

function decimalsOf(format: string): number {
  const match = /0\.(0+)/.exec(format);
  return match ? match[1].length : 0;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatCell(value: CellValue, numFmt?: string | null): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    // ExcelJS gives dates as UTC midnights; the UTC parts are the date the user typed.
    return `${value.getUTCFullYear()}/${pad(value.getUTCMonth() + 1)}/${pad(value.getUTCDate())}`;
  }
  const format = numFmt ?? '';
  // Quoted text and escaped characters are shown as they are (`0.0"%"` is a number then a % sign,
  // not a percentage); only the rest of the format says how to show the number.
  const literal = [...format.matchAll(/"([^"]*)"|\\(.)/g)].map((m) => m[1] ?? m[2]).join('');
  const core = format.replace(/"[^"]*"|\\./g, '');
  const decimals = decimalsOf(core);
  let text: string;
  if (core.includes('%')) text = `${(value * 100).toFixed(decimals)}%`;
  else if (/#,##0/.test(core)) text = value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  else if (/^0(\.0+)?$/.test(core)) text = value.toFixed(decimals);
  // General: at most 10 significant digits, as Excel shows a narrow column.
  else text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  return text + literal;
}
