/**
 * Writes compromise's lexicon (lower-case word or phrase → tags) to `src/models/compromise-lexicon.json.gz`
 * (`npm run lexicon`). The entity model's gazetteer reads this snapshot rather than loading compromise: the
 * model's list features were learnt against these exact lists, so the two ship together, and a process that
 * tags text starts half a second sooner. Run it, then `npm run train:ner`, after upgrading compromise (a test
 * says when the installed lexicon and the snapshot differ).
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { lexiconPath } from "../nlp/ner/gazetteer.js";

const nlp = createRequire(import.meta.url)("compromise") as typeof import("compromise").default;
const lexicon = (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
// compromise's own entry order is kept: the gazetteer numbers lists in the order it meets them.
const bytes = gzipSync(JSON.stringify(lexicon), { level: 9 });
writeFileSync(lexiconPath(), bytes);
console.log(`wrote ${lexiconPath()} (${Object.keys(lexicon).length} entries, ${(bytes.length / 1024).toFixed(0)} KB)`);
