/** CRC-32 (IEEE, the zip format's), to check that each inflated part is the one that was stored. */
const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** The CRC of `bytes`; pass the CRC of the bytes before them to continue it over several chunks. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let c = previous ^ -1;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
