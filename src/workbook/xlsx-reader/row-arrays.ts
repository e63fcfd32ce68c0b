/**
 * A sheet's cells gathered row by row, each row an array of exactly its width. Cells come in
 * row order, left to right; an array grown one cell at a time would keep up to twice the room it
 * needs (V8 grows by half plus 16), and a sheet holds one such array per row.
 */
export class RowArrays<T> {
  readonly rows: T[][] = [];
  private current = -1;
  private width = 0;
  private readonly scratch: (T | undefined)[] = [];

  /** Puts `value` at 0-based `row` and `column`. */
  set(row: number, column: number, value: T): void {
    if (row !== this.current) this.flush(row);
    this.scratch[column] = value;
    if (column >= this.width) this.width = column + 1;
  }

  /** The rows gathered (a row never set is a hole). */
  done(): T[][] {
    this.flush(-1);
    return this.rows;
  }

  private flush(next: number): void {
    const { scratch, width } = this;
    if (this.current >= 0 && width > 0) {
      const existing = this.rows[this.current];
      if (existing) {
        // A row met again after others (out of order): its new cells join the ones read before.
        for (let c = 0; c < width; c++) if (scratch[c] !== undefined) existing[c] = scratch[c] as T;
      } else this.rows[this.current] = scratch.slice(0, width) as T[];
      for (let c = 0; c < width; c++) scratch[c] = undefined;
    }
    this.width = 0;
    this.current = next;
  }
}
