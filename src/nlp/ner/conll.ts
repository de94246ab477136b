/**
 * Reader for CoNLL-2003 column files (`token POS chunk NER`, IOB1, `-DOCSTART-` between documents, blank lines
 * between sentences). Only the token and NER columns are kept: the gold POS and chunk columns do not exist for
 * real text, so the model must not learn to lean on them.
 */
import { readFileSync } from "node:fs";

/** One CoNLL document: token strings and IOB1 labels, sentence by sentence. */
export interface ConllDocument {
  sentences: string[][];
  labels: string[][];
}

/** Parses the text of a CoNLL-2003 file into documents. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [], labels: [] };
  let words: string[] = [];
  let labels: string[] = [];
  const endSentence = () => {
    if (words.length > 0) {
      doc.sentences.push(words);
      doc.labels.push(labels);
    }
    words = [];
    labels = [];
  };
  const endDocument = () => {
    endSentence();
    if (doc.sentences.length > 0) docs.push(doc);
    doc = { sentences: [], labels: [] };
  };
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === "") {
      endSentence();
      continue;
    }
    const cols = trimmed.split(/\s+/);
    if (cols[0] === "-DOCSTART-") {
      endDocument();
      continue;
    }
    words.push(cols[0]!);
    labels.push(cols[cols.length - 1]!);
  }
  endDocument();
  return docs;
}

/** Reads and parses a CoNLL-2003 file. */
export function readConll(path: string): ConllDocument[] {
  return parseConll(readFileSync(path, "utf8"));
}
