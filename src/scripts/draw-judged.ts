/**
 * Draws the entities of a judged development set from a built graph: the `top` most mentioned entity nodes
 * (mentions descending, label ascending among equals) and `random` more drawn with a seeded generator among
 * the rest. Prints one JSON object per line (rank, set, label, aliases, entityType, mentions) for a person to
 * judge; the drawing is reproducible from the graph and the seed. Usage:
 *   node dist/scripts/draw-judged.js <graph.json> [--top 250] [--random 150] [--seed 17] [--contexts n]
 * With `--contexts n`, each line also carries up to n mention snippets (for reading, not for the data file).
 */
import { readFileSync } from "node:fs";

interface Node {
  key: string;
  attributes: Record<string, unknown>;
}
interface Edge {
  source: string;
  target: string;
  attributes: Record<string, unknown>;
}

/** mulberry32: a small, well-known seeded generator, so that the draw is the same on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const file = process.argv[2];
if (!file) throw new Error("usage: draw-judged <graph.json> [--top n] [--random n] [--seed n] [--contexts n]");
const graph = JSON.parse(readFileSync(file, "utf8")) as { nodes: Node[]; edges: Edge[] };
const top = option("top", 250);
const randomCount = option("random", 150);
const seed = option("seed", 17);
const contexts = option("contexts", 0);

const entities = graph.nodes
  .filter((n) => n.attributes.kind === "entity")
  .sort(
    (a, b) =>
      (b.attributes.mentions as number) - (a.attributes.mentions as number) ||
      String(a.attributes.label).localeCompare(String(b.attributes.label), "en") ||
      (a.key < b.key ? -1 : 1),
  );
const drawn: { node: Node; set: string; rank: number }[] = entities
  .slice(0, top)
  .map((node, i) => ({ node, set: "top", rank: i + 1 }));
// Partial Fisher–Yates over the rest: the first `randomCount` places of a seeded shuffle.
const rest = entities.slice(top).map((node, i) => ({ node, rank: top + i + 1 }));
const next = mulberry32(seed);
for (let i = 0; i < Math.min(randomCount, rest.length); i++) {
  const j = i + Math.floor(next() * (rest.length - i));
  [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  drawn.push({ node: rest[i]!.node, set: "random", rank: rest[i]!.rank });
}

const texts = new Map(graph.nodes.filter((n) => n.attributes.kind === "document").map((n) => [n.key, n.attributes]));
const spansOf = new Map<string, { doc: string; start: number; end: number }[]>();
if (contexts > 0)
  for (const e of graph.edges) {
    if (e.attributes.kind !== "mention") continue;
    const list = spansOf.get(e.target) ?? [];
    for (const s of e.attributes.spans as { start: number; end: number }[]) list.push({ doc: e.source, ...s });
    spansOf.set(e.target, list);
  }

for (const { node, set, rank } of drawn) {
  const a = node.attributes;
  const line: Record<string, unknown> = {
    rank,
    set,
    label: a.label,
    aliases: a.aliases,
    entityType: a.entityType,
    mentions: a.mentions,
  };
  if (contexts > 0) {
    const spans = spansOf.get(node.key) ?? [];
    const step = Math.max(1, Math.floor(spans.length / contexts));
    line.contexts = spans
      .filter((_, i) => i % step === 0)
      .slice(0, contexts)
      .map((s) => {
        const text = String(texts.get(s.doc)?.text ?? "");
        const before = text.slice(Math.max(0, s.start - 60), s.start).replace(/\s+/g, " ");
        const after = text.slice(s.end, s.end + 60).replace(/\s+/g, " ");
        return `${s.doc.replace(/^doc:/, "")}: …${before}[[${text.slice(s.start, s.end)}]]${after}…`;
      });
  }
  console.log(JSON.stringify(line));
}
