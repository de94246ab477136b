/**
 * `kgraph curate merge|split|rename|retype|remove|reject|alias|list|undo`: writes decisions to the curation file
 * (kgraph-curation.yaml in the corpus folder, or `--curation <file>`) that the next build replays. The file is
 * edited in place, comments and order kept, and written atomically.
 */
import { join } from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import {
  addDecision,
  CURATION_FILE,
  CURATION_TYPES,
  describeDecision,
  readCurationIfPresent,
  removeDecision,
  type Curation,
  type Decision,
} from "../../curate/index.js";
import type { EntityType } from "../../contract.js";
import { SettingsError } from "../../errors.js";

/** Where a curate command writes: `--curation`, else the corpus folder's file. */
interface CurateOptions {
  corpus: string;
  curation?: string;
  note?: string;
  date?: string;
}

/** The curation file the options name. */
export function curationPath(options: Pick<CurateOptions, "corpus" | "curation">): string {
  return options.curation ?? join(options.corpus, CURATION_FILE);
}

/** Today's date, as decisions record it (UTC, so that the date does not depend on the machine's zone). */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Adds a decision with the options' note and date; returns the line to print. */
export async function curate(
  decision: Decision,
  options: CurateOptions,
): Promise<{ path: string; curation: Curation }> {
  const path = curationPath(options);
  const full: Decision = {
    ...decision,
    ...(options.note ? { note: options.note } : {}),
    date: options.date ?? today(),
  };
  return { path, curation: await addDecision(path, full) };
}

/** The decisions of a curation file, numbered, with their notes and dates. */
export function formatDecisions(curation: Curation | undefined, path: string): string {
  if (!curation || !curation.decisions.length) return `${path}: no decisions`;
  return [
    `${path}: ${curation.decisions.length} decision(s)`,
    ...curation.decisions.map(
      (d, i) =>
        `${String(i + 1).padStart(3)}. ${describeDecision(d)}${d.date ? `  (${d.date})` : ""}${d.note ? `  — ${d.note}` : ""}`,
    ),
  ].join("\n");
}

function parseOffset(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a character offset (a whole number ≥ 0)");
  return n;
}

function parseType(value: string): EntityType {
  if (!(CURATION_TYPES as readonly string[]).includes(value))
    throw new InvalidArgumentError(`expected one of ${CURATION_TYPES.join(", ")}`);
  return value as EntityType;
}

/** Registers `curate` and its subcommands. */
export function registerCurate(program: Command): void {
  const group = program
    .command("curate")
    .description('record a correction in the curation file that every build replays (see README "Curation")');
  const sub = (name: string, description: string) =>
    group
      .command(name)
      .description(description)
      .option("-c, --corpus <dir>", "corpus folder whose kgraph-curation.yaml to write", "corpus")
      .option("--curation <file>", "curation file to write (instead of the corpus folder's)");
  const write = async (decision: Decision, options: CurateOptions) => {
    const { path, curation } = await curate(decision, options);
    console.log(`${path}: ${curation.decisions.length}. ${describeDecision(decision)}`);
  };
  const withNote = (command: Command) =>
    command
      .option("--note <text>", "why, in your words (kept in the file)")
      .option("--date <yyyy-mm-dd>", "the decision's date (default: today, UTC)");

  withNote(sub("merge", "merge entities into the first: they become one node"))
    .argument("<a>", "the entity that stays (name or alias)")
    .argument("<b...>", "the entities merged into it")
    .action((a: string, b: string[], o: CurateOptions) => write({ action: "merge", entities: [a, ...b] }, o));
  withNote(sub("split", "split an alias off an entity into its own entity"))
    .argument("<entity>", "name or alias")
    .argument("<alias>", "the alias whose mentions go")
    .option("--document <id>", "only the alias's mentions in this document (its id, or its node key doc:…)")
    .option("--at <offset>", "only the mention that starts at this offset of --document", parseOffset)
    .action((entity: string, alias: string, o: CurateOptions & { document?: string; at?: number }) => {
      if (o.at !== undefined && o.document === undefined)
        throw new SettingsError("curate split: --at needs --document (the offset is in one document)");
      return write(
        {
          action: "split",
          entity,
          alias,
          ...(o.document !== undefined ? { document: o.document } : {}),
          ...(o.at !== undefined ? { at: o.at } : {}),
        },
        o,
      );
    });
  withNote(sub("rename", "give an entity another name (its label)"))
    .argument("<entity>", "name or alias")
    .argument("<name>", "the new name")
    .action((entity: string, to: string, o: CurateOptions) => write({ action: "rename", entity, to }, o));
  withNote(sub("retype", `change an entity's type (${CURATION_TYPES.join(", ")})`))
    .argument("<entity>", "name or alias")
    .argument("<type>", CURATION_TYPES.join(" | "), parseType)
    .action((entity: string, to: EntityType, o: CurateOptions) => write({ action: "retype", entity, to }, o));
  withNote(sub("remove", "remove an entity (junk) from the graph"))
    .argument("<entity>", "name or alias")
    .action((entity: string, o: CurateOptions) => write({ action: "remove", entity }, o));
  withNote(sub("reject", "reject the relations between two entities (all, or one predicate)"))
    .argument("<a>", "name or alias")
    .argument("<b>", "name or alias")
    .option("-p, --predicate <predicate>", "reject only this predicate")
    .action((a: string, b: string, o: CurateOptions & { predicate?: string }) =>
      write({ action: "reject", entities: [a, b], ...(o.predicate ? { predicate: o.predicate } : {}) }, o),
    );
  withNote(sub("alias", "add an alias to an entity (another entity of that name is merged into it)"))
    .argument("<entity>", "name or alias")
    .argument("<alias>", "the new alias")
    .action((entity: string, add: string, o: CurateOptions) => write({ action: "alias", entity, add }, o));
  sub("list", "list the decisions of the curation file").action((o: CurateOptions) => {
    const path = curationPath(o);
    console.log(formatDecisions(readCurationIfPresent(path), path));
  });
  sub("undo", "remove the last decision (or decision <n>) from the curation file")
    .argument("[n]", "the decision's number in `kgraph curate list`")
    .action(async (n: string | undefined, o: CurateOptions) => {
      const path = curationPath(o);
      const count = readCurationIfPresent(path)?.decisions.length ?? 0;
      const index = n === undefined ? count : Number(n);
      if (!Number.isInteger(index) || index < 1)
        throw new SettingsError(`curate undo: ${path} has no decision${n ? ` ${n}` : ""} to undo`);
      const removed = await removeDecision(path, index);
      console.log(`${path}: removed ${index}. ${describeDecision(removed)}`);
    });
}
