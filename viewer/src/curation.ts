/**
 * Curating in the viewer: the controls of the Details panel (rename, retype, remove, merge two entities, split an
 * alias off, reject a relation) and an Undo bar. Each change is applied to the loaded graph at once
 * (curation-edit.ts) and POSTed to `kgraph serve`, which writes it to the curation file the next build replays;
 * when the server refuses, the graph goes back to what it was and the bar says why. Undo takes the last decision
 * out of the file and, for a change made on this page, restores the graph as it was before it.
 *
 * The page learns whether it may write from two `<meta>` elements the server puts in it: the per-run token that
 * every write must carry, and the mode ("writable", "read-only", or "none" for a server without a curation file).
 */
import type { SerializedGraph } from "graphology-types";
import "./curation.css";
import { el, linkButton } from "./dom.js";
import {
  mergeEntities,
  predicateName,
  rejectRelation,
  removeEntity,
  renameEntity,
  retypeEntity,
  splitAlias,
  type DecisionEntry,
} from "./curation-edit.js";
import {
  ENTITY_TYPES,
  SAID,
  TYPE_LABELS,
  isEntity,
  type EdgeAttributes,
  type EntityType,
  type GraphAttributes,
  type NodeAttributes,
  type ViewerGraph,
} from "./model.js";

/** Where the server takes decisions. */
const API = "api/curation";

/** What the controls need from the app. */
export interface CurationHost {
  graph: ViewerGraph;
  /** The graph changed: re-derive and redraw, and select `node` (null: nothing) when given. */
  changed(select?: string | null): void;
  /** The colour the graph uses for an entity type. */
  typeColor(type: EntityType): string;
}

type Mode = "writable" | "read-only" | "none";
type Snapshot = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Types a decision may give (misc makes no node). */
const CURATION_TYPES: readonly EntityType[] = ENTITY_TYPES.filter((t) => t !== "misc");

/** The curation controls and their state (an entity marked for merging, the page's undo snapshots). */
export class Curation {
  readonly mode: Mode;
  private readonly token: string;
  private readonly undoStack: Snapshot[] = [];
  /** Decisions made on this page that the file still holds. */
  private made = 0;
  private mergeCandidate: string | null = null;
  private readonly bar: HTMLElement;
  private readonly message: HTMLElement;
  private readonly undoButton: HTMLButtonElement;
  private busy = false;

  constructor(private readonly host: CurationHost) {
    const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? "";
    const mode = meta("kgraph-curation");
    this.mode = mode === "writable" || mode === "read-only" ? mode : "none";
    this.token = meta("kgraph-token");
    this.bar = el("div", "curation-bar");
    this.bar.setAttribute("role", "status");
    this.bar.dataset.testid = "curation-bar";
    this.message = el("span", "curation-message");
    this.undoButton = button("Undo", () => void this.undo(), "curation-undo");
    this.undoButton.disabled = true;
    this.undoButton.title = "Take the last decision out of the curation file";
    this.bar.append(this.message, this.undoButton);
    this.bar.hidden = this.mode !== "writable";
    // Decisions the build could not apply are said at once: they are work that a rebuild silently lost otherwise.
    const stale = host.graph.getAttribute("curation")?.stale ?? [];
    if (stale.length) {
      this.say(
        `${stale.length} curation decision${stale.length === 1 ? " no longer applies" : "s no longer apply"}: ${stale
          .map((s) => `${s.decision} (${s.problem})`)
          .join("; ")}. See kgraph report.`,
        true,
      );
      this.bar.hidden = false;
    }
    document.querySelector(".topbar")?.append(this.bar);
  }

