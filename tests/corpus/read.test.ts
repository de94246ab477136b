import { mkdtemp, mkdir, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readCorpus } from "../../src/corpus/index.js";
import { normaliseDate } from "../../src/corpus/metadata.js";
import { CorpusError } from "../../src/errors.js";
import { repoRoot } from "../shared-data.js";

async function corpusOf(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kgraph-corpus-"));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, ".."), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

describe("reading the seed corpus", () => {
  it("reads both articles with title, date and the full text", async () => {
    const { documents, problems } = await readCorpus(join(repoRoot, "corpus"));
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual([
      "2025-07-01-kim-jong-un-honors-troops-killed-in-russia.txt",
      "2025-07-01-kim-jong-un-mourns-soldiers-killed-in-kursk.txt",
    ]);
    const [honors, mourns] = documents;
    expect(honors!.title).toBe("North Korea: Kim Jong Un honors troops killed in Russia");
    expect(honors!.date).toBe("2025-07-01");
    expect(mourns!.date).toBe("2025-07-01"); // from the inline "date 2025-07-01" that opens the text
    // The first line is a whole paragraph: the title is its first sentence, after the date, cut at a word.
    expect(mourns!.title).toBe(
      "In a surprising first, North Korea's state-run media aired footage on Monday showing leader Kim Jong-un…",
    );
    expect(mourns!.text.startsWith(" date 2025-07-01 In a surprising first")).toBe(true); // text kept exactly as read
  });
});

describe("formats", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await corpusOf({
      "a/plain.txt":
        "Leaders meet in Geneva\nMarch 3, 2024\nurl: https://example.org/geneva\n\nThe talks began on Monday.",
      "front.md":
        "---\ntitle: Summit ends\ndate: 2024-03-05\nurl: https://example.org/summit\n---\n# Ignored heading\nThe summit ended.",
      "page.html":
        "<html><head><title>Page title</title><meta property='article:published_time' content='2024-03-06T10:00:00Z'>" +
        "<link rel='canonical' href='https://example.org/page'><style>p{color:red}</style><script>alert('x')</script></head>" +
        "<body><nav>Home | World</nav><h1>Storm &amp; rain hit Oslo</h1><p>Heavy rain fell in Oslo.</p><footer>© Paper</footer></body></html>",
      "feed.jsonl":
        JSON.stringify({
          id: "n1",
          title: "First",
          date: "2024-03-07",
          url: "https://example.org/1",
          text: "Alpha text.",
        }) +
        "\n" +
        JSON.stringify({ text: "Beta text without metadata." }) +
        "\n",
      "notes.pdf": "ignored: not a corpus format",
    });
  });

  it("reads .txt metadata lines, .md front matter, .html articles and .jsonl lines", async () => {
    const { documents, problems } = await readCorpus(dir);
    expect(problems).toEqual([]);
    const byId = Object.fromEntries(documents.map((d) => [d.id, d]));
    expect(Object.keys(byId).sort()).toEqual(["a/plain.txt", "feed.jsonl#2", "feed.jsonl#n1", "front.md", "page.html"]);
    expect(byId["a/plain.txt"]).toMatchObject({
      title: "Leaders meet in Geneva",
      date: "2024-03-03",
      url: "https://example.org/geneva",
    });
    expect(byId["front.md"]).toMatchObject({
      title: "Summit ends",
      date: "2024-03-05",
      url: "https://example.org/summit",
    });
    const page = byId["page.html"]!;
    expect(page).toMatchObject({ title: "Storm & rain hit Oslo", date: "2024-03-06", url: "https://example.org/page" });
    expect(page.text).toBe("Storm & rain hit Oslo\n\nHeavy rain fell in Oslo.");
    expect(byId["feed.jsonl#n1"]).toMatchObject({
      title: "First",
      date: "2024-03-07",
      url: "https://example.org/1",
      text: "Alpha text.",
      path: "feed.jsonl#1",
    });
    expect(byId["feed.jsonl#2"]!.text).toBe("Beta text without metadata.");
  });

  it("normalises the date forms news uses", () => {
    expect(normaliseDate("July 1, 2025")).toBe("2025-07-01");
    expect(normaliseDate("1 July 2025")).toBe("2025-07-01");
    expect(normaliseDate("Sept. 9, 2024")).toBe("2024-09-09");
    expect(normaliseDate("2025-13-01")).toBeUndefined();
    expect(normaliseDate("yesterday")).toBeUndefined();
  });
});

describe("bad input", () => {
  it("skips each bad file or line with a message naming it, and keeps the rest", async () => {
    const dir = await corpusOf({
      "good.txt": "Paris is the capital of France.",
      "second-copy.txt": "Paris is the capital of France.",
      "empty.txt": "  \n\t\n",
      "title-only.html": "<html><head><title>Nothing but a title</title></head><body><nav>Home</nav></body></html>",
      "binary.txt": new Uint8Array([0x48, 0x69, 0x00, 0x01, 0x02]),
      "latin1.txt": new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x4f, 0x6c, 0xe9]), // "Café Olé" in Latin-1
      "lines.jsonl":
        '{"text": "Rome is in Italy."}\n{"text": broken\n{"title": "no text"}\n["not", "an", "object"]\n{"text": ""}\n',
    });
    await symlink(join(dir, "missing-target.txt"), join(dir, "dangling.txt"));
    const { documents, problems } = await readCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(["good.txt", "lines.jsonl#1"]);
    const messages = problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ""} ${p.problem}`);
    expect(messages).toEqual([
      expect.stringMatching(/^binary\.txt binary file \(NUL byte at offset 2\)/),
      expect.stringMatching(/^dangling\.txt cannot be read \(ENOENT\)/),
      "empty.txt empty document (no text)",
      expect.stringMatching(/^latin1\.txt not valid UTF-8 \(first bad byte at offset 3\)/),
      expect.stringMatching(/^lines\.jsonl:2 malformed JSON/),
      'lines.jsonl:3 missing or non-string "text" field',
      'lines.jsonl:4 expected a JSON object with a "text" field',
      "lines.jsonl:5 empty document (no text)",
      "second-copy.txt duplicate of good.txt (same text)",
      "title-only.html empty document (no text)",
    ]);
    expect(problems.every((p) => p.action === "skipped")).toBe(true);
  });

  it("names the folder when the corpus is missing, not a folder, or has nothing usable", async () => {
    await expect(readCorpus("/nonexistent/kgraph-corpus")).rejects.toThrow(CorpusError);
    await expect(readCorpus("/nonexistent/kgraph-corpus")).rejects.toThrow(
      /"\/nonexistent\/kgraph-corpus" does not exist/,
    );
    const file = join(await corpusOf({ "x.txt": "Some text." }), "x.txt");
    await expect(readCorpus(file)).rejects.toThrow(/is not a folder/);
    const empty = await corpusOf({ "readme.pdf": "not an article" });
    await expect(readCorpus(empty)).rejects.toThrow(
      /has no usable document: it has no \.txt\/\.md\/\.html\/\.htm\/\.jsonl files/,
    );
    const allBad = await corpusOf({ "a.txt": "", "b.txt": new Uint8Array([0]) });
    await expect(readCorpus(allBad)).rejects.toThrow(/every file was skipped \(2 problems\)/);
  });
});
