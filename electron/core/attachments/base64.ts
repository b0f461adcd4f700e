import { CoreError } from '../errors';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The number of bytes a base64 text stands for, worked out without decoding it. */
export function decodedLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((text.length * 3) / 4) - padding);
}

/**
 * Decodes standard base64 strictly. Node's own decoder skips anything it does
 * not understand, so a damaged or truncated upload would be stored as a
 * different file without a word; here it is refused.
 */
export function decodeBase64Strictly(text: string, field: string): Buffer {
  const lastQuantum = text.slice(-4);
  const isValid =
    text.length % 4 === 0 &&
    BASE64.test(text) &&
    // The last characters must not carry stray bits that decoding would drop.
    Buffer.from(lastQuantum, 'base64').toString('base64') === lastQuantum;
  if (!isValid) {
    throw new CoreError(
      'invalid_input',
      `${field}: this is not valid base64 (only A–Z, a–z, 0–9, + and /, padded with = to a multiple of 4 characters, with no spaces or line breaks). The file may have been damaged on the way; try adding it again.`,
    );
  }
  return Buffer.from(text, 'base64');
}
