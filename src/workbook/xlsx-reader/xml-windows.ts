/**
 * A large part's XML as text windows that each end after a `</row>`, so that a sheet is never held
 * as one string beside its bytes: each window is decoded, scanned and dropped before the next.
 * Rows are self-contained in SpreadsheetML, so a window boundary there leaves no element open but
 * `<worksheet>` and `<sheetData>`, whose state the sheet reader keeps itself. Where a comment,
 * CDATA section or processing instruction could hide a `</row>` in its text, the rest of the part is
 * returned as one window (as the whole part was before).
 */

/** Bytes decoded per window: small beside a large sheet, large beside a row. */
export const WINDOW_BYTES = 1 << 20;

const ROW_END = '</row>';

/** Markup whose text may contain `</row>`: `<!--`, `<![CDATA[`, `<?…?>` (past the XML declaration). */
function mayHideRowEnd(text: string, atDocumentStart: boolean): boolean {
  return text.includes('<!') || text.indexOf('<?', atDocumentStart ? 1 : 0) >= 0;
}

/** The part's text (UTF-8, byte-order mark dropped) in windows ending at row boundaries. */
export function* xmlWindows(bytes: Uint8Array, windowBytes = WINDOW_BYTES): Generator<string> {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let atDocumentStart = true;
  let whole = false;
  for (let at = 0; ; at += windowBytes) {
    const last = at + windowBytes >= bytes.length;
    const text = carry + decoder.decode(bytes.subarray(at, at + windowBytes), { stream: !last });
    if (last) {
      yield text;
      return;
    }
    if (!whole && mayHideRowEnd(text, atDocumentStart)) whole = true;
    const end = whole ? -1 : text.lastIndexOf(ROW_END);
    if (end < 0) {
      carry = text;
      continue;
    }
    carry = text.slice(end + ROW_END.length);
    atDocumentStart = false;
    yield text.slice(0, end + ROW_END.length);
  }
}
