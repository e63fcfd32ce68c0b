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

/**
 * `piece` copied into `buffer` at `at`; returns where it ends. Short pieces are copied byte by
 * byte: `set` costs more below ~16. The caller has made room (AsciiWriter.reserve).
 */
export function putBytes(buffer: Uint8Array, at: number, piece: Uint8Array): number {
  const n = piece.length;
  if (n > 16) buffer.set(piece, at);
  else for (let i = 0; i < n; i++) buffer[at + i] = piece[i];
  return at + n;
}

/** A text known to be ASCII (a number's decimal form) at `at`; returns where it ends. */
export function putText(buffer: Uint8Array, at: number, text: string): number {
  const n = text.length;
  for (let i = 0; i < n; i++) buffer[at + i] = text.charCodeAt(i);
  return at + n;
}

/** The most bytes putDigits writes: 2^53 has 16 digits. */
export const MAX_DIGITS = 16;

/** A whole number 0 ≤ n < 2^53 in decimal at `at`, as String(n) writes it; returns where it ends. */
export function putDigits(buffer: Uint8Array, at: number, n: number): number {
  let count = 1;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) count++;
  const end = at + count;
  let rest = n;
  let i = end;
  do {
    const next = Math.floor(rest / 10);
    buffer[--i] = 48 + (rest - next * 10);
    rest = next;
  } while (rest > 0);
  return end;
}

/**
 * A growing byte buffer written from the front; `take()` hands over what is written and starts a new one.
 * A hot loop writes through the buffer `reserve` returns, with the put functions, and sets `length` after.
 */
export class AsciiWriter {
  private buffer: Uint8Array;
  /** Bytes written so far. */
  length = 0;

  constructor(private readonly capacity = 1 << 16) {
    this.buffer = new Uint8Array(capacity);
  }

  /** The buffer, with room for `bytes` more after `length`: write there, then set `length`. */
  reserve(bytes: number): Uint8Array {
    if (this.length + bytes > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + bytes));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    return this.buffer;
  }

  /** A piece made by asciiBytes. */
  bytes(piece: Uint8Array): void {
    this.length = putBytes(this.reserve(piece.length), this.length, piece);
  }

  /** Bytes `from`–`to` (exclusive) of another writer. */
  copy(source: AsciiWriter, from: number, to: number): void {
    this.reserve(to - from).set(source.buffer.subarray(from, to), this.length);
    this.length += to - from;
  }

  /** A text known to be ASCII (a number's decimal form). */
  text(text: string): void {
    this.length = putText(this.reserve(text.length), this.length, text);
  }

  /** A whole number 0 ≤ n < 2^53 in decimal, as String(n) writes it. */
  digits(n: number): void {
    this.length = putDigits(this.reserve(MAX_DIGITS), this.length, n);
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