  /** The controls of an entity's panel, or a note when the page cannot curate. */
  entityControls(node: string): HTMLElement | null {
    if (this.mode === "none") return null;
    const box = el("section", "curation");
    box.dataset.testid = "curation";
    box.append(el("h3", undefined, "Curate"));
    if (this.mode === "read-only") {
      box.append(el("p", "muted", "This server is read-only: curation is off."));
      return box;
    }
    const attributes = this.host.graph.getNodeAttributes(node);
    if (!isEntity(attributes)) return null;

    const rename = el("form", "curation-row");
    const name = document.createElement("input");
    name.value = attributes.label;
    name.setAttribute("aria-label", "New name");
    rename.append(name, submit("Rename"));
    rename.addEventListener("submit", (event) => {
      event.preventDefault();
      const to = name.value.trim();
      if (to && to !== attributes.label) void this.perform(() => ({ entry: renameEntity(this.host.graph, node, to) }));
    });

    const retype = el("form", "curation-row");
    const type = document.createElement("select");
    type.setAttribute("aria-label", "New type");
    for (const t of CURATION_TYPES) {
      const option = el("option", undefined, TYPE_LABELS[t]);
      option.value = t;
      option.selected = t === attributes.entityType;
      type.append(option);
    }
    retype.append(type, submit("Retype"));
    retype.addEventListener("submit", (event) => {
      event.preventDefault();
      const to = type.value as EntityType;
      if (to !== attributes.entityType)
        void this.perform(() => ({ entry: retypeEntity(this.host.graph, node, to, this.host.typeColor(to)) }));
    });

    const row = el("div", "curation-row");
    const candidate = this.mergeCandidate;
    if (candidate && candidate !== node && this.host.graph.hasNode(candidate)) {
      const other = this.host.graph.getNodeAttribute(candidate, "label");
      row.append(
        button(`Merge “${other}” into this`, () => {
          this.mergeCandidate = null;
          void this.perform(() => ({ entry: mergeEntities(this.host.graph, node, candidate), select: node }));
        }),
        button("Cancel merge", () => {
          this.mergeCandidate = null;
          this.host.changed();
        }),
      );
    } else {
      row.append(
        button(candidate === node ? "Marked: select the entity to merge it into" : "Mark for merge", () => {
          this.mergeCandidate = node;
          this.say(`“${attributes.label}” is marked: select another entity and choose “Merge … into this”.`);
        }),
      );
    }
    row.append(
      button("Remove", () => void this.perform(() => ({ entry: removeEntity(this.host.graph, node), select: null }))),
    );
    box.append(rename, retype, row);
    return box;
  }

  /** The controls of a relation's panel. */
  edgeControls(edge: string): HTMLElement | null {
    if (this.mode !== "writable") return null;
    const attributes = this.host.graph.getEdgeAttributes(edge);
    // A quotation's edge is read from the text at every build, after curation: there is no relation to reject.
    if (attributes.kind !== "relation" || attributes.predicate === SAID) return null;
    const box = el("section", "curation");
    box.dataset.testid = "curation";
    box.append(el("h3", undefined, "Curate"));
    const row = el("div", "curation-row");
    row.append(
      button(`Reject this ${predicateName(attributes.predicate)}`, () =>
        this.perform(() => ({ entry: rejectRelation(this.host.graph, edge), select: null })),
      ),
      button("Reject every relation between them", () =>
        this.perform(() => ({ entry: rejectRelation(this.host.graph, edge, true), select: null })),
      ),
    );
    box.append(row);
    return box;
  }

  /** The button that splits an alias off its entity. */
  aliasControl(node: string, alias: string): HTMLElement | null {
    if (this.mode !== "writable") return null;
    const split = button("Split off", () =>
      this.perform(() => {
        const { entry } = splitAlias(this.host.graph, node, alias);
        return { entry, select: node };
      }),
    );
    split.title = `Make “${alias}” an entity of its own`;
    split.classList.add("small");
    return split;
  }

  /** Applies a change, redraws, and writes it; puts the graph back when the server refuses. */
  private async perform(change: () => { entry: DecisionEntry; select?: string | null }): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const snapshot = this.host.graph.export() as Snapshot;
    try {
      const { entry, select } = change();
      this.host.changed(select);
      const reply = await this.post(API, { decision: entry });
      this.undoStack.push(snapshot);
      this.made++;
      this.say(`Saved: ${reply.added ?? "decision"}. The next build replays it.`);
    } catch (error) {
      this.restore(snapshot);
      this.say(`Not saved: ${(error as Error).message}`, true);
    } finally {
      this.busy = false;
      this.undoButton.disabled = this.made === 0;
    }
  }

  /** Takes the last decision out of the file and restores the graph from before it. */
  private async undo(): Promise<void> {
    if (this.busy || this.made === 0) return;
    this.busy = true;
    try {
      const reply = await this.post(`${API}/undo`, {});
      this.made--;
      const snapshot = this.undoStack.pop();
      if (snapshot) this.restore(snapshot);
      this.say(`Undone: ${reply.removed ?? "the last decision"}.`);
    } catch (error) {
      this.say(`Not undone: ${(error as Error).message}`, true);
    } finally {
      this.busy = false;
      this.undoButton.disabled = this.made === 0;
    }
  }

  private restore(snapshot: Snapshot): void {
    this.host.graph.clear();
    this.host.graph.import(snapshot);
    this.host.changed(null);
  }

  private async post(path: string, body: unknown): Promise<{ added?: string; removed?: string }> {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Kgraph-Token": this.token },
      body: JSON.stringify(body),
    });
    const reply = (await response.json().catch(() => ({}))) as { error?: string; added?: string; removed?: string };
    if (!response.ok) throw new Error(reply.error ?? `HTTP ${response.status}`);
    return reply;
  }

  private say(text: string, error = false): void {
    this.message.textContent = text;
    this.bar.classList.toggle("error", error);
  }
}

function button(text: string, onClick: () => void, className = "curation-button"): HTMLButtonElement {
  return linkButton(text, onClick, className);
}

function submit(text: string): HTMLButtonElement {
  const b = el("button", "curation-button", text);
  b.type = "submit";
  return b;
}
