// Draws Gloss's toolbar icons (an "i" over a highlighter underline on a blue tile) into public/icon/*.png. Run: node assets/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 4;

// Shapes in a 128-unit design space; each returns true when the point is inside.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.max(x0 + r, Math.min(x1 - r, x));
  const cy = Math.max(y0 + r, Math.min(y1 - r, y));
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const layers = [
  [roundRect(4, 4, 124, 124, 26), [47, 95, 208]],
  [roundRect(26, 92, 102, 106, 7), [255, 200, 0]],
  [circle(64, 32, 11), [255, 255, 255]],
  [roundRect(54, 48, 74, 86, 6), [255, 255, 255]],
];

function pixel(x, y) {
  let rgba = [0, 0, 0, 0];
  for (const [inside, rgb] of layers) if (inside(x, y)) rgba = [...rgb, 255];
  return rgba;
}

function draw(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const scale = 128 / size;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++)
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const p = pixel((x + (sx + 0.5) / SUPERSAMPLE) * scale, (y + (sy + 0.5) / SUPERSAMPLE) * scale);
          acc[0] += p[0] * p[3]; acc[1] += p[1] * p[3]; acc[2] += p[2] * p[3]; acc[3] += p[3];
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const a = acc[3];
      raw[o] = a ? Math.round(acc[0] / a) : 0;
      raw[o + 1] = a ? Math.round(acc[1] / a) : 0;
      raw[o + 2] = a ? Math.round(acc[2] / a) : 0;
      raw[o + 3] = Math.round(a / SUPERSAMPLE ** 2);
    }
  }
  return png(size, size, raw);
}

function png(width, height, raw) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

const out = new URL('../public/icon/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`${size}.png`, out), draw(size));
console.log(`wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
