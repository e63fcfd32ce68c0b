/**
 * The parts of an .xlsx (a zip package), read one at a time and only when asked for. The central
 * directory lists the parts; the inflater (fflate-inflater.ts, node-inflater.ts) fills a buffer of its declared size, so a part
 * can never grow memory beyond what the limits allow, and its CRC-32 is checked against the stored
 * one, so a damaged part is an error, never a different answer. Only what the reader names is inflated.
 */

/** Bounds on what a package may make the reader inflate; beyond them the file is refused. */
export interface PackageLimits {
  /** A part may inflate to at most this many times its compressed size (plus `ratioSlack` bytes). */
  maxRatio: number;
  ratioSlack: number;
  /** All inflated parts together, in bytes. */
  maxTotalBytes: number;
  /** Entries in the zip directory. */
  maxEntries: number;
}

/**
 * How raw-deflate data becomes bytes: fflate by default (browser and node alike); node passes its
 * native zlib (faster). Either must stop past `size` bytes rather than inflate the rest.
 */
export interface Inflater {
  inflate(stored: Uint8Array, size: number, name: string): Uint8Array;
  crc32(data: Uint8Array): number;
}

export const DEFAULT_PACKAGE_LIMITS: PackageLimits = {
  maxRatio: 200,
  ratioSlack: 1 << 20,
  maxTotalBytes: 1 << 30,
  maxEntries: 100_000,
};

/** Why a package cannot be read; the reader turns `kind` into the user's message. */
export class PackageError extends Error {
  constructor(
    readonly kind: 'not-zip' | 'damaged' | 'too-large' | 'encrypted' | 'unsupported',
    detail: string,
  ) {
    super(detail);
    this.name = 'PackageError';
  }
}

interface Entry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 2 ** 32;

const EOCD = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipPackage {
  private readonly entries = new Map<string, Entry>();
  private inflatedBytes = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: PackageLimits,
    private readonly inflater: Inflater,
  ) {
    const b = bytes;
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
      if (u32(b, i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new PackageError('damaged', 'no zip directory (the file is truncated or not a zip)');
    let count = u16(b, eocd + 10);
    let offset = u32(b, eocd + 16);
    if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(b, eocd - 20) === ZIP64_EOCD_LOCATOR) {
      const z = u64(b, eocd - 12);
      if (z + 56 > b.length || u32(b, z) !== ZIP64_EOCD) throw new PackageError('damaged', 'bad zip64 directory');
      count = u64(b, z + 32);
      offset = u64(b, z + 48);
    }
    if (count > limits.maxEntries) throw new PackageError('too-large', `${count} zip entries`);
    let p = offset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > b.length || u32(b, p) !== CENTRAL) throw new PackageError('damaged', 'bad zip directory entry');
      const flags = u16(b, p + 8);
      const method = u16(b, p + 10);
      const crc = u32(b, p + 16);
      let compressedSize = u32(b, p + 20);
      let size = u32(b, p + 24);
      const nameLength = u16(b, p + 28);
      const extraLength = u16(b, p + 30);
      const commentLength = u16(b, p + 32);
      let localOffset = u32(b, p + 42);
      const name = new TextDecoder().decode(b.subarray(p + 46, p + 46 + nameLength));
      // Zip64 sizes and offset live in the extra field (id 1), in this order, for the fields set to 0xffffffff.
      let e = p + 46 + nameLength;
      const extraEnd = e + extraLength;
      while (e + 4 <= extraEnd) {
        const id = u16(b, e);
        const len = u16(b, e + 2);
        if (id === 1) {
          let f = e + 4;
          if (size === 0xffffffff) {
            size = u64(b, f);
            f += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(b, f);
            f += 8;
          }
          if (localOffset === 0xffffffff) localOffset = u64(b, f);
        }
        e += 4 + len;
      }
      // Part names are case-insensitive (ECMA-376 Part 2, 9.1.1.1); a leading slash is not part of a zip name.
      this.entries.set(name.replace(/^\//, '').toLowerCase(), { name, flags, method, crc, compressedSize, size, localOffset });
      p = extraEnd + commentLength;
    }
  }

  /** Part names as stored. */
  names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  has(name: string): boolean {
    return this.entries.has(name.replace(/^\//, '').toLowerCase());
  }

  /** The part's bytes, inflated and checked; undefined when the package has no such part. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name.replace(/^\//, '').toLowerCase());
    if (!entry) return undefined;
    const b = this.bytes;
    if (entry.flags & 1) throw new PackageError('encrypted', `${entry.name} is encrypted`);
    const { limits } = this;
    if (entry.size > entry.compressedSize * limits.maxRatio + limits.ratioSlack) {
      throw new PackageError('too-large', `${entry.name} would inflate from ${entry.compressedSize} to ${entry.size} bytes`);
    }
    if (this.inflatedBytes + entry.size > limits.maxTotalBytes)
      throw new PackageError('too-large', `the parts inflate to more than ${limits.maxTotalBytes} bytes`);
    const p = entry.localOffset;
    if (p + 30 > b.length || u32(b, p) !== LOCAL) throw new PackageError('damaged', `bad local header of ${entry.name}`);
    const start = p + 30 + u16(b, p + 26) + u16(b, p + 28);
    const end = start + entry.compressedSize;
    if (end > b.length) throw new PackageError('damaged', `${entry.name} is cut short`);
    const stored = b.subarray(start, end);
    let data: Uint8Array;
    if (entry.method === 0) data = stored;
    else if (entry.method === 8) {
      data = this.inflater.inflate(stored, entry.size, entry.name);
    } else throw new PackageError('unsupported', `${entry.name} uses compression method ${entry.method}`);
    if (data.length !== entry.size || this.inflater.crc32(data) !== entry.crc)
      throw new PackageError('damaged', `${entry.name} fails its CRC check`);
    this.inflatedBytes += entry.size;
    return data;
  }

  /** The part as text (UTF-8, byte-order mark dropped). */
  readText(name: string): string | undefined {
    const data = this.read(name);
    return data === undefined ? undefined : new TextDecoder('utf-8').decode(data);
  }
}
