/**
 * Option parsers shared by commands: commander calls these to turn strings into checked values.
 */
import { InvalidArgumentError, type Command } from "commander";
import type { SliceOptions } from "../query/index.js";

/** Default location of the built graph. */
export const DEFAULT_GRAPH = "graph-output/graph.json";

/** Parses a non-negative integer option. */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number ≥ 0");
  return n;
}

/** Parses a number option that must be above zero. */
export function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a number > 0");
  return n;
}

/** Parses a number option. */
export function parseNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new InvalidArgumentError("expected a number");
  return n;
}

/** Collects a repeatable or comma-separated option into a list. */
export function collectList(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}

/** Parses a date option: YYYY-MM-DD, YYYY-MM or YYYY. */
export function parseDate(value: string): string {
  if (!/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/.test(value))
    throw new InvalidArgumentError("expected a date: YYYY-MM-DD, YYYY-MM or YYYY");
  return value;
}

/** The options of a command that cuts the graph to a period and to well-sourced relations. */
export interface PeriodCommandOptions {
  since?: string;
  until?: string;
  minSources?: number;
}

/** Adds `--since`, `--until` and `--min-sources` to a command. */
export function withPeriodOptions(command: Command): Command {
  return command
    .option("--since <date>", "only evidence from documents dated on or after this day, month or year", parseDate)
    .option("--until <date>", "only evidence from documents dated on or before this day, month or year", parseDate)
    .option(
      "--min-sources <n>",
      "only relations and entities supported by at least n independent sources (near-duplicates merged)",
      parseCount,
    );
}

/** The slice options of a command's parsed options. */
export function sliceOptions(options: PeriodCommandOptions): SliceOptions {
  return {
    ...(options.since !== undefined ? { since: options.since } : {}),
    ...(options.until !== undefined ? { until: options.until } : {}),
    ...(options.minSources !== undefined ? { minSources: options.minSources } : {}),
  };
}
