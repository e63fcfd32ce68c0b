/**
 * Parsed cells of one tracker column, by value: most cells of a long tracker repeat (years,
 * statuses, departments, dates, progress figures), so each value is parsed once per column.
 * A number is kept by its value and its cell's number format together (0.5 is 50 % under `0%`
 * and 0.5 under General; 45383 is a date only under a date format).
 */
import type { CellValue } from '../core/cell';
import type { Parsed } from './values';

type Parse = () => Parsed<unknown>;

function cached<K>(map: Map<K, Parsed<unknown>>, key: K, parse: Parse): Parsed<unknown> {
  let parsed = map.get(key);
  if (!parsed) map.set(key, (parsed = parse()));
  return parsed;
}

export class ParseCache {
  private readonly texts = new Map<string, Parsed<unknown>>();
  private readonly dates = new Map<number, Parsed<unknown>>();
  private readonly numbers = new Map<string, Map<number, Parsed<unknown>>>();

  /** The cached parse of `raw` under `format`, else `parse()`, kept for the next cell. */
  get(raw: CellValue, format: string | null | undefined, parse: Parse): Parsed<unknown> {
    if (typeof raw === 'string') return cached(this.texts, raw, parse);
    if (raw instanceof Date) return cached(this.dates, raw.getTime(), parse);
    // -0 would share 0's entry (Map keys are compared as SameValueZero).
    if (typeof raw !== 'number' || Object.is(raw, -0)) return parse();
    const key = format ?? '';
    let byValue = this.numbers.get(key);
    if (!byValue) this.numbers.set(key, (byValue = new Map()));
    return cached(byValue, raw, parse);
  }
}
