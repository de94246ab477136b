/**
 * Decoding a file's bytes: UTF-16, with or without a byte-order mark, is named as such with what to do, not
 * called binary; UTF-8 text is read as it is.
 */
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/corpus/index.js";

const text = "Kim Jong Un met Vladimir Putin in Moscow.";

describe("decodeText", () => {
  it("names UTF-16 files, with or without a byte-order mark, and says to re-save them as UTF-8", () => {
    const le = Buffer.from(text, "utf16le");
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
    const be = Buffer.from(le).swap16();
    for (const bytes of [withBom, le, be]) {
      const decoded = decodeText(bytes);
      expect(decoded.ok).toBe(false);
      expect(decoded.ok ? "" : decoded.problem).toMatch(/^UTF-16 \(.+\): re-save as UTF-8$/);
    }
  });

  it("reads UTF-8 as it is and still calls a file with NUL bytes among other bytes binary", () => {
    expect(decodeText(Buffer.from(text, "utf8"))).toEqual({ ok: true, text });
    const png = decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(png.ok ? "" : png.problem).toMatch(/binary/);
  });
});
