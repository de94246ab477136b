/**
 * Shipped model files that are missing or damaged stop kgraph with an error that names the file and the command
 * that writes it again, for each of the three files (entity model, relation model, compromise's lexicon).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ModelError } from "../../src/errors.js";
import { loadModel, NerModelError } from "../../src/nlp/ner/model.js";
import { readLexicon } from "../../src/nlp/ner/gazetteer.js";
import { readModelFile } from "../../src/relations/typed/classifier.js";
import { readModelText } from "../../src/util/model-file.js";

const dir = mkdtempSync(join(tmpdir(), "kgraph-model-file-"));
const damaged = join(dir, "damaged.json.gz");
writeFileSync(damaged, "this is not gzip");

describe("model files", () => {
  it("names a missing file and the command that writes it", () => {
    expect(() => loadModel(join(dir, "ner.bin.gz"))).toThrow(NerModelError);
    expect(() => loadModel(join(dir, "ner.bin.gz"))).toThrow(
      /entity model .*ner\.bin\.gz is missing; run `npm run train:ner`/,
    );
    expect(() => readModelFile(join(dir, "rel.json.gz"))).toThrow(
      /relation model .*rel\.json\.gz is missing; run `npm run train:rel`/,
    );
  });

  it("names a damaged file and the command that writes it", () => {
    expect(() => loadModel(damaged)).toThrow(
      /entity model .*damaged\.json\.gz is not a gzipped model file .*`npm run train:ner`/,
    );
    expect(() => readModelFile(damaged)).toThrow(ModelError);
    expect(() => readLexicon(damaged)).toThrow(
      /gazetteer lexicon .*damaged\.json\.gz is not a gzipped model file .*`npm run lexicon`/,
    );
  });

  it("reads gzipped and plain text alike", () => {
    const gz = join(dir, "a.json.gz");
    const plain = join(dir, "a.json");
    writeFileSync(gz, gzipSync('{"a":1}'));
    writeFileSync(plain, '{"a":1}');
    const kind = { what: "test file", remedy: "true" };
    expect(readModelText(gz, kind)).toBe('{"a":1}');
    expect(readModelText(plain, kind)).toBe('{"a":1}');
  });
});
