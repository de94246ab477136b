/**
 * Replays curation decisions on the corpus resolution and the extractions, after resolution and before the graph
 * is planned, in file order: each decision sees what the ones before it made (a rename's new name, a merge's
 * entity). Entities are found by label, key or alias. A decision that cannot apply (its entity is gone, a name
 * now fits two entities, its relation is not there) is reported in the summary and skipped; it never fails the
 * build. Nothing given is mutated: changed entities, mentions and relations are copies.
 *
 * What a decision changes is marked `curated`: the entities it changes, and the mentions and relations it moves
 * from one entity to another (merge, split, an alias that names another entity), which the graph stage turns
 * into `curated: true` on nodes and edges.
 */
import type { AliasJoin, CurationSummary, StaleDecision } from "../contract.js";
import { JOIN_RULE_TEXT } from "../graph/index.js";
import { nameKey, type CorpusEntity, type CorpusResolution } from "../resolve/index.js";
import type { DocumentExtraction, ExtractedMention, JoinRule, SentenceRelation } from "../types.js";
import { describeDecision, type Decision } from "./decisions.js";
import type { Curation } from "./file.js";

/** The curated extractions and resolution, and what became of each decision. */
export interface CurationResult {
  extractions: DocumentExtraction[];
  resolution: CorpusResolution;
  summary: CurationSummary;
}

/** Replays a curation file's decisions; see the module comment. */
export function applyCuration(
  extractions: readonly DocumentExtraction[],
  resolution: CorpusResolution,
  curation: Curation,
): CurationResult {
  const state = new CurationState(extractions, resolution);
  const stale: StaleDecision[] = [];
  curation.decisions.forEach((decision, i) => {
    const problem = state.apply(decision);
    if (problem)
      stale.push({
        index: i + 1,
        ...(decision.line !== undefined ? { line: decision.line } : {}),
        action: decision.action,
        decision: describeDecision(decision),
        problem,
      });
  });
  const file = curation.file.split(/[\\/]/).at(-1) ?? curation.file;
  return {
    ...state.finish(),
    summary: { file, decisions: curation.decisions.length, applied: curation.decisions.length - stale.length, stale },
  };
}

/** What finding an entity by name gives: its key, or why there is none. */
type Found = { key: string } | { problem: string };

/** The working copy the decisions change, one after another. */
class CurationState {
  private readonly entities: Map<string, CorpusEntity>;
  private readonly canonicalKey: Map<string, string>;
  private readonly joinedBy: Map<string, JoinRule>;
  private readonly docs: DocumentExtraction[];
  /** Documents whose mentions and relations are already copies. */
  private readonly copied = new Set<number>();

  constructor(
    private readonly original: readonly DocumentExtraction[],
    private readonly before: CorpusResolution,
  ) {
    this.entities = new Map(
      [...before.entities].map(([key, e]) => [
        key,
        { ...e, aliases: [...e.aliases], roles: [...e.roles], ...(e.joins ? { joins: [...e.joins] } : {}) },
      ]),
    );
    this.canonicalKey = new Map(before.canonicalKey);
    this.joinedBy = new Map(before.joinedBy);
    this.docs = [...original];
  }

  /** Applies one decision; returns why it could not, or undefined when it held. */
  apply(decision: Decision): string | undefined {
    switch (decision.action) {
      case "merge":
        return this.merge(decision.entities, decision.note);
      case "split":
        return this.split(decision.entity, decision.alias, decision.document, decision.at);
      case "rename":
        return this.withEntity(decision.entity, (e) => {
          const old = e.label;
          e.label = decision.to;
          if (!e.aliases.includes(old)) e.aliases = [...e.aliases, old].sort();
          e.joins = sortJoins([
            ...(e.joins ?? []).filter((j) => j.alias !== decision.to && j.alias !== old),
            curationJoin(old, "the name before a rename", decision.note),
          ]);
          e.curated = true;
        });
      case "retype":
        return this.withEntity(decision.entity, (e) => {
          e.entityType = decision.to;
          e.curated = true;
        });
      case "remove":
        return this.withEntity(decision.entity, (e) => void this.entities.delete(e.key));
      case "reject":
        return this.reject(decision.entities[0], decision.entities[1], decision.predicate);
      case "alias":
        return this.addAlias(decision.entity, decision.add, decision.note);
    }
  }

