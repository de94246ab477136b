/**
 * Trains the entity model (`npm run train:ner`) on CoNLL-2003 eng.train plus CoNLL04's train split (single news
 * sentences with their own span conventions: titles inside names, "City , State", wire headlines) and writes
 * `src/models/ner.bin.gz`. CoNLL04 counts three times (`--conll04-repeat 3`, about a quarter of the tokens).
 * Measured on the dev sets (eng.testa F1 / CoNLL04 dev entity F1 / CoNLL04 dev relations end to end): once,
 * 0.932 and "Kim Jong Un" alone in a sentence not tagged a person; twice, 0.934 / 0.768 / 0.545; three times,
 * 0.932 / 0.782 / 0.554; four times, 0.933 / 0.784 / 0.547. CoNLL04's conventions (titles inside names, wire
 * datelines) are learnt better the more it counts, at a small cost on eng.testa; three is the first weight at which
 * the relations end to end reach their target. `--conll04 none` trains on eng.train alone.
 * Deterministic: fixed seed and document order, so the same data and flags reproduce the same file.
 * `--dev` only *reports* scores on a held-out file (eng.testa); it never feeds back into the weights.
 *
 *   npm run train:ner -- [--train FILE] [--conll04 FILE|none] [--conll04-repeat N] [--dev FILE] [--out FILE] [--epochs1 N] [--epochs2 N] [--folds K] [--bits B]
 *
 * `--conll04-predictions FILE` writes no model: it trains `--conll04-folds` models, each without one fold of the
 * CoNLL04 sentences, and writes the entities each finds in the sentences it did not see (JSON, one list of
 * `{start, end, type}` per sentence, no text). `npm run train:rel -- --predicted FILE` uses them to measure the
 * relation classifier end to end by cross-validation on train (and, opt-in, to train it on noisy entities).
 */
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { evaluateDocuments, formatConllEvaluation } from "../eval/conll-ner.js";
import type { Recogniser } from "../types.js";
import type { PairEntity } from "../relations/typed/features.js";
import { recogniseEntities } from "../eval/conll04.js";
import { readConll, type ConllDocument } from "../nlp/ner/conll.js";
import { recogniseText } from "../nlp/ner/index.js";
import { readConll04Documents } from "../nlp/ner/conll04.js";
import { deserializeModel, quantise, serializeModel } from "../nlp/ner/model.js";
import { DEFAULT_TRAIN_OPTIONS, trainModel } from "../nlp/ner/train-model.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const { values } = parseArgs({
  options: {
    train: { type: "string", default: resolve(repo, "../shared/data/conll2003/eng.train") },
    conll04: { type: "string", default: resolve(repo, "../shared/data/conll04/conll04_train.json") },
    "conll04-repeat": { type: "string", default: "3" },
    dev: { type: "string" },
    out: { type: "string", default: resolve(repo, "src/models/ner.bin.gz") },
    epochs1: { type: "string", default: String(DEFAULT_TRAIN_OPTIONS.epochs1) },
    epochs2: { type: "string", default: String(DEFAULT_TRAIN_OPTIONS.epochs2) },
    folds: { type: "string", default: String(DEFAULT_TRAIN_OPTIONS.folds) },
    bits: { type: "string", default: String(DEFAULT_TRAIN_OPTIONS.bits) },
    seed: { type: "string", default: String(DEFAULT_TRAIN_OPTIONS.seed) },
    "conll04-predictions": { type: "string" },
    "conll04-folds": { type: "string", default: "5" },
  },
});

const options = {
  bits: Number(values.bits),
  epochs1: Number(values.epochs1),
  epochs2: Number(values.epochs2),
  folds: Number(values.folds),
  seed: Number(values.seed),
  log: (m: string) => console.log(m),
};
const started = Date.now();
// Held-out sets are for reports only: refuse to train on them by mistake.
const HELD_OUT = /(?:testa|testb|_dev|_test)(?:\.[a-z]+)?$/i;
for (const path of [values.train, values.conll04]) {
  if (HELD_OUT.test(path))
    throw new Error(`train-ner: ${path} looks like a dev or test set; train on training splits only`);
}
const conll = readConll(values.train);
const repeat = Number(values["conll04-repeat"]);
const extra = values.conll04 === "none" ? [] : readConll04Documents(values.conll04);
const meta = {
  data: extra.length ? `CoNLL-2003 eng.train + CoNLL04 train (×${repeat})` : "CoNLL-2003 eng.train",
  epochs1: options.epochs1,
  epochs2: options.epochs2,
  folds: options.folds,
  seed: options.seed,
  // No timestamps or timings here: the file (and so the recogniser's version) must depend on data and flags only.
};

/** Trains on eng.train plus `extraDocs` (repeated); copies of one sentence share a jackknife group. */
function train(extraDocs: readonly ConllDocument[]): { file: Buffer; documents: number } {
  // Appended after eng.train, so the jackknife folds (document index mod folds) spread them evenly.
  const docs = [...conll, ...Array.from({ length: repeat }, () => extraDocs).flat()];
  const groups = docs.map((_, d) =>
    d < conll.length ? d : conll.length + ((d - conll.length) % Math.max(1, extraDocs.length)),
  );
  console.log(
    `training on ${docs.length} documents: ${conll.length} from ${values.train}, ${extraDocs.length}×${repeat} from ${values.conll04}`,
  );
  const trained = trainModel(docs, { ...options, groups });
  const file = serializeModel(
    trained.bits,
    [quantise(trained.stage1, trained.bits), quantise(trained.stage2, trained.bits)],
    { ...meta, documents: docs.length },
  );
  return { file, documents: docs.length };
}

if (values["conll04-predictions"]) {
  const k = Number(values["conll04-folds"]);
  const predicted: PairEntity[][] = new Array(extra.length);
  for (let fold = 0; fold < k; fold++) {
    const model = deserializeModel(train(extra.filter((_, i) => i % k !== fold)).file);
    const recogniser: Recogniser = {
      name: "kgraph-ner",
      version: model.version,
      recognise: (text) => recogniseText(text, model),
    };
    extra.forEach((doc, i) => {
      if (i % k === fold) predicted[i] = recogniseEntities(recogniser, doc.sentences[0]!);
    });
    console.log(`fold ${fold + 1}/${k} tagged`);
  }
  const path = values["conll04-predictions"];
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify({ source: values.conll04, ...meta, predictionFolds: k, entities: predicted }));
  console.log(
    `wrote ${path}: held-out recogniser entities of ${predicted.length} sentences; training took ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  process.exit(0);
}

const { file } = train(extra);
const seconds = (Date.now() - started) / 1000;
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, file);
const model = deserializeModel(file);
console.log(
  `wrote ${values.out}: ${(statSync(values.out).size / 1e6).toFixed(2)} MB, rows ${model.header.rows.join("/")}, version ${model.version}; training took ${seconds.toFixed(1)} s`,
);
if (values.dev) {
  console.log(`\nheld-out report on ${values.dev} (stage 1 only, then full model):`);
  const dev = readConll(values.dev);
  console.log(formatConllEvaluation(evaluateDocuments(dev, { mask: model.mask, stage1: model.stage1 })));
  console.log(formatConllEvaluation(evaluateDocuments(dev, model)));
}
