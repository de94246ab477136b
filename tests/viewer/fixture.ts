/**
 * A stand-in for the pipeline's graph, for viewer and server tests: builds a graph.json that follows the graph
 * contract (src/contract.ts; colours from src/graph/schema.ts, as the build writes them) from real article text and a hand-written table of entities and typed relations,
 * with real offsets (mention spans and evidence sentences point into the text). Deterministic: no randomness.
 * Once `kgraph build` lands, tests prefer the real build (see `seedGraphDir`) and keep this for the XSS corpus.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import graphology from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { SCHEMA_VERSION, TYPE_COLORS } from "../../src/graph/schema.js";

const { MultiGraph } = graphology;

/** Repository root. */
export const repoRoot = resolve(import.meta.dirname, "..", "..");

/** A document of the fixture corpus. */
export interface FixtureDocument {
  id: string;
  path: string;
  title: string;
  date?: string;
  url?: string;
  text: string;
}

/** An entity of the fixture: every alias is matched case-sensitively on word boundaries. */
export interface FixtureEntity {
  key: string;
  label: string;
  entityType: "person" | "place" | "organization" | "media" | "misc";
  aliases: string[];
  roles?: string[];
}

/** A typed relation: added for every sentence where both entities are named and `cue` (if any) occurs. */
export interface FixtureRelation {
  source: string;
  target: string;
  predicate: string;
  relationLabel: string;
  cue?: RegExp;
  /** When true the target need not be named in the sentence (a demonym such as "Russian President" stands for it). */
  impliedTarget?: boolean;
}

/** The entities of the seed corpus (corpus/), as a good recogniser would find them. */
export const SEED_ENTITIES: FixtureEntity[] = [
  {
    key: "kim-jong-un",
    label: "Kim Jong Un",
    entityType: "person",
    aliases: ["Kim Jong Un", "Kim Jong-un", "Kim"],
    roles: ["leader"],
  },
  {
    key: "vladimir-putin",
    label: "Vladimir Putin",
    entityType: "person",
    aliases: ["Vladimir Putin", "Putin"],
    roles: ["President"],
  },
  { key: "kim-ju-ae", label: "Kim Ju Ae", entityType: "person", aliases: ["Kim Ju Ae"] },
  {
    key: "olga-lyubimova",
    label: "Olga Lyubimova",
    entityType: "person",
    aliases: ["Olga Lyubimova"],
    roles: ["Culture Minister"],
  },
  { key: "yaroslav-trofimov", label: "Yaroslav Trofimov", entityType: "person", aliases: ["Yaroslav Trofimov"] },
  {
    key: "jenipher-camino-gonzalez",
    label: "Jenipher Camino Gonzalez",
    entityType: "person",
    aliases: ["Jenipher Camino Gonzalez"],
  },
  { key: "russia", label: "Russia", entityType: "place", aliases: ["Russia", "Russian Federation"] },
  { key: "north-korea", label: "North Korea", entityType: "place", aliases: ["North Korea", "DPRK"] },
  { key: "south-korea", label: "South Korea", entityType: "place", aliases: ["South Korea"] },
  { key: "ukraine", label: "Ukraine", entityType: "place", aliases: ["Ukraine"] },
  { key: "kursk", label: "Kursk", entityType: "place", aliases: ["Kursk"] },
  { key: "pyongyang", label: "Pyongyang", entityType: "place", aliases: ["Pyongyang"] },
  { key: "moscow", label: "Moscow", entityType: "place", aliases: ["Moscow"] },
  { key: "europe", label: "Europe", entityType: "place", aliases: ["Europe"] },
  {
    key: "korean-central-television",
    label: "Korean Central Television",
    entityType: "media",
    aliases: ["Korean Central Television"],
  },
  {
    key: "yonhap",
    label: "Yonhap",
    entityType: "media",
    aliases: ["Yonhap News agency", "Yonhap news agency", "Yonhap"],
  },
  {
    key: "south-korean-defense-ministry",
    label: "South Korean defense ministry",
    entityType: "organization",
    aliases: ["South Korean defense ministry"],
  },
];

