/** Building a SheetSpec cell by cell, with 1-based rows and columns like the sheet itself. */
import { a1 } from '../core/a1';
import type { CellStyle, ChartSpec, SheetSpec, SpecValue } from '../core/sheet-spec';

export class SheetBuilder {
  private readonly values: SpecValue[][] = [];
  readonly spec: SheetSpec;

  constructor(name: string) {
    this.spec = { name, values: this.values, styles: [], merges: [], charts: [], validations: [] };
  }

  /** The last row holding a value (0 when empty). */
  get lastRow(): number {
    return this.values.length;
  }

  set(row: number, column: number, value: SpecValue): this {
    while (this.values.length < row) this.values.push([]);
    const cells = this.values[row - 1];
    while (cells.length < column - 1) cells.push(null);
    cells[column - 1] = value;
    return this;
  }

  /** Writes values across a row from `column`. */
  row(row: number, column: number, values: readonly SpecValue[]): this {
    values.forEach((value, i) => this.set(row, column + i, value));
    return this;
  }

  /** Writes values in a row at the columns given with them (the columns a table declares once). */
  cells(row: number, cells: readonly (readonly [column: number, value: SpecValue])[]): this {
    for (const [column, value] of cells) this.set(row, column, value);
    return this;
  }

  style(range: string, style: CellStyle): this {
    this.spec.styles!.push({ range, style });
    return this;
  }

  /** Style over a block given by 1-based corners. */
  styleBlock(firstRow: number, firstColumn: number, lastRow: number, lastColumn: number, style: CellStyle): this {
    return this.style(rangeOf(firstRow, firstColumn, lastRow, lastColumn), style);
  }

  merge(firstRow: number, firstColumn: number, lastRow: number, lastColumn: number): this {
    this.spec.merges!.push(rangeOf(firstRow, firstColumn, lastRow, lastColumn));
    return this;
  }

  chart(chart: ChartSpec): this {
    this.spec.charts!.push(chart);
    return this;
  }

  /** Pads rows to one width so the spec is a rectangle (easier for hosts to write as one range). */
  build(): SheetSpec {
    const width = Math.max(0, ...this.values.map((r) => r.length));
    for (const cells of this.values) while (cells.length < width) cells.push(null);
    for (const key of ['styles', 'merges', 'charts', 'validations'] as const) {
      if ((this.spec[key] as unknown[]).length === 0) delete this.spec[key];
    }
    return this.spec;
  }
}

export function rangeOf(firstRow: number, firstColumn: number, lastRow: number, lastColumn: number): string {
  const first = a1(firstRow, firstColumn);
  const last = a1(lastRow, lastColumn);
  return first === last ? first : `${first}:${last}`;
}
