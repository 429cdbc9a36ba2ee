// Draws the installable app's icons (apps/dashboard/public/icon-192.png and icon-512.png): a white
// briefcase — a visit to an enterprise — on the dashboard's blue, with a safe margin so Android's
// round and squircle masks ("maskable") never cut it. Plain RGBA PNG written with zlib, no
// image library. Run: node tools/app-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x1f, 0x4e, 0x79, 255];
const WHITE = [255, 255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** Inside a rectangle with rounded corners (all in units of the icon's size). */
const inRounded = (x, y, left, top, right, bottom, radius) => {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};

function colourAt(u, v) {
  // the case, its handle (a ring cut by the case), and the band across it in blue
  const body = inRounded(u, v, 0.24, 0.36, 0.76, 0.74, 0.05);
  const handle = inRounded(u, v, 0.39, 0.26, 0.61, 0.4, 0.04) && !inRounded(u, v, 0.43, 0.3, 0.57, 0.4, 0.015);
  const band = v > 0.5 && v < 0.54 && body;
  const clasp = inRounded(u, v, 0.46, 0.47, 0.54, 0.57, 0.015);
  if (clasp) return WHITE;
  if (band) return BLUE;
  return body || handle ? WHITE : BLUE;
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      // 4 samples a pixel smooth the edges
      const samples = [0.25, 0.75].flatMap((dy) =>
        [0.25, 0.75].map((dx) => colourAt((x + dx) / size, (y + dy) / size)),
      );
      for (let channel = 0; channel < 4; channel++)
        row[1 + x * 4 + channel] = Math.round(
          samples.reduce((sum, sample) => sum + sample[channel], 0) / samples.length,
        );
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [192, 512])
  writeFileSync(new URL(`../apps/dashboard/public/icon-${size}.png`, import.meta.url), png(size));
