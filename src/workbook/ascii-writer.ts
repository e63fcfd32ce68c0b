/**
 * ASCII text written straight into bytes, in chunks: for XML whose every character is ASCII (the
 * body rows of xlsx-sheet-rows.ts, whose texts go to the shared strings). Building such XML as
 * strings and encoding it took 2.2 s for the 109 MB of a 100,000-row summary's two per-row sheets;
 * the pieces here are bytes made once and copied.
 */

/** The bytes of an ASCII text (a piece written many times). */
export function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) throw new Error(`not ASCII: ${JSON.stringify(text)}`);
    bytes[i] = code;
  }
  return bytes;
}

/** A growing byte buffer written from the front; `take()` hands over what is written and starts a new one. */
export class AsciiWriter {
  private buffer: Uint8Array;
  /** Bytes written so far. */
  length = 0;

  constructor(private readonly capacity = 1 << 16) {
    this.buffer = new Uint8Array(capacity);
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + bytes));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  /** A piece made by asciiBytes. Short pieces are copied byte by byte: `set` costs more below ~16. */
  bytes(piece: Uint8Array): void {
    const n = piece.length;
    this.room(n);
    const buffer = this.buffer;
    const at = this.length;
    if (n > 16) buffer.set(piece, at);
    else for (let i = 0; i < n; i++) buffer[at + i] = piece[i];
    this.length = at + n;
  }

  /** Bytes `from`–`to` (exclusive) of another writer. */
  copy(source: AsciiWriter, from: number, to: number): void {
    this.room(to - from);
    this.buffer.set(source.buffer.subarray(from, to), this.length);
    this.length += to - from;
  }

  /** A text known to be ASCII (a number's decimal form). */
  text(text: string): void {
    const n = text.length;
    this.room(n);
    const buffer = this.buffer;
    const at = this.length;
    for (let i = 0; i < n; i++) buffer[at + i] = text.charCodeAt(i);
    this.length = at + n;
  }

  /** A whole number 0 ≤ n < 2^53 in decimal, as String(n) writes it. */
  digits(n: number): void {
    let count = 1;
    for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) count++;
    this.room(count);
    const buffer = this.buffer;
    let at = this.length + count;
    this.length = at;
    let rest = n;
    do {
      const next = Math.floor(rest / 10);
      buffer[--at] = 48 + (rest - next * 10);
      rest = next;
    } while (rest > 0);
  }

  /** What is written so far (a view, not a copy); the writer starts again on a new buffer. */
  take(): Uint8Array {
    const written = this.buffer.subarray(0, this.length);
    this.buffer = new Uint8Array(Math.max(this.capacity, this.buffer.length));
    this.length = 0;
    return written;
  }

  /** Starts again on the same buffer, dropping what was written (for scratch writers whose bytes are copied out). */
  clear(): void {
    this.length = 0;
  }
}
