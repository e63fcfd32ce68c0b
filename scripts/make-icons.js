#!/usr/bin/env node
/**
 * Draws the add-in's ribbon and store icons (assets/icon-16.png … icon-80.png): a bar chart with a
 * check mark, white on a green rounded square. Written with zlib only, so the icons can be
 * regenerated on a closed network without an image tool. Run: `node scripts/make-icons.js`.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80];
const BACKGROUND = [0x1e, 0x7a, 0x4c]; // Excel-like green
const FOREGROUND = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels (row-major, size × size × 4) → PNG file bytes. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Coverage (0–1) of the glyph at a point in unit coordinates (0–1 across the icon), sampled 4×4
 * per pixel so small sizes stay smooth.
 */
function inRoundedSquare(x, y) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Three rising bars and a check mark above them. */
function inGlyph(x, y) {
  const bars = [
    { left: 0.2, height: 0.22 },
    { left: 0.42, height: 0.36 },
    { left: 0.64, height: 0.5 },
  ];
  const bottom = 0.82;
  for (const bar of bars) {
    if (x >= bar.left && x <= bar.left + 0.16 && y <= bottom && y >= bottom - bar.height) return true;
  }
  const stroke = 0.055;
  return distanceToSegment(x, y, 0.2, 0.36, 0.31, 0.47) <= stroke || distanceToSegment(x, y, 0.31, 0.47, 0.52, 0.18) <= stroke;
}

function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let glyph = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (inRoundedSquare(x, y)) {
            square++;
            if (inGlyph(x, y)) glyph++;
          }
        }
      }
      const n = samples * samples;
      const g = square ? glyph / square : 0;
      const o = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(BACKGROUND[c] * (1 - g) + FOREGROUND[c] * g);
      rgba[o + 3] = Math.round((255 * square) / n);
    }
  }
  return encodePng(size, rgba);
}

function main() {
  const dir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();
module.exports = { drawIcon, encodePng, SIZES };