/** Typed relations of the seed corpus. */
export const SEED_RELATIONS: FixtureRelation[] = [
  {
    source: "vladimir-putin",
    target: "russia",
    predicate: "role",
    relationLabel: "President of",
    cue: /Russian President/,
    impliedTarget: true,
  },
  {
    source: "olga-lyubimova",
    target: "russia",
    predicate: "role",
    relationLabel: "Culture Minister of",
    cue: /Culture Minister/,
  },
  { source: "kim-jong-un", target: "north-korea", predicate: "role", relationLabel: "leader of", cue: /leader/ },
  { source: "kim-ju-ae", target: "kim-jong-un", predicate: "family", relationLabel: "daughter of", cue: /daughter/ },
  { source: "kursk", target: "russia", predicate: "located_in", relationLabel: "located in", cue: /Russia's Kursk/ },
  {
    source: "yonhap",
    target: "south-korea",
    predicate: "based_in",
    relationLabel: "based in",
    cue: /South Korea's Yonhap/,
  },
];

/** Reads a folder of .txt articles: title from the first short line, date from a "date …" or "Month D, YYYY" line. */
export function readTextCorpus(dir: string): FixtureDocument[] {
  const months = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      const firstLine = text.split("\n", 1)[0]!.trim();
      const stem = basename(file, ".txt");
      const title =
        firstLine.length <= 90 && !/^date\b/i.test(firstLine)
          ? firstLine
          : stem.replace(/^\d{4}-\d{2}-\d{2}-/, "").replace(/-/g, " ");
      let date = /\bdate (\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
      const long = /\b([A-Z][a-z]+) (\d{1,2}), (\d{4})/.exec(text.slice(0, 300));
      if (!date && long && months.includes(long[1]!.toLowerCase())) {
        date = `${long[3]}-${String(months.indexOf(long[1]!.toLowerCase()) + 1).padStart(2, "0")}-${long[2]!.padStart(2, "0")}`;
      }
      return { id: stem, path: file, title, text, ...(date ? { date } : {}) };
    });
}

