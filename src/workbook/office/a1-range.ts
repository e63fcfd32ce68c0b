/** Office.js wants formats shaped like the range they go on (A1 addresses themselves: src/core/a1.ts). */

/** A rows × columns array filled with one value. */
export function filled<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
}
