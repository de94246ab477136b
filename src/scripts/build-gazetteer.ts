/**
 * Writes the entity model's gazetteer tables beside the compiled gazetteer module (`npm run build` runs it after
 * tsc), so that extraction workers read them instead of building them at every start (see gazetteer.ts).
 */
import { writeGazetteerData } from "../nlp/ner/gazetteer.js";

console.log(`wrote ${writeGazetteerData()}`);
