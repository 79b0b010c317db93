// image.mjs decodes as much of an image as load-vrm.mjs needs to know that a
// browser could decode it: a PNG's chunks, their CRCs and its inflated
// pixel data, a JPEG's markers up to its end, a WebP's RIFF size. It returns
// the image's width and height, and throws when the image is cut short or
// damaged, as a browser's createImageBitmap rejects it.
import { inflateSync } from "node:zlib";

const crcTable = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(b) {
  let c = 0xffffffff;
  for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function png(b, v) {
  let off = 8;
  let width = 0;
  let height = 0;
  let depth = 0;
  let color = 0;
  let interlace = 0;
  const idat = [];
  for (let first = true; ; first = false) {
    if (off + 12 > b.length) throw new Error("PNG cut short before IEND");
    const len = v.getUint32(off);
    const type = String.fromCharCode(...b.subarray(off + 4, off + 8));
    if (off + 12 + len > b.length) throw new Error(`PNG cut short in ${type}`);
    const body = b.subarray(off + 8, off + 8 + len);
    if (crc32(b.subarray(off + 4, off + 8 + len)) !== v.getUint32(off + 8 + len)) throw new Error(`PNG ${type} chunk fails its CRC`);
    if (first && type !== "IHDR") throw new Error("PNG does not start with IHDR");
    if (type === "IHDR") {
      width = v.getUint32(off + 8);
      height = v.getUint32(off + 12);
      [depth, color] = [body[8], body[9]];
      interlace = body[12];
      if (!width || !height || !channels[color]) throw new Error("PNG IHDR is invalid");
    } else if (type === "IDAT") {
      idat.push(body);
    } else if (type === "IEND") {
      break;
    }
    off += 12 + len;
  }
  if (idat.length === 0) throw new Error("PNG has no IDAT");
  let pixels;
  try {
    pixels = inflateSync(Buffer.concat(idat));
  } catch (e) {
    throw new Error(`PNG pixel data does not inflate: ${e.message}`);
  }
  if (interlace === 0) {
    const rowBytes = Math.ceil((width * channels[color] * depth) / 8);
    if (pixels.length !== height * (1 + rowBytes)) throw new Error(`PNG has ${pixels.length} bytes of pixel data, want ${height * (1 + rowBytes)}`);
  }
  return { width, height };
}

function jpeg(b, v) {
  let width = 0;
  let height = 0;
  let off = 2;
  while (off + 4 <= b.length) {
    if (b[off] !== 0xff) throw new Error("JPEG marker expected");
    const marker = b[off + 1];
    if (marker === 0xd9) break;
    if (marker === 0xff || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      off += marker === 0xff ? 1 : 2;
      continue;
    }
    const len = v.getUint16(off + 2);
    if (off + 2 + len > b.length) throw new Error("JPEG cut short");
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      height = v.getUint16(off + 5);
      width = v.getUint16(off + 7);
    }
    off += 2 + len;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is not a stuffed 0xff00 or a restart.
      while (off + 1 < b.length && !(b[off] === 0xff && b[off + 1] !== 0 && (b[off + 1] < 0xd0 || b[off + 1] > 0xd7))) off++;
    }
  }
  if (b[b.length - 2] !== 0xff || b[b.length - 1] !== 0xd9) throw new Error("JPEG cut short: no EOI");
  if (!width || !height) throw new Error("JPEG has no frame header");
  return { width, height };
}

export function imageSize(bytes) {
  const b = bytes;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length >= 8 && v.getUint32(0) === 0x89504e47 && v.getUint32(4) === 0x0d0a1a0a) return png(b, v);
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpeg(b, v);
  if (b.length >= 12 && String.fromCharCode(...b.subarray(0, 4)) === "RIFF" && String.fromCharCode(...b.subarray(8, 12)) === "WEBP") {
    if (v.getUint32(4, true) + 8 !== b.length) throw new Error("WebP cut short");
    return { width: 1, height: 1 };
  }
  throw new Error("not a PNG, JPEG or WebP image");
}
