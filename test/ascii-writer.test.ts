/** The byte writer behind the body rows (src/workbook/ascii-writer.ts). */
import { AsciiWriter, asciiBytes, putBytes, putDigits, putText } from '../src/workbook/ascii-writer';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('AsciiWriter', () => {
  it('writes whole numbers as String() does', () => {
    const numbers = [0, 7, 9, 10, 99, 100, 101, 4_096, 99_999, 1_048_576, 123_456_789, 2 ** 31, 2 ** 32 + 1, 1e15, 2 ** 53 - 1];
    const w = new AsciiWriter(4);
    for (const n of numbers) {
      w.digits(n);
      w.bytes(asciiBytes(','));
    }
    expect(text(w.take())).toBe(numbers.map((n) => `${String(n)},`).join(''));
  });

  it('grows past its capacity and keeps every byte, short pieces, long pieces, texts and copies alike', () => {
    const w = new AsciiWriter(8);
    const short = asciiBytes('<c r="');
    const long = asciiBytes(' t="s"><v>0123456789</v></c>'); // over 16 bytes: copied with set()
    let expected = '';
    for (let i = 0; i < 1_000; i++) {
      w.bytes(short);
      w.text(`1.${i}`);
      w.bytes(long);
      expected += `<c r="1.${i} t="s"><v>0123456789</v></c>`;
    }
    const other = new AsciiWriter(2);
    other.bytes(asciiBytes('head|'));
    other.copy(w, 0, w.length);
    expect(text(other.take())).toBe(`head|${expected}`);
    expect(w.length).toBe(expected.length);
  });

  it('hands over what it wrote: later writes go to a new buffer, clear() reuses its own', () => {
    const w = new AsciiWriter(16);
    w.bytes(asciiBytes('first'));
    const first = w.take();
    w.bytes(asciiBytes('second'));
    expect(text(first)).toBe('first');
    expect(text(w.take())).toBe('second');
    w.bytes(asciiBytes('dropped'));
    w.clear();
    w.bytes(asciiBytes('kept'));
    expect(text(w.take())).toBe('kept');
  });

  it('lets a loop write through the buffer reserve() returns: put functions return where they end', () => {
    const w = new AsciiWriter(4);
    w.bytes(asciiBytes('<row>'));
    let buffer = w.reserve(64);
    expect(buffer.length - w.length).toBeGreaterThanOrEqual(64);
    let at = putBytes(buffer, w.length, asciiBytes('<c r="A1"><v>'));
    at = putDigits(buffer, at, 1_048_576);
    at = putText(buffer, at, '.25');
    at = putBytes(buffer, at, asciiBytes('</v></c><c r="B1" t="s"><v>')); // over 16 bytes
    w.length = at;
    // A second reserve keeps what is written when it grows the buffer.
    buffer = w.reserve(1_000);
    w.length = putDigits(buffer, w.length, 0);
    expect(text(w.take())).toBe('<row><c r="A1"><v>1048576.25</v></c><c r="B1" t="s"><v>0');
  });

  it('takes only ASCII pieces', () => {
    expect(() => asciiBytes('進捗')).toThrow(/not ASCII/);
    expect(Array.from(asciiBytes('A<'))).toEqual([65, 60]);
  });
});
