/**
 * Fits the relation classifier's calibration (Platt scaling) and writes `src/models/rel-calibration.json`
 * (`npm run calibrate:rel`). Out-of-fold predictions on CoNLL04 train (5 folds, the shipped model's training
 * options, gold entities) are pooled and an isotonic map is fitted to them; dev is only reported on: its
 * reliability table and expected calibration error (ECE) with the shipped model, before and after the map.
 * Deterministic: the same folds and training seed as `npm run train:rel`.
 */
import { writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { conll04Predictions } from "../eval/conll04.js";
import { shippedModel } from "../relations/typed/classifier.js";
import { pairExamples, readConll04 } from "../relations/typed/conll04-data.js";
import { calibrate, fitPlatt, reliability, type ScoredPrediction } from "../relations/typed/calibration.js";
import { DEFAULT_TRAINING, trainRelationModel } from "../relations/typed/model.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dataDir = resolve(root, process.env.KGRAPH_SHARED ?? "../shared", "data/conll04");
const out = resolve(root, "src/models/rel-calibration.json");
const FOLDS = 5;

const train = readConll04(resolve(dataDir, "conll04_train.json"));
const dev = readConll04(resolve(dataDir, "conll04_dev.json"));

// Sentence i is held out in fold i % FOLDS, as in train-rel's cross-validation.
const outOfFold: ScoredPrediction[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const model = trainRelationModel(
    train.flatMap((s, i) => (i % FOLDS !== fold ? pairExamples([s]) : [])),
    DEFAULT_TRAINING,
  );
  outOfFold.push(
    ...conll04Predictions(
      model,
      train.filter((_, i) => i % FOLDS === fold),
    ),
  );
}
const calibration = fitPlatt(outOfFold);
writeFileSync(out, `${JSON.stringify({ source: "conll04_train.json, 5-fold out-of-fold", ...calibration })}\n`);
console.log(
  `train: ${outOfFold.length} out-of-fold pair predictions; a=${calibration.a} b=${calibration.b}; wrote ${out}`,
);

const raw = conll04Predictions(shippedModel(), dev);
const table = (name: string, points: ScoredPrediction[]) => {
  const r = reliability(points);
  console.log(`${name}: ECE ${r.ece.toFixed(4)} over ${r.count} pairs`);
  for (const b of r.bins)
    console.log(
      `  ${b.from.toFixed(1)}–${b.to.toFixed(1)}  n=${String(b.count).padStart(5)}  confidence ${b.confidence.toFixed(3)}  right ${b.accuracy.toFixed(3)}`,
    );
};
table("dev, raw probabilities", raw);
table(
  "dev, calibrated",
  raw.map((x) => ({ p: calibrate(calibration, x.p), right: x.right })),
);
