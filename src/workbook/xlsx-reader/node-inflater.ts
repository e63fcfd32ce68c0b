/** Node's native zlib for the reader in the CLI: inflation stops at the declared size (maxOutputLength), CRC-32 native too. */
import zlib from 'node:zlib';
import { crc32 } from './crc32';
import { PackageError, type Inflater } from './zip-package';

export const NODE_INFLATER: Inflater = {
  inflate(stored, size, name) {
    try {
      // One byte more than declared: a part that holds more fails here, having inflated only that far.
      // One output chunk of that size: zlib writes straight into it (no list of 16 KB chunks joined at the end).
      const limit = Math.max(64, size + 1);
      const out = zlib.inflateRawSync(stored, { maxOutputLength: limit, chunkSize: limit });
      if (out.length > size) throw new PackageError('damaged', `${name} holds more than its declared ${size} bytes`);
      return new Uint8Array(out.buffer, out.byteOffset, out.length);
    } catch (error) {
      if (error instanceof PackageError) throw error;
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw new PackageError('damaged', `${name} holds more than its declared ${size} bytes`);
      throw new PackageError('damaged', `${name}: ${(error as Error).message}`);
    }
  },
  crc32:
    typeof (zlib as { crc32?: (d: Uint8Array) => number }).crc32 === 'function'
      ? (data) => (zlib as unknown as { crc32: (d: Uint8Array) => number }).crc32(data) >>> 0
      : crc32,
};