/** Sentence ranges of a text: split after . ! ? and at line breaks, offsets kept. */
function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n.!?]*(?:[.!?]+["'”’]?|\n|$)/g;
  for (const m of text.matchAll(re)) {
    if (!m[0]) continue;
    let start = m.index!;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Builds the graph (graphology export) for these documents, entities and relations. */
export function buildFixtureGraph(
  docs: FixtureDocument[],
  entities: FixtureEntity[],
  relations: FixtureRelation[] = [],
): object {
  const graph = new MultiGraph({ type: "mixed", allowSelfLoops: false });
  graph.replaceAttributes({
    schemaVersion: SCHEMA_VERSION,
    name: "kgraph",
    generator: "kgraph test fixture",
    recogniser: "fixture",
  });

  type Hit = { entity: string; start: number; end: number; text: string };
  const hitsByDoc = new Map<string, Hit[]>();
  // Longest aliases first, so "Kim Ju Ae" claims its span before "Kim" can.
  const aliasTable = entities
    .flatMap((e) => e.aliases.map((alias) => ({ entity: e.key, alias })))
    .sort((a, b) => b.alias.length - a.alias.length || a.alias.localeCompare(b.alias));
  for (const doc of docs) {
    const claimed: Hit[] = [];
    for (const { entity, alias } of aliasTable) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(alias)}(?![\\p{L}\\p{N}])`, "gu");
      for (const m of doc.text.matchAll(re)) {
        const start = m.index!;
        const end = start + alias.length;
        if (claimed.some((h) => h.start < end && start < h.end)) continue;
        claimed.push({ entity, start, end, text: alias });
      }
    }
    hitsByDoc.set(
      doc.id,
      claimed.sort((a, b) => a.start - b.start),
    );
  }

  const mentionCount = new Map<string, number>();
  const docCount = new Map<string, number>();
  for (const hits of hitsByDoc.values()) {
    for (const h of hits) mentionCount.set(h.entity, (mentionCount.get(h.entity) ?? 0) + 1);
    for (const e of new Set(hits.map((h) => h.entity))) docCount.set(e, (docCount.get(e) ?? 0) + 1);
  }
  const ek = (key: string) => `entity:${key}`;
  const dk = (id: string) => `doc:${id}`;
  for (const e of entities) {
    if (!mentionCount.has(e.key)) continue;
    graph.addNode(ek(e.key), {
      kind: "entity",
      label: e.label,
      entityType: e.entityType,
      aliases: e.aliases,
      roles: e.roles ?? [],
      mentions: mentionCount.get(e.key)!,
      documents: docCount.get(e.key) ?? 0,
      x: 0,
      y: 0,
      size: 1,
      color: TYPE_COLORS[e.entityType],
    });
  }
  const relationEdges = new Map<
    string,
    { source: string; target: string; attr: Record<string, unknown> & { evidence: object[]; weight: number } }
  >();
  for (const doc of docs) {
    graph.addNode(dk(doc.id), {
      kind: "document",
      label: doc.title,
      path: doc.path,
      ...(doc.date ? { date: doc.date } : {}),
      ...(doc.url ? { url: doc.url } : {}),
      text: doc.text,
      x: 0,
      y: 0,
      size: 1,
      color: TYPE_COLORS.document,
    });
    const hits = hitsByDoc.get(doc.id)!;
    const byEntity = new Map<string, Hit[]>();
    for (const h of hits) byEntity.set(h.entity, [...(byEntity.get(h.entity) ?? []), h]);
    for (const [entity, list] of [...byEntity].sort((a, b) => a[0].localeCompare(b[0]))) {
      graph.addDirectedEdgeWithKey(`mention:${doc.id}:${entity}`, dk(doc.id), ek(entity), {
        kind: "mention",
        weight: list.length,
        spans: list.map(({ start, end, text }) => ({ start, end, text })),
      });
    }
    for (const s of sentences(doc.text)) {
      const inside = [...new Set(hits.filter((h) => h.start >= s.start && h.end <= s.end).map((h) => h.entity))].sort();
      const sentenceText = doc.text.slice(s.start, s.end);
      // As in a real build, evidence is offsets only: the sentence is read from the document's text.
      const evidence = { document: dk(doc.id), start: s.start, end: s.end };
      const add = (key: string, source: string, target: string, attr: Record<string, unknown>) => {
        const existing = relationEdges.get(key);
        if (existing) {
          existing.attr.weight += 1;
          existing.attr.evidence.push(evidence);
        } else relationEdges.set(key, { source, target, attr: { ...attr, weight: 1, evidence: [evidence] } });
      };
      for (let i = 0; i < inside.length; i++) {
        for (let j = i + 1; j < inside.length; j++) {
          add(`co-occurs:${inside[i]}:${inside[j]}`, inside[i]!, inside[j]!, {
            kind: "relation",
            predicate: "co-occurs",
            confidence: 0.5,
          });
        }
      }
      for (const r of relations) {
        if (!inside.includes(r.source) || (!r.impliedTarget && !inside.includes(r.target))) continue;
        if (r.cue && !r.cue.test(sentenceText)) continue;
        add(`${r.predicate}:${r.source}:${r.target}`, r.source, r.target, {
          kind: "relation",
          predicate: r.predicate,
          relationLabel: r.relationLabel,
          confidence: 0.8,
        });
      }
    }
  }
  for (const [key, { source, target, attr }] of [...relationEdges].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (attr.predicate === "co-occurs") graph.addUndirectedEdgeWithKey(`rel:${key}`, ek(source), ek(target), attr);
    else graph.addDirectedEdgeWithKey(`rel:${key}`, ek(source), ek(target), attr);
  }

  // Deterministic layout: nodes on a circle, then ForceAtlas2 (which needs finite starting positions).
  const order = graph.order;
  graph.forEachNode((node, _attr) => {
    const i = graph.nodes().indexOf(node);
    graph.mergeNodeAttributes(node, {
      x: 100 * Math.cos((2 * Math.PI * i) / order),
      y: 100 * Math.sin((2 * Math.PI * i) / order),
    });
  });
  forceAtlas2.assign(graph, {
    iterations: 300,
    settings: { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 1 },
  });
  graph.updateEachNodeAttributes((node, attr) => ({ ...attr, size: 4 + Math.sqrt(graph.degree(node)) * 2 }));
  return graph.export();
}

/** Writes a graph export as `<dir>/graph.json` and returns dir. */
export function writeGraph(dir: string, data: object): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "graph.json"), JSON.stringify(data));
  return dir;
}

/** The fixture graph of the seed corpus (corpus/ in the repository). */
export function seedFixtureGraph(): object {
  return buildFixtureGraph(readTextCorpus(join(repoRoot, "corpus")), SEED_ENTITIES, SEED_RELATIONS);
}

/**
 * A graph folder for the seed corpus: the real build (`dist/cli/main.js build corpus`) when it exists,
 * else the fixture. Returns the folder and which one it is.
 */
export function seedGraphDir(outDir: string): { dir: string; source: "build" | "fixture" } {
  const cli = join(repoRoot, "dist", "cli", "main.js");
  if (existsSync(cli) && process.env.KGRAPH_VIEWER_FIXTURE !== "1") {
    try {
      execFileSync(process.execPath, [cli, "build", join(repoRoot, "corpus"), "--out", outDir], {
        cwd: repoRoot,
        stdio: "pipe",
        timeout: 300_000,
      });
      if (existsSync(join(outDir, "graph.json"))) return { dir: outDir, source: "build" };
    } catch {
      // The pipeline is still being written: fall back to the fixture rather than fail the viewer's tests.
    }
  }
  return { dir: writeGraph(outDir, seedFixtureGraph()), source: "fixture" };
}
