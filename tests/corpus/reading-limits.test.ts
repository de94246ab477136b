/**
 * Corpus reading defects found by probing: symbolic links out of the corpus folder, UTF-16 files, and documents
 * over the size limit. Each is skipped with a message naming the file and saying what to do.
 */
import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_DOCUMENT_MB, readCorpus } from "../../src/corpus/index.js";
import { decodeText, utf16Kind } from "../../src/corpus/decode.js";

async function folderOf(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kgraph-reading-"));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, ".."), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

const messages = (problems: ReadonlyArray<{ file: string; problem: string }>) =>
  problems.map((p) => `${p.file}: ${p.problem}`);

describe("symbolic links", () => {
  let outside: string;
  let corpus: string;
  beforeAll(async () => {
    // A secret outside the corpus, linked from inside it as a file and as a folder; a link inside that stays inside.
    outside = await folderOf({
      "secret.txt": "The password of Alice Smith is swordfish.",
      "more/other.txt": "Bob Jones lives in Leeds.",
    });
    corpus = await folderOf({
      "article.txt": "Paris is the capital of France.",
      "sub/real.txt": "Rome is the capital of Italy.",
    });
    await symlink(join(outside, "secret.txt"), join(corpus, "passwd.txt"));
    await symlink(join(outside, "more"), join(corpus, "linked-folder"));
    await symlink(join(corpus, "sub", "real.txt"), join(corpus, "alias-inside.txt"));
    await symlink(join(corpus, "sub"), join(corpus, "sub-link"));
  });

  it("skips links out of the corpus with a message naming the link, and reads links that stay inside", async () => {
    const { documents, problems } = await readCorpus(corpus);
    expect(documents.map((d) => d.id)).toEqual(["alias-inside.txt", "article.txt"]);
    expect(documents.some((d) => d.text.includes("swordfish"))).toBe(false);
    expect(messages(problems)).toEqual([
      expect.stringMatching(
        /^linked-folder: symbolic link to a folder outside the corpus \(.*more\); pass --follow-symlinks/,
      ),
      expect.stringMatching(
        /^passwd\.txt: symbolic link to a file outside the corpus \(.*secret\.txt\); pass --follow-symlinks/,
      ),
      // The folder's file, read through the link first, is the same text as the real one.
      "sub/real.txt: duplicate of alias-inside.txt (same text)",
    ]);
  });

  it("follows them all with followSymlinks", async () => {
    const { documents } = await readCorpus(corpus, { followSymlinks: true });
    expect(documents.map((d) => d.id)).toEqual([
      "alias-inside.txt",
      "article.txt",
      "linked-folder/other.txt",
      "passwd.txt",
    ]);
  });

  it("ends on a link cycle", async () => {
    const dir = await folderOf({});
    const loop = await folderOf({ "a.txt": "Madrid is in Spain." });
    await symlink(loop, join(loop, "back"));
    await symlink(loop, join(dir, "loop"));
    const { documents } = await readCorpus(dir, { followSymlinks: true });
    expect(documents.map((d) => d.id)).toEqual(["loop/a.txt"]);
  });
});

describe("UTF-16", () => {
  const text = "Angela Merkel visited Paris.";
  const le = Buffer.from(text, "utf16le");
  const be = Buffer.from(le).swap16();
  const bom = (b: Buffer, mark: number[]) => Buffer.concat([Buffer.from(mark), b]);

  it("names UTF-16 with or without a byte-order mark, in either byte order", () => {
    expect(utf16Kind(bom(le, [0xff, 0xfe]))).toBe("little-endian, with BOM");
    expect(utf16Kind(bom(be, [0xfe, 0xff]))).toBe("big-endian, with BOM");
    expect(utf16Kind(le)).toBe("little-endian, no BOM");
    expect(utf16Kind(be)).toBe("big-endian, no BOM");
    expect(decodeText(le)).toEqual({ ok: false, problem: "UTF-16 (little-endian, no BOM): re-save as UTF-8" });
  });

  it("still calls a binary file binary, and reads UTF-8", () => {
    expect(utf16Kind(new Uint8Array([0x48, 0x69, 0x00, 0x01, 0x02, 0x00, 0x00, 0x07]))).toBeUndefined();
    expect(decodeText(new Uint8Array([0x48, 0x69, 0x00, 0x01, 0x02]))).toEqual({
      ok: false,
      problem: "binary file (NUL byte at offset 2)",
    });
    expect(decodeText(Buffer.from(text))).toEqual({ ok: true, text });
  });

  it("skips UTF-16 files in a corpus with the remedy", async () => {
    const dir = await folderOf({ "utf16.txt": bom(le, [0xff, 0xfe]), "plain.txt": text.replace("Paris", "Rome") });
    const { documents, problems } = await readCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(["plain.txt"]);
    expect(messages(problems)).toEqual(["utf16.txt: UTF-16 (little-endian, with BOM): re-save as UTF-8"]);
  });
});

describe("the document size limit", () => {
  it("is 20 MB by default", () => {
    expect(DEFAULT_MAX_DOCUMENT_MB).toBe(20);
  });

  it("skips a larger file or JSONL line with its size, the limit and the option, and reads it when raised", async () => {
    const big = "Lisbon is in Portugal. ".repeat(60_000); // 1.3 MB
    const dir = await folderOf({
      "big.txt": big,
      "small.txt": "Oslo is in Norway.",
      "feed.jsonl": `${JSON.stringify({ id: "a", text: "Vienna is in Austria." })}\n${JSON.stringify({ id: "b", text: big.replace(/Lisbon/g, "Porto") })}\n`,
    });
    const { documents, problems } = await readCorpus(dir, { maxDocumentMB: 1 });
    expect(documents.map((d) => d.id)).toEqual(["feed.jsonl#a", "small.txt"]);
    expect(problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ""}: ${p.problem}`)).toEqual([
      "big.txt: document of 1.3 MB is larger than the limit of 1 MB; raise the limit with --max-document-mb (maxDocumentMB)",
      "feed.jsonl:2: document of 1.3 MB is larger than the limit of 1 MB; raise the limit with --max-document-mb (maxDocumentMB)",
    ]);
    const raised = await readCorpus(dir, { maxDocumentMB: 2 });
    expect(raised.problems).toEqual([]);
    expect(raised.documents).toHaveLength(4);
  });
});
