/**
 * The curation file: decisions read with their lines; a hand-edited file keeps its comments, order and layout
 * through `addDecision` and `removeDecision`; malformed files are refused with the file, line and problem.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  addDecision,
  CURATION_ACTIONS,
  decisionOf,
  entryOf,
  readCurationFile,
  readCurationIfPresent,
  removeDecision,
  type Decision,
} from "../../src/curate/index.js";
import { CurationError } from "../../src/errors.js";

async function tempFile(text?: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), "kgraph-curation-")), "kgraph-curation.yaml");
  if (text !== undefined) await writeFile(path, text);
  return path;
}

const HAND_WRITTEN = `# Curation of the Korea desk's corpus.
# Reviewed weekly.
decisions:
  # the agency's full name, as its own site gives it
  - rename: Yonhap
    to: Yonhap News Agency
    date: 2026-11-30

  - remove: Europe   # a dateline, not a subject
  - merge: [Vladimir Putin, Putin]
    note: same man
`;

describe("the curation file", () => {
  it("reads each decision with its line, the dates as written", async () => {
    const path = await tempFile(HAND_WRITTEN);
    const { file, decisions } = readCurationFile(path);
    expect(file).toBe(path);
    expect(decisions).toEqual([
      { action: "rename", entity: "Yonhap", to: "Yonhap News Agency", date: "2026-11-30", line: 5 },
      { action: "remove", entity: "Europe", line: 9 },
      { action: "merge", entities: ["Vladimir Putin", "Putin"], note: "same man", line: 10 },
    ]);
  });

  it("keeps a hand-edited file's comments, order and layout when a decision is added, then removed", async () => {
    const path = await tempFile(HAND_WRITTEN);
    await addDecision(path, {
      action: "split",
      entity: "Kim Jong Un",
      alias: "Kim",
      note: "two Kims",
      date: "2026-12-05",
    });
    const added = await readFile(path, "utf8");
    // The yaml package writes one space before a trailing comment; everything else is as the person wrote it.
    const asWritten = HAND_WRITTEN.replace("Europe   #", "Europe #");
    expect(added.startsWith(asWritten)).toBe(true);
    expect(added.slice(asWritten.length)).toBe(
      "  - split: Kim Jong Un\n    alias: Kim\n    note: two Kims\n    date: 2026-12-05\n",
    );
    expect(readCurationFile(path).decisions.map((d) => d.action)).toEqual(["rename", "remove", "merge", "split"]);
    const removed = await removeDecision(path, 4);
    expect(removed).toMatchObject({ action: "split", alias: "Kim" });
    expect(await readFile(path, "utf8")).toBe(asWritten);
    await removeDecision(path, 2);
    const text = await readFile(path, "utf8");
    expect(text).toContain("# Reviewed weekly.");
    expect(text).toContain("# the agency's full name");
    expect(text).not.toContain("Europe");
    expect(readCurationFile(path).decisions.map((d) => d.action)).toEqual(["rename", "merge"]);
  });

  it("makes the file with a header when it is missing, and writes names lists on one line", async () => {
    const path = await tempFile();
    expect(readCurationIfPresent(path)).toBeUndefined();
    await addDecision(path, { action: "merge", entities: ["A B", "C: D"] });
    await addDecision(path, { action: "reject", entities: ["A B", "E"], predicate: "role" });
    const text = await readFile(path, "utf8");
    expect(text).toMatch(/^# kgraph curation/);
    expect(text).toContain('  - merge: [A B, "C: D"]\n');
    expect(readCurationFile(path).decisions).toEqual([
      { action: "merge", entities: ["A B", "C: D"], line: 4 },
      { action: "reject", entities: ["A B", "E"], predicate: "role", line: 5 },
    ]);
  });

  it("adds to a file of comments alone, or one whose list is empty, keeping the comments", async () => {
    for (const start of ["# only a comment\n", "# c\ndecisions:\n"]) {
      const path = await tempFile(start);
      expect(readCurationFile(path).decisions).toEqual([]);
      await addDecision(path, { action: "remove", entity: "X" });
      const text = await readFile(path, "utf8");
      expect(text.startsWith(start.split("\n")[0]!)).toBe(true);
      expect(readCurationFile(path).decisions).toEqual([{ action: "remove", entity: "X", line: expect.any(Number) }]);
    }
  });

  it.each([
    ["decisions:\n  - rename: [unclosed\n", /line \d.*not valid YAML/],
    ["decisions:\n  - frobnicate: X\n", /decision 1 \(line 2\): a decision starts with its action.*not "frobnicate"/],
    ["decisions:\n  - retype: X\n    to: planet\n", /decision 1 \(line 2\): "to" must be one of person, place/],
    ["decisions:\n  - remove: X\n  - rename: Y\n", /decision 2 \(line 3\): "to" needs a name/],
    ["decisions:\n  - merge: X\n", /"merge" takes a list of names/],
    ["decisions:\n  - remove: X\n    to: Y\n", /"remove" does not take "to"/],
    ["decisions:\n  - split: X\n    alias: Y\n    at: 3\n", /"at" needs "document"/],
    ["decisions: 3\n", /"decisions" must be a list/],
    ["- remove: X\n", /must be a map with a "decisions:" list/],
  ])("refuses %j naming the file, the line and the problem", async (text, message) => {
    const path = await tempFile(text);
    expect(() => readCurationFile(path)).toThrow(CurationError);
    expect(() => readCurationFile(path)).toThrow(message);
    expect(() => readCurationFile(path)).toThrow(path);
  });

  it("refuses a missing file named explicitly", async () => {
    expect(() => readCurationFile("/nonexistent/kgraph-curation.yaml")).toThrow(CurationError);
  });

  it("round-trips every kind of decision through its entry", () => {
    const decisions: Decision[] = [
      { action: "merge", entities: ["A", "B", "C"], note: "n", date: "2026-01-02" },
      { action: "split", entity: "A", alias: "B" },
      { action: "split", entity: "A", alias: "B", document: "d.txt", at: 12 },
      { action: "rename", entity: "A", to: "B" },
      { action: "retype", entity: "A", to: "media" },
      { action: "remove", entity: "A" },
      { action: "reject", entities: ["A", "B"] },
      { action: "reject", entities: ["A", "B"], predicate: "role" },
      { action: "alias", entity: "A", add: "B" },
    ];
    expect(new Set(decisions.map((d) => d.action))).toEqual(new Set(CURATION_ACTIONS));
    for (const d of decisions) expect(decisionOf(entryOf(d))).toEqual(d);
  });
});
