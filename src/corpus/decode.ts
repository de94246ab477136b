/**
 * Turns a file's bytes into text, refusing binary and non-UTF-8 content with a precise reason.
 */

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** The decoded text, or the reason the bytes are not a UTF-8 text file. */
export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

/**
 * Decodes UTF-8 text; UTF-16 (by its byte-order mark, or by the NUL byte beside every ASCII letter) is named as
 * such, since re-saving fixes it; other NUL bytes mark a binary file, an invalid sequence a non-UTF-8 one.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const utf16 = utf16Kind(bytes);
  if (utf16) return { ok: false, problem: `UTF-16 (${utf16}): re-save as UTF-8` };
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, problem: `binary file (NUL byte at offset ${nul})` };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return {
      ok: false,
      problem: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)}); re-save it as UTF-8`,
    };
  }
}

/** Offset of the first byte that breaks UTF-8, to point the user at it. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || c >> 6 !== 0b10) return i;
    }
    i += len;
  }
  return i;
}

/** How many leading bytes the UTF-16 guess looks at, and how many it needs to guess without a byte-order mark. */
const SNIFF_BYTES = 4096;
const MIN_SNIFF_BYTES = 16;

/**
 * "little-endian, with BOM" and the like when `bytes` look like UTF-16, else undefined. Without a byte-order mark:
 * text in Latin script is mostly ASCII characters, each a printable byte beside a NUL, so NULs fill one byte
 * position (odd offsets for little-endian) and almost never the other; a binary file's NULs fall on both.
 */
export function utf16Kind(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "little-endian, with BOM";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "big-endian, with BOM";
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < MIN_SNIFF_BYTES) return undefined;
  const printable = (b: number) => (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d;
  let evenNul = 0;
  let oddNul = 0;
  let asciiLe = 0;
  let asciiBe = 0;
  for (let i = 0; i < n; i += 2) {
    const even = bytes[i]!;
    const odd = bytes[i + 1]!;
    if (even === 0) evenNul++;
    if (odd === 0) oddNul++;
    if (odd === 0 && printable(even)) asciiLe++;
    if (even === 0 && printable(odd)) asciiBe++;
  }
  const pairs = n / 2;
  if (asciiLe >= 0.4 * pairs && evenNul <= 0.05 * pairs) return "little-endian, no BOM";
  if (asciiBe >= 0.4 * pairs && oddNul <= 0.05 * pairs) return "big-endian, no BOM";
  return undefined;
}
