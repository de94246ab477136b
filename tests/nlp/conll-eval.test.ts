/**
 * The shipped model on CoNLL-2003 eng.testa (the dev set; never trained on): F1 over PER/LOC/ORG stays at the
 * figure reached when the model was trained, and `kgraph eval conll --json` prints one JSON line of it, with the
 * figure of `kgraph extract` on the same documents written out as text.
 */
import { Command } from "commander";
import { expect, it, vi } from "vitest";
import { registerEvalConll } from "../../src/cli/commands/eval-conll.js";
import { evaluateConllFile } from "../../src/eval/conll-ner.js";
import { describeWithShared, sharedPath } from "../shared-data.js";

/** Overall F1 the shipped model reached on eng.testa (see the training report); the test allows 0.01 below. */
const REACHED_F1 = 0.932;

/**
 * Overall F1 of `kgraph extract` on eng.testa written out as raw text: 0.908 when the figure was added, 0.920 once
 * each mention kept its own type, 0.924 with the clean-up rules of the third session of 2026-12-07. Issue #17
 * asks for it within 1.5 points of the model's.
 */
const RAW_TEXT_F1 = 0.924;

/** The library's evaluation of eng.testa, computed once for both tests. */
let evaluated: ReturnType<typeof evaluateConllFile> | undefined;
const evaluation = () => (evaluated ??= evaluateConllFile(sharedPath("data/conll2003/eng.testa")));

describeWithShared("CoNLL-2003 eng.testa", () => {
  it("reaches the trained model's F1 over PER/LOC/ORG", () => {
    const result = evaluation();
    expect(result.documents).toBe(216);
    expect(result.tokens).toBe(51362);
    expect(result.overall.f1).toBeGreaterThanOrEqual(REACHED_F1 - 0.01);
    for (const type of ["PER", "LOC", "ORG", "MISC"] as const) expect(result[type].f1).toBeGreaterThan(0.8);
    expect(result.tokensPerSecond).toBeGreaterThan(10_000); // loose: the machine is shared
  });

  it("prints one JSON line with --json", async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    try {
      const program = new Command("kgraph").exitOverride();
      registerEvalConll(program.command("eval"));
      await program.parseAsync(["eval", "conll", sharedPath("data/conll2003/eng.testa"), "--json"], { from: "user" });
    } finally {
      spy.mockRestore();
    }
    expect(lines).toHaveLength(1);
    const parsed = JSON.parse(lines[0]!) as Record<string, { f1: number }> & {
      tokensPerSecond: number;
      rawText: Record<string, { f1: number }>;
    };
    expect(Object.keys(parsed)).toEqual(["overall", "PER", "LOC", "ORG", "MISC", "tokensPerSecond", "rawText"]);
    // Through `kgraph extract` on the raw text (the model alone 0.932).
    expect(parsed.rawText.overall!.f1).toBeGreaterThanOrEqual(RAW_TEXT_F1 - 0.005);
    expect(parsed.overall.f1 - parsed.rawText.overall!.f1).toBeLessThanOrEqual(0.015);
    expect(parsed.overall.f1).toBeGreaterThanOrEqual(REACHED_F1 - 0.01);
    // The figures are the library's (scoring is deterministic); only the speed differs from run to run.
    const library = evaluation();
    for (const type of ["overall", "PER", "LOC", "ORG", "MISC"] as const) {
      const { precision, recall, f1 } = library[type];
      expect(parsed[type], type).toEqual({ precision, recall, f1 });
    }
    expect(parsed.tokensPerSecond).toBeGreaterThan(10_000); // loose, as above
  });
});
