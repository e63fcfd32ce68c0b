/// <reference types="office-js" />
/**
 * Keeping each `context.sync()` under Excel on the web's 5 MB limit per request and per response
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 *
 * Writes are queued as operations with a pessimistic size: the JSON Excel sends, with every
 * non-ASCII character counted escaped (`\uXXXX`, 6 bytes; Japanese text is nearly all of it) and
 * a generous allowance per action for the object path and property name. Operations go into a
 * sync until the budget is reached; a sync Excel still refuses for its size is sent again as two
 * halves (Excel refuses an oversized request before running any of it), down to one operation.
 * The number of syncs so follows the bytes written, never the cells or rows.
 */

/** Below Excel on the web's 5 MB, with room for what the estimate cannot see. */
export const REQUEST_BUDGET_BYTES = 3_500_000;

/** Object path, ids and property name of one action in Excel's request; measured requests stay well under it. */
export const ACTION_BYTES = 256;

/** Rows of one value block are capped so a halved sync always has something to split. */
export const BLOCK_BYTES = 400_000;

/** Bytes of a value in Excel's JSON request, every non-ASCII UTF-16 unit counted as `\uXXXX`. */
export function escapedJsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < json.length; i++) bytes += json.charCodeAt(i) < 0x80 ? 1 : 6;
  return bytes;
}

/** One queued action (or a few that belong together) and its estimated request size. */
export interface WriteOperation {
  bytes: number;
  queue(): void;
}

export function operation(queue: () => void, values?: unknown, actions = 1): WriteOperation {
  return { bytes: actions * ACTION_BYTES + (values === undefined ? 0 : escapedJsonBytes(values)), queue };
}

/** Excel's codes for a request or response over its size limit. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** Splits `rows` into blocks of whole rows of at most `maxBytes` each (at least one row a block). */
export function rowBlocks<T>(rows: readonly T[][], maxBytes = BLOCK_BYTES): { first: number; rows: T[][] }[] {
  const blocks: { first: number; rows: T[][] }[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const size = escapedJsonBytes(row) + 1;
    if (i > start && bytes + size > maxBytes) {
      blocks.push({ first: start, rows: rows.slice(start, i) as T[][] });
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (start < rows.length) blocks.push({ first: start, rows: rows.slice(start) as T[][] });
  return blocks;
}

/**
 * Runs the operations in order in as few syncs as the budget allows; a sync refused for its size
 * is retried as halves. Returns the number of syncs made. `onSync` reports progress.
 */
export async function runWithinBudget(
  context: Excel.RequestContext,
  operations: readonly WriteOperation[],
  budget = REQUEST_BUDGET_BYTES,
  onSync?: () => void,
): Promise<number> {
  let syncs = 0;
  const send = async (group: readonly WriteOperation[]): Promise<void> => {
    for (const op of group) op.queue();
    try {
      syncs++;
      await context.sync();
      onSync?.();
    } catch (error) {
      if (!isPayloadLimitError(error) || group.length < 2) throw error;
      const half = Math.ceil(group.length / 2);
      await send(group.slice(0, half));
      await send(group.slice(half));
    }
  };
  let group: WriteOperation[] = [];
  let bytes = 0;
  for (const op of operations) {
    if (group.length > 0 && bytes + op.bytes > budget) {
      await send(group);
      group = [];
      bytes = 0;
    }
    group.push(op);
    bytes += op.bytes;
  }
  if (group.length > 0) await send(group);
  return syncs;
}