  /** The curated extractions and resolution, entities in key order as resolution gives them. */
  finish(): Omit<CurationResult, "summary"> {
    const keyBefore = (local: string) => this.before.canonicalKey.get(local) ?? local;
    const keyAfter = (local: string) => this.canonicalKey.get(local) ?? local;
    // Mentions and relations that a merge moved (their local key now resolves elsewhere); a split marked its own.
    this.docs.forEach((x, d) => {
      const moved = (m: ExtractedMention) => !m.curated && keyBefore(m.entity) !== keyAfter(m.entity);
      const movedRelation = (r: SentenceRelation) =>
        !r.curated && (keyBefore(r.source) !== keyAfter(r.source) || keyBefore(r.target) !== keyAfter(r.target));
      if (!x.mentions.some(moved) && !x.relations.some(movedRelation)) return;
      const copy = this.writable(d);
      copy.mentions = copy.mentions.map((m) => (moved(m) ? { ...m, curated: true } : m));
      copy.relations = copy.relations.map((r) => (movedRelation(r) ? { ...r, curated: true } : r));
    });
    const entities = new Map([...this.entities].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return {
      extractions: this.docs,
      resolution: { entities, canonicalKey: this.canonicalKey, joinedBy: this.joinedBy },
    };
  }

  private withEntity(name: string, change: (e: CorpusEntity) => void): string | undefined {
    const found = this.find(name);
    if ("problem" in found) return found.problem;
    change(this.entities.get(found.key)!);
    return undefined;
  }

  /** The corpus key a local key resolves to now. */
  private corpusKey(local: string): string {
    return this.canonicalKey.get(local) ?? local;
  }

  /**
   * The entity a name denotes: the one whose label it is, else whose key, else whose alias; among several,
   * the ones that make nodes (not misc) first. Two left is a problem: a decision never guesses.
   */
  private find(name: string): Found {
    const key = nameKey(name);
    const pick = (keys: string[]): Found | undefined => {
      const unique = [...new Set(keys)];
      const shown = unique.filter((k) => this.entities.get(k)!.entityType !== "misc");
      const pool = shown.length ? shown : unique;
      if (pool.length === 1) return { key: pool[0]! };
      if (pool.length > 1)
        return {
          problem: `"${name}" now names ${pool.length} entities (${pool
            .map((k) => `${this.entities.get(k)!.label}, ${this.entities.get(k)!.entityType}`)
            .join("; ")}); name one by its full label`,
        };
      return undefined;
    };
    const byLabel = [...this.entities.values()].filter((e) => nameKey(e.label) === key).map((e) => e.key);
    const direct = this.entities.has(this.corpusKey(key)) ? [this.corpusKey(key)] : [];
    const byAlias = [...this.entities.values()]
      .filter((e) => e.aliases.some((a) => nameKey(a) === key))
      .map((e) => e.key);
    return pick(byLabel) ?? pick(direct) ?? pick(byAlias) ?? { problem: `no entity is named "${name}" any more` };
  }

  private merge(names: readonly string[], note: string | undefined): string | undefined {
    const keys: string[] = [];
    for (const name of names) {
      const found = this.find(name);
      if ("problem" in found) return found.problem;
      keys.push(found.key);
    }
    const [into, ...others] = keys;
    for (const other of others) if (other !== into) this.fold(other, into!, note);
    return undefined;
  }

  /** Folds entity `from` into `into`: its keys resolve there, its names become aliases joined by curation. */
  private fold(from: string, into: string, note: string | undefined): void {
    const a = this.entities.get(into)!;
    const b = this.entities.get(from)!;
    for (const [local, target] of this.canonicalKey) if (target === from) this.canonicalKey.set(local, into);
    this.canonicalKey.set(from, into);
    this.joinedBy.set(from, "curation");
    a.aliases = [...new Set([...a.aliases, ...b.aliases, b.label])].sort();
    a.roles = [...new Set([...a.roles, ...b.roles])].sort();
    const joins = new Map((a.joins ?? []).map((j) => [j.alias, j]));
    for (const j of b.joins ?? []) if (!joins.has(j.alias)) joins.set(j.alias, j);
    joins.set(b.label, curationJoin(b.label, "merged", note));
    joins.delete(a.label);
    a.joins = sortJoins([...joins.values()]);
    a.curated = true;
    this.entities.delete(from);
  }

  /**
   * Splits the mentions of `alias` off `name` into the entity of that alias (new unless one exists): all of them,
   * those of one document, or the one at offset `at` of that document.
   */
  private split(name: string, alias: string, document?: string, at?: number): string | undefined {
    const found = this.find(name);
    if ("problem" in found) return found.problem;
    const from = found.key;
    const entity = this.entities.get(from)!;
    const splitKey = nameKey(alias);
    if (splitKey === from || nameKey(entity.label) === splitKey)
      return `"${alias}" is the name of "${entity.label}" itself; rename the entity instead`;
    // The mentions to move, per document.
    const moves = new Map<number, number[]>();
    const forms = new Map<string, number>();
    // A document is named by its id, or its node key ("doc:…") as graph.json and `kgraph why` show it.
    const id = document?.replace(/^doc:/, "");
    this.docs.forEach((x, d) => {
      if (id !== undefined && x.document.id !== id) return;
      x.mentions.forEach((m, i) => {
        if (m.adjectival || nameKey(m.text) !== splitKey || this.corpusKey(m.entity) !== from) return;
        if (at !== undefined && m.start !== at) return;
        (moves.get(d) ?? moves.set(d, []).get(d)!).push(i);
        forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
      });
    });
    const hadAlias = entity.aliases.some((a) => nameKey(a) === splitKey);
    if (id !== undefined && !moves.size)
      return `no mention of "${alias}"${at !== undefined ? ` at ${at}` : ""} in ${id} belongs to "${entity.label}" any more`;
    if (!moves.size && !hadAlias) return `no mention of "${alias}" belongs to "${entity.label}" any more`;
    // The alias stays a name of the entity when some of its mentions stay (one document's or one mention split).
    if (id === undefined || !this.mentionsLeft(from, splitKey, moves)) {
      entity.aliases = entity.aliases.filter((a) => nameKey(a) !== splitKey);
      if (entity.joins) entity.joins = entity.joins.filter((j) => nameKey(j.alias) !== splitKey);
    }
    entity.curated = true;
    if (!moves.size) return undefined; // a name of the alias table only: it just leaves the list
    // The alias's key now stands for itself (corpus resolution may have folded it into the entity).
    if (id === undefined && this.canonicalKey.get(splitKey) === from) {
      this.canonicalKey.delete(splitKey);
      this.joinedBy.delete(splitKey);
    }
    const existing = this.entities.get(this.corpusKey(splitKey));
    if (existing && existing.key !== from) {
      existing.aliases = [...new Set([...existing.aliases, ...forms.keys()])].sort();
      existing.curated = true;
    } else {
      const ranked = [...forms].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
      this.entities.set(splitKey, {
        key: splitKey,
        label: ranked[0]![0],
        entityType: entity.entityType,
        aliases: [...forms.keys()].sort(),
        roles: [],
        curated: true,
      });
    }
    // Split mentions of a short name that stays folded into the entity elsewhere (one document's, one mention)
    // need a key of their own that resolves to the new entity.
    let local = splitKey;
    if (this.corpusKey(splitKey) === from) {
      local = `split:${splitKey}`;
      this.canonicalKey.set(local, splitKey);
    }
    for (const [d, indexes] of moves) this.moveMentions(d, indexes, from, local);
    return undefined;
  }

  /** Whether mentions of the alias's key stay with the entity besides the ones to move. */
  private mentionsLeft(from: string, splitKey: string, moves: ReadonlyMap<number, number[]>): boolean {
    return this.docs.some((x, d) =>
      x.mentions.some(
        (m, i) =>
          !m.adjectival &&
          nameKey(m.text) === splitKey &&
          this.corpusKey(m.entity) === from &&
          !moves.get(d)?.includes(i),
      ),
    );
  }

  /**
   * Points the mentions at `indexes` of document `d` to `to`, and with them the relations of the sentences where
   * the entity `from` has no other mention (there the relation was the moved name's).
   */
  private moveMentions(d: number, indexes: readonly number[], from: string, to: string): void {
    const x = this.writable(d);
    const movedAt = new Set(indexes);
    const sentenceOf = (offset: number) => x.sentences.findIndex((s) => s.start <= offset && offset < s.end);
    const movedSentences = new Set<number>();
    const keptSentences = new Set<number>();
    x.mentions = x.mentions.map((m, i) => {
      if (movedAt.has(i)) {
        movedSentences.add(sentenceOf(m.start));
        return { ...m, entity: to, curated: true };
      }
      if (!m.adjectival && this.corpusKey(m.entity) === from) keptSentences.add(sentenceOf(m.start));
      return m;
    });
    const moves = (local: string, sentence: number) =>
      this.corpusKey(local) === from && movedSentences.has(sentence) && !keptSentences.has(sentence);
    x.relations = x.relations.map((r) => {
      const source = moves(r.source, r.sentence);
      const target = moves(r.target, r.sentence);
      if (!source && !target) return r;
      return { ...r, source: source ? to : r.source, target: target ? to : r.target, curated: true };
    });
  }

  private reject(a: string, b: string, predicate: string | undefined): string | undefined {
    const first = this.find(a);
    if ("problem" in first) return first.problem;
    const second = this.find(b);
    if ("problem" in second) return second.problem;
    const pair = new Set([first.key, second.key]);
    const rejected = (r: SentenceRelation) =>
      (predicate === undefined || r.predicate === predicate) &&
      this.corpusKey(r.source) !== this.corpusKey(r.target) &&
      pair.has(this.corpusKey(r.source)) &&
      pair.has(this.corpusKey(r.target));
    let removed = 0;
    this.docs.forEach((x, d) => {
      if (!x.relations.some(rejected)) return;
      const copy = this.writable(d);
      const kept = copy.relations.filter((r) => !rejected(r));
      removed += copy.relations.length - kept.length;
      copy.relations = kept;
    });
    return removed
      ? undefined
      : `no ${predicate ?? ""}${predicate ? " " : ""}relation between "${a}" and "${b}" any more`;
  }

  private addAlias(name: string, alias: string, note: string | undefined): string | undefined {
    const found = this.find(name);
    if ("problem" in found) return found.problem;
    const entity = this.entities.get(found.key)!;
    const other = this.find(alias);
    // A name that is another entity's brings that entity along: an alias is one entity's name.
    if ("key" in other && other.key !== found.key) {
      this.fold(other.key, found.key, note);
      return undefined;
    }
    if (entity.aliases.includes(alias) || entity.label === alias) return undefined;
    entity.aliases = [...entity.aliases, alias].sort();
    entity.joins = sortJoins([...(entity.joins ?? []), curationJoin(alias, "alias added", note)]);
    entity.curated = true;
    return undefined;
  }

  /** Document `d` with its own copies of the mention and relation lists, made once. */
  private writable(d: number): DocumentExtraction {
    if (!this.copied.has(d)) {
      const x = this.original[d]!;
      this.docs[d] = { ...x, mentions: [...x.mentions], relations: [...x.relations] };
      this.copied.add(d);
    }
    return this.docs[d]!;
  }
}

function curationJoin(alias: string, what: string, note: string | undefined): AliasJoin {
  return { alias, rule: "curation", why: `${JOIN_RULE_TEXT.curation}: ${what}`, ...(note ? { note } : {}) };
}

function sortJoins(joins: AliasJoin[]): AliasJoin[] {
  return joins.sort((a, b) => (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0));
}
