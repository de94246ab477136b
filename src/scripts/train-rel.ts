/**
 * Trains the relation classifier on CoNLL04 and writes `src/models/rel.json.gz` (`npm run train:rel`).
 * Reads ../shared/data/conll04/conll04_train.json; the dev file is only used to report (and, with `--tune`,
 * to choose options among a small grid), never trained on. Single-threaded and deterministic.
 *
 *   npm run train:rel                 train with DEFAULT_TRAINING, report dev F1, write the model
 *   npm run train:rel -- --tune       also print dev F1 for a small grid of options (writes nothing)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { pairExamples, readConll04 } from "../relations/typed/conll04-data.js";
import { DEFAULT_TRAINING, serialiseModel, trainRelationModel, type TrainingOptions } from "../relations/typed/model.js";
import { evaluateConll04 } from "../eval/conll04.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dataDir = resolve(root, process.env.KGRAPH_SHARED ?? "../shared", "data/conll04");
const modelPath = resolve(root, "src/models/rel.json.gz");

const train = readConll04(resolve(dataDir, "conll04_train.json"));
const dev = readConll04(resolve(dataDir, "conll04_dev.json"));
const examples = pairExamples(train);
console.log(`train: ${train.length} sentences, ${examples.length} candidate pairs (${examples.filter((e) => e.label).length} related)`);

const fmt = (x: number) => x.toFixed(3);

if (process.argv.includes("--tune")) {
  const grid: Array<Partial<TrainingOptions>> = [];
  // The grid the defaults were chosen from (dev F1 0.73–0.77 across it; smaller steps generalised better).
  for (const epochs of [10, 20]) for (const l2 of [1e-3, 5e-3]) for (const learningRate of [0.02, 0.03, 0.05, 0.1]) grid.push({ epochs, l2, learningRate });
  for (const options of grid) {
    const model = trainRelationModel(examples, options);
    const line = [0.3, 0.4, 0.5, 0.6].map((threshold) => {
      const e = evaluateConll04(dev, { ...model, threshold }).goldEntities;
      return `t=${threshold} P=${fmt(e.precision)} R=${fmt(e.recall)} F1=${fmt(e.f1)}`;
    });
    console.log(JSON.stringify(options), model.weights.size, "\n   ", line.join("\n    "));
  }
} else {
  const started = Date.now();
  const model = trainRelationModel(examples, DEFAULT_TRAINING);
  const e = evaluateConll04(dev, model).goldEntities;
  console.log(`trained in ${((Date.now() - started) / 1000).toFixed(1)} s, ${model.weights.size} weights`);
  console.log(`dev (gold entities): P=${fmt(e.precision)} R=${fmt(e.recall)} F1=${fmt(e.f1)}`);
  for (const [type, s] of Object.entries(e.perType)) console.log(`  ${type.padEnd(12)} P=${fmt(s.precision)} R=${fmt(s.recall)} F1=${fmt(s.f1)}`);
  mkdirSync(dirname(modelPath), { recursive: true });
  const text = serialiseModel(model, { data: "conll04_train.json", sentences: train.length, options: DEFAULT_TRAINING });
  // gzip: the JSON repeats feature names; Node writes no timestamp in the header, so the bytes are reproducible.
  const bytes = gzipSync(text, { level: 9 });
  writeFileSync(modelPath, bytes);
  console.log(`wrote ${modelPath} (${(bytes.length / 1024).toFixed(0)} KiB)`);
}
