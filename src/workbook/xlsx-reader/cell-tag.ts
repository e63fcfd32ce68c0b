/**
 * A cell tag's `r`, `s` and `t` (ECMA-376 Part 1, 18.3.1.4 c) read straight from the sheet's text:
 * the reference and the style as numbers, with no string cut out per cell. A sheet has one such
 * tag per cell, so this is the reader's hottest path; values with an entity take the general way.
 */
import { decodeEntities, hasEntity, nameAt, type XmlScanner } from './xml-scan';

export interface CellTag {
  /** False when the tag has no `r` (the cell follows the previous one). */
  hasRef: boolean;
  /** 1-based row and column of `r`; NaN when `r` is malformed. */
  row: number;
  column: number;
  /** The cellXfs index (`s`, 0 when absent); NaN when malformed. */
  style: number;
  /** `t`: undefined for a number. */
  type: string | undefined;
}

export const newCellTag = (): CellTag => ({ hasRef: false, row: NaN, column: NaN, style: 0, type: undefined });

/** 1-based column and row of an A1 reference in `text` from `start` to `end` (`$` allowed); NaN parts when malformed. */
export function parseRefAt(text: string, start: number, end: number, into: { row: number; column: number }): void {
  let column = 0;
  let i = start;
  if (text.charCodeAt(i) === 0x24 /* $ */) i++;
  for (; i < end; i++) {
    const c = text.charCodeAt(i) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    column = column * 26 + (c - 0x60);
  }
  into.column = column || NaN;
  if (text.charCodeAt(i) === 0x24) i++;
  if (i >= end) {
    into.row = NaN;
    return;
  }
  let row = 0;
  for (; i < end; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) {
      into.row = NaN;
      return;
    }
    row = row * 10 + d;
  }
  into.row = row;
}

/** A run of decimal digits from `start` to `end` as a number; NaN when empty or anything else. */
export function digitsAt(text: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return NaN;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** The number a value's text from `start` to `end` spells, as `Number()` reads it; digits are read in place. */
export function numberAt(text: string, start: number, end: number): number {
  const digits = digitsAt(text, start, end);
  return Number.isNaN(digits) ? Number(text.slice(start, end)) : digits;
}

/**
 * Reads the current tag's `r`, `s` and `t` into `into`. Attribute names are matched by local name
 * (`x:r` is `r`), never a namespace declaration (`xmlns:r`), as `XmlScanner.attrs` matches them.
 */
export function readCellTag(sc: XmlScanner, into: CellTag): CellTag {
  into.hasRef = false;
  into.row = NaN;
  into.column = NaN;
  into.style = 0;
  into.type = undefined;
  const text = sc.text;
  sc.firstAttribute();
  while (sc.nextAttribute()) {
    const { nameStart, nameEnd } = sc;
    // A one-letter local name: alone, or after a prefix's colon (not a namespace declaration's).
    const oneLetter = nameEnd - nameStart === 1 || (text.charCodeAt(nameEnd - 2) === 0x3a && !text.startsWith('xmlns:', nameStart));
    if (!oneLetter) continue;
    const key = text.charCodeAt(nameEnd - 1);
    if (key === 0x72 /* r */ || key === 0x73 /* s */ || key === 0x74 /* t */) readValue(text, key, sc.valueStart, sc.valueEnd, into);
  }
  return into;
}

function readValue(text: string, key: number, start: number, end: number, into: CellTag): void {
  const plain = !hasEntity(text, start, end);
  if (key === 0x72) {
    into.hasRef = true;
    if (plain) parseRefAt(text, start, end, into);
    else {
      const ref = decodeEntities(text.slice(start, end));
      parseRefAt(ref, 0, ref.length, into);
    }
  } else if (key === 0x73) {
    into.style = plain ? numberAt(text, start, end) : Number(decodeEntities(text.slice(start, end)));
  } else {
    into.type = plain ? nameAt(text, start, end) : decodeEntities(text.slice(start, end));
  }
}
