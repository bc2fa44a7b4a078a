// Draws the StrongLetter icon (a blue rounded square with a white envelope and a check) as PNGs.
// Run once after changing the design: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function pixel(x, y) {
  // Unit coordinates in [0,1]; 4x supersampling is done by the caller.
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r) return [0, 0, 0, 0];
  const stroke = 0.055;
  // Envelope outline and flap.
  const env = [
    [0.2, 0.3, 0.8, 0.3],
    [0.8, 0.3, 0.8, 0.72],
    [0.8, 0.72, 0.2, 0.72],
    [0.2, 0.72, 0.2, 0.3],
    [0.2, 0.3, 0.5, 0.52],
    [0.5, 0.52, 0.8, 0.3],
  ];
  for (const [ax, ay, bx, by] of env) if (distToSegment(x, y, ax, ay, bx, by) < stroke / 2) return [255, 255, 255, 255];
  // Check mark badge, bottom right.
  if (Math.hypot(x - 0.74, y - 0.72) < 0.17) {
    const check = [
      [0.66, 0.72, 0.72, 0.78],
      [0.72, 0.78, 0.83, 0.65],
    ];
    for (const [ax, ay, bx, by] of check) if (distToSegment(x, y, ax, ay, bx, by) < 0.03) return [255, 255, 255, 255];
    return [26, 127, 55, 255];
  }
  return [31, 95, 191, 255];
}

function png(size) {
  const rows = [];
  const ss = 4;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const p = pixel((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          for (let i = 0; i < 4; i++) acc[i] += p[i] * (i < 3 ? p[3] / 255 : 1);
        }
      const a = acc[3] / (ss * ss);
      for (let i = 0; i < 3; i++) row[1 + x * 4 + i] = a ? Math.round(acc[i] / (ss * ss) / (a / 255)) : 0;
      row[1 + x * 4 + 3] = Math.round(a);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
console.log('icons written to public/icon/');
