/**
 * Option parsers shared by commands: commander calls these to turn strings into checked values.
 */
import { InvalidArgumentError } from "commander";

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
