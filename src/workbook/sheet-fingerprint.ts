/**
 * A small fingerprint of what the add-in wrote into one of its sheets, kept in its record, so a
 * later rebuild can tell whether the user has typed into the sheet since: a hash of the values as
 * a read gives them back, in at most MAX_BANDS bands of rows (so the first changed rows can be
 * named). Only values count: a colour or a column width the user changed is no edit of content.
 */
import type { CellValue } from '../core/cell';
import { parseA1Range } from '../core/a1';
import type { SheetSpec } from '../core/sheet-spec';

/** Bands per sheet: about 300 bytes in the record whatever the sheet's size. */
export const MAX_BANDS = 32;

export interface SheetFingerprint {
  /** Rows (from row 1) each band covers. */
  rowsPerBand: number;
  /** One FNV-1a hash per band, hex; a band past the last filled row is not listed. */
  bands: string[];
}

/** The first rows (1-based, inclusive) whose values differ from what the add-in wrote. */
export interface ChangedRows {
  first: number;
  last: number;
}

const FNV_OFFSET = 0x811c9dc5;

function fnv(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A cell's value as compared: numbers to Excel's 15 significant digits, line ends as Excel keeps
 * them (LF), empty as nothing. Null for a cell that does not count.
 */
function cellKey(value: CellValue | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return `n${Number(value.toPrecision(15))}`;
  if (typeof value === 'boolean') return value ? 'T' : 'F';
  if (value instanceof Date) return `d${value.getTime()}`;
  return `s${value.replace(/\r\n?/g, '\n')}`;
}

/** Hashes the filled cells of a grid whose top-left cell is at `origin` (zero-based). */
class BandHasher {
  private readonly bands: number[] = [];

  constructor(readonly rowsPerBand: number) {}

  addRows(values: readonly (readonly CellValue[])[], origin: { row: number; column: number }): void {
    values.forEach((cells, r) => {
      const row = origin.row + r;
      cells.forEach((value, c) => {
        const key = cellKey(value);
        if (key === null) return;
        const band = Math.floor(row / this.rowsPerBand);
        while (this.bands.length <= band) this.bands.push(FNV_OFFSET);
        this.bands[band] = fnv(this.bands[band], `${row},${origin.column + c}:${key}\u0001`);
      });
    });
  }

  finish(): SheetFingerprint {
    return { rowsPerBand: this.rowsPerBand, bands: this.bands.map((h) => h.toString(16).padStart(8, '0')) };
  }
}

/**
 * What a read of the sheet gives back for the cells the spec writes (from A1): text as text (the
 * apostrophe that keeps it text is not part of the value), a link as its friendly text.
 */
export function writtenValues(spec: Pick<SheetSpec, 'values' | 'links'>): CellValue[][] {
  const rows = spec.values.map((row) => [...row] as CellValue[]);
  for (const link of spec.links ?? []) {
    const at = parseA1Range(link.cell);
    while (rows.length <= at.row) rows.push([]);
    const row = rows[at.row];
    while (row.length <= at.column) row.push(null);
    row[at.column] = link.text;
  }
  return rows;
}

/** The fingerprint of what the spec writes. */
export function specFingerprint(spec: Pick<SheetSpec, 'values' | 'links'>): SheetFingerprint {
  const values = writtenValues(spec);
  const hasher = new BandHasher(Math.max(1, Math.ceil(values.length / MAX_BANDS)));
  hasher.addRows(values, { row: 0, column: 0 });
  return hasher.finish();
}

/**
 * Compares a sheet's values as read (fed in row order, in as many pieces as the reader makes) with
 * the fingerprint recorded when the add-in wrote it.
 */
export class FingerprintCheck {
  private readonly hasher: BandHasher;

  constructor(private readonly recorded: SheetFingerprint) {
    this.hasher = new BandHasher(recorded.rowsPerBand);
  }

  addRows(values: readonly (readonly CellValue[])[], origin: { row: number; column: number }): void {
    this.hasher.addRows(values, origin);
  }

  /** The first band of rows that differs, or null when the sheet holds what the add-in wrote. */
  changedRows(): ChangedRows | null {
    const now = this.hasher.finish().bands;
    const was = this.recorded.bands;
    for (let band = 0; band < Math.max(now.length, was.length); band++) {
      if (now[band] !== was[band]) {
        const n = this.recorded.rowsPerBand;
        return { first: band * n + 1, last: (band + 1) * n };
      }
    }
    return null;
  }
}

/** A fingerprint from the record, or undefined when it is not one (an older or hand-edited record). */
export function parseFingerprint(raw: unknown): SheetFingerprint | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { rowsPerBand, bands } = raw as Partial<SheetFingerprint>;
  if (typeof rowsPerBand !== 'number' || !(rowsPerBand >= 1) || !Array.isArray(bands)) return undefined;
  if (!bands.every((band) => typeof band === 'string')) return undefined;
  return { rowsPerBand, bands };
}
