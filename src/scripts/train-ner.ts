/**
 * Trains the entity model (`npm run train:ner`) on CoNLL-2003 eng.train and writes `src/models/ner.bin.gz`.
 * Deterministic: fixed seed and document order, so the same data and flags reproduce the same file.
 * `--dev` only *reports* scores on a held-out file (eng.testa); it never feeds back into the weights.
 *
 *   npm run train:ner -- [--train FILE] [--dev FILE] [--out FILE] [--epochs1 N] [--epochs2 N] [--folds K] [--bits B]
 */
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { evaluateDocuments, formatConllEvaluation } from "../eval/conll-ner.js";
import { readConll } from "../nlp/ner/conll.js";
import { deserializeModel, quantise, serializeModel } from "../nlp/ner/model.js";
import { DEFAULT_TRAIN_OPTIONS, trainModel } from "../nlp/ner/train-model.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const { values } = parseArgs({
  options: {
    train: { type: "string", default: resolve(repo, "../shared/data/conll2003/eng.train") },
    dev: { type: "string" },
    out: { type: "string", default: resolve(repo, "src/models/ner.bin.gz") },
    epochs1: { type: "string", default: String(DEFAULT_TRAIN_OPTIONS.epochs1) },
    epochs2: { type: "string", default: String(DEFAULT_TRAIN_OPTIONS.epochs2) },
    folds: { type: "string", default: String(DEFAULT_TRAIN_OPTIONS.folds) },
    bits: { type: "string", default: String(DEFAULT_TRAIN_OPTIONS.bits) },
    seed: { type: "string", default: String(DEFAULT_TRAIN_OPTIONS.seed) },
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
const docs = readConll(values.train);
console.log(`training on ${docs.length} documents from ${values.train}`);
const trained = trainModel(docs, options);
const seconds = (Date.now() - started) / 1000;
const file = serializeModel(trained.bits, [quantise(trained.stage1, trained.bits), quantise(trained.stage2, trained.bits)], {
  data: "CoNLL-2003 eng.train",
  documents: docs.length,
  epochs1: options.epochs1,
  epochs2: options.epochs2,
  folds: options.folds,
  seed: options.seed,
  // No timestamps or timings here: the file (and so the recogniser's version) must depend on data and flags only.
});
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
