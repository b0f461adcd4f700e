// Pictures in documents: the pixel size read from the file's own header (PNG
// IHDR, JPEG start-of-frame) so a picture keeps its shape, and a printed size
// that fits the A4 text width.
import type { Block } from '../model';
import type { ImageSource } from '../sources';

/** The widest and tallest a picture may print, inside A4 with 62 pt margins (≈ 166 × 253 mm). */
const MAX_WIDTH_MM = 160;
const MAX_HEIGHT_MM = 240;
/** Screen pixels are taken as 1/96 inch, as browsers and Word do. */
const MM_PER_PIXEL = 25.4 / 96;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height in pixels of a PNG or JPEG, or null when the bytes are not one. */
export function pixelSizeOf(image: ImageSource): { width: number; height: number } | null {
  const size = image.mediaType === 'image/png' ? pngSize(image.data) : jpegSize(image.data);
  return size !== null && size.width > 0 && size.height > 0 ? size : null;
}

function pngSize(data: Uint8Array): { width: number; height: number } | null {
  if (data.length < 24 || PNG_SIGNATURE.some((byte, index) => data[index] !== byte)) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegSize(data: Uint8Array): { width: number; height: number } | null {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return null;
    const marker = data[offset + 1] ?? 0;
    // Start-of-frame markers carry the size; C4 (Huffman), C8 and CC (arithmetic tables) do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  return null;
}

/** The media type a file's first bytes show, whatever its name says. */
export function sniffMediaType(data: Uint8Array): ImageSource['mediaType'] | null {
  if (PNG_SIGNATURE.every((byte, index) => data[index] === byte)) return 'image/png';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  return null;
}

/**
 * An image block printed at `widthMm` (or its natural size at 96 dpi),
 * shrunk to fit the page and keeping its shape; null when the bytes are not a
 * readable PNG or JPEG.
 */
export function imageBlock(image: ImageSource, alt: string, options: { widthMm?: number; heightMm?: number; align?: 'left' | 'centre' | 'right' } = {}): Block | null {
  const size = pixelSizeOf(image);
  if (size === null) return null;
  const aspect = size.height / size.width;
  let widthMm = options.widthMm ?? (options.heightMm === undefined ? size.width * MM_PER_PIXEL : options.heightMm / aspect);
  widthMm = Math.min(widthMm, MAX_WIDTH_MM, MAX_HEIGHT_MM / aspect);
  const round = (mm: number) => Math.round(mm * 10) / 10;
  return {
    type: 'image',
    data: image.data,
    mediaType: image.mediaType,
    alt,
    widthMm: round(widthMm),
    heightMm: round(widthMm * aspect),
    ...(options.align ? { align: options.align } : {}),
  };
}
