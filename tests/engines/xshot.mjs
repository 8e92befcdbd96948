// A screenshot of part of the X display (Xvfb), as PNG: what MiniBrowser's
// window shows. xwd (Debian's x11-apps) dumps the screen; this reads its
// ZPixmap (24 or 32 bits a pixel) and writes the cropped rectangle as an
// 8-bit RGB PNG.
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';

/** Reads an XWD dump (true colour). */
function readXwd(buf) {
  const u32 = (i) => buf.readUInt32BE(i * 4);
  const [headerSize, version, format, , width, height] = [0, 1, 2, 3, 4, 5].map(u32);
  const byteOrder = u32(7);
  const bitsPerPixel = u32(11);
  const bytesPerLine = u32(12);
  const masks = [u32(14), u32(15), u32(16)];
  const ncolors = u32(19);
  if (version !== 7 || format !== 2 || (bitsPerPixel !== 32 && bitsPerPixel !== 24)) {
    throw new Error(`xwd: unexpected dump (version ${version}, format ${format}, ${bitsPerPixel} bits per pixel)`);
  }
  const data = buf.subarray(headerSize + ncolors * 12);
  const bytes = bitsPerPixel / 8;
  const read = byteOrder === 0 ? (i) => data.readUIntLE(i, bytes) : (i) => data.readUIntBE(i, bytes);
  const shifts = masks.map((m) => Math.log2(m & -m));
  return {
    width,
    height,
    pixel: (x, y) => {
      const p = read(y * bytesPerLine + x * bytes);
      return masks.map((m, c) => (p & m) >>> shifts[c]);
    },
  };
}

function png(width, height, rgbRows) {
  const chunk = (type, body) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0);
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const raw = Buffer.concat(rgbRows.map((row) => Buffer.concat([Buffer.from([0]), row])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** PNG bytes of the rectangle (x, y, width, height) of the display in $DISPLAY. */
export function captureScreen({ x, y, width, height }) {
  const img = readXwd(execFileSync('xwd', ['-root', '-silent'], { maxBuffer: 512 * 1024 * 1024 }));
  const w = Math.min(width, img.width - x);
  const h = Math.min(height, img.height - y);
  const rows = [];
  for (let r = 0; r < h; r++) {
    const row = Buffer.alloc(w * 3);
    for (let c = 0; c < w; c++) row.set(img.pixel(x + c, y + r), c * 3);
    rows.push(row);
  }
  return png(w, h, rows);
}
