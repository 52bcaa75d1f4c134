import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * A sepia “old photograph” for demo articles (a street of houses under a sky, varied by seed):
 * a real PNG, so the volume's Word document and the UI show pictures without shipping image files.
 */
export function demoPhoto(seed: number, width = 480, height = 320): Buffer {
  let s = seed >>> 0 || 7;
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const houses = Array.from({ length: 4 + Math.floor(rand() * 4) }, () => ({ x: Math.floor(rand() * width), w: 50 + Math.floor(rand() * 90), h: 60 + Math.floor(rand() * 110) }));
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      const ground = height * 0.78;
      let v = y < ground ? 200 - (y / ground) * 40 : 120 - ((y - ground) / (height - ground)) * 40;
      for (const h of houses) {
        const top = ground - h.h;
        const roof = top - 24 + Math.abs(x - (h.x + h.w / 2)) * (24 / (h.w / 2));
        if (x >= h.x && x < h.x + h.w && y >= top && y < ground) v = (x - h.x) % 18 < 8 && (y - top) % 30 < 14 ? 60 : 105;
        else if (x >= h.x - 6 && x < h.x + h.w + 6 && y >= roof && y < top) v = 45;
      }
      v += (rand() - 0.5) * 18; // grain
      const i = row + 1 + x * 3;
      raw[i] = Math.max(0, Math.min(255, v * 1.08 + 12));
      raw[i + 1] = Math.max(0, Math.min(255, v * 0.95 + 6));
      raw[i + 2] = Math.max(0, Math.min(255, v * 0.78));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
