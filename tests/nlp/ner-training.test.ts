/**
 * Training is deterministic: the same documents and options give bit-identical weights and model files
 * (seeded shuffles, fixed update order). Runs on a small slice of CoNLL-2003 eng.train with a small table.
 */
import { expect, it } from "vitest";
import { readConll } from "../../src/nlp/ner/conll.js";
import { iob1ToSpans, type TokenSpan } from "../../src/nlp/ner/labels.js";
import { deserializeModel, quantise, serializeModel } from "../../src/nlp/ner/model.js";
import { tagDocument } from "../../src/nlp/ner/tagger.js";
import { trainModel } from "../../src/nlp/ner/train-model.js";
import { describeWithShared, sharedPath } from "../shared-data.js";

describeWithShared("entity model training", () => {
  it("gives identical weights when run twice, and a model that loads and tags", () => {
    const docs = readConll(sharedPath("data/conll2003/eng.train")).slice(0, 40);
    const options = { bits: 16, epochs1: 2, epochs2: 2, folds: 2, seed: 7 };
    const a = trainModel(docs, options);
    const b = trainModel(docs, options);
    for (const stage of ["stage1", "stage2"] as const) {
      expect(Buffer.from(a[stage].emission.buffer).equals(Buffer.from(b[stage].emission.buffer))).toBe(true);
      expect(Buffer.from(a[stage].transition.buffer).equals(Buffer.from(b[stage].transition.buffer))).toBe(true);
    }
    const file = (m: typeof a) =>
      serializeModel(m.bits, [quantise(m.stage1, m.bits), quantise(m.stage2, m.bits)], { test: true });
    const bytes = file(a);
    expect(bytes.equals(file(b))).toBe(true);

    // The model learned something: it finds most names of a training document again (same tokens, same type).
    const model = deserializeModel(bytes);
    const doc = docs[0]!;
    const key = (s: number, span: TokenSpan) => `${s}:${span.start}-${span.end}:${span.label}`;
    const found = new Set(tagDocument(doc.sentences, model).flatMap((spans, s) => spans.map((span) => key(s, span))));
    const gold = doc.labels.flatMap((labels, s) => iob1ToSpans(labels).map((span) => key(s, span)));
    expect(gold).toHaveLength(48);
    // Reached: 48 of 48 (a model that had learned nothing finds none of them).
    expect(gold.filter((g) => found.has(g)).length / gold.length).toBeGreaterThanOrEqual(0.9);
  });
});
