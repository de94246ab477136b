/**
 * Turns a file's bytes into text, refusing binary and non-UTF-8 content with a precise reason.
 */

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** The decoded text, or the reason the bytes are not a UTF-8 text file. */
export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

/** Decodes UTF-8 text; a NUL byte marks a binary file, an invalid sequence a non-UTF-8 one. */
export function decodeText(bytes: Uint8Array): Decoded {
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
