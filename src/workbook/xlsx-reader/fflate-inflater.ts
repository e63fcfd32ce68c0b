/** fflate's inflater for the reader: the browser's (and the default), pure JavaScript. Node uses its native zlib (node-inflater.ts). */
import { Inflate } from 'fflate';
import { crc32 } from './crc32';
import { PackageError, type Inflater } from './zip-package';

/** Compressed bytes handed to the inflater at a time: the check below runs between chunks. */
const CHUNK = 16 * 1024;

/**
 * Inflates into a buffer of the declared size, a chunk at a time, and stops as soon as the output
 * passes that size: a part that claims less than it holds costs at most one chunk's worth of work.
 */
export function inflateBounded(stored: Uint8Array, size: number, name: string): Uint8Array {
  const out = new Uint8Array(size);
  let filled = 0;
  const inflater = new Inflate((chunk) => {
    if (filled + chunk.length > size) throw new PackageError('damaged', `${name} holds more than its declared ${size} bytes`);
    out.set(chunk, filled);
    filled += chunk.length;
  });
  try {
    for (let i = 0; i < stored.length; i += CHUNK) inflater.push(stored.subarray(i, i + CHUNK), i + CHUNK >= stored.length);
    if (stored.length === 0) inflater.push(stored, true);
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError('damaged', `${name}: ${(error as Error).message}`);
  }
  if (filled !== size) throw new PackageError('damaged', `${name} inflates to ${filled} bytes, not the declared ${size}`);
  return out;
}

export const FFLATE_INFLATER: Inflater = { inflate: inflateBounded, crc32 };
