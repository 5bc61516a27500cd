import { inflateSync } from 'node:zlib';

/** An 8-bit grayscale image: one byte per pixel, row by row. */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** Undoes one scanline's PNG filter in place; `bpp` is bytes per pixel. */
function unfilter(type: number, row: Uint8Array, previous: Uint8Array, bpp: number): void {
  for (let x = 0; x < row.length; x++) {
    const left = x >= bpp ? (row[x - bpp] ?? 0) : 0;
    const up = previous[x] ?? 0;
    const upLeft = x >= bpp ? (previous[x - bpp] ?? 0) : 0;
    const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][type] ?? 0;
    row[x] = ((row[x] ?? 0) + predictor) & 0xff;
  }
}

/**
 * Reads an 8-bit gray or RGB non-interlaced PNG (what `pdftoppm -png` writes) as gray, the
 * mean of the channels. Enough for comparing renderings in tests; throws on other PNGs.
 */
export function readGrayPng(png: Buffer): GrayImage {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const bpp = png[25] === 0 ? 1 : png[25] === 2 ? 3 : 0;
  if (png[24] !== 8 || bpp === 0 || png[28] !== 0) throw new Error('not an 8-bit gray/RGB PNG');

  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT')
      idat.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }

  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp + 1;
  const pixels = new Uint8Array(width * height);
  let previous = new Uint8Array(width * bpp);
  for (let y = 0; y < height; y++) {
    const row = raw.subarray(y * stride + 1, (y + 1) * stride);
    unfilter(raw[y * stride] ?? 0, row, previous, bpp);
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let c = 0; c < bpp; c++) sum += row[x * bpp + c] ?? 0;
      pixels[y * width + x] = Math.round(sum / bpp);
    }
    previous = row;
  }
  return { width, height, pixels };
}
