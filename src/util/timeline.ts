/**
 * Moments of a run, in seconds since the process started: where a build's time goes (`kgraph build --report`
 * prints them, and the bench reads them to break a rebuild down). Marking costs a clock read.
 */
const marks: Array<[string, number]> = [];

/** Records that the run has reached `name` now. */
export function mark(name: string): void {
  marks.push([name, performance.now() / 1000]);
}

/** The moments recorded so far, by name (a name marked twice keeps its last time), rounded to milliseconds. */
export function timeline(): Record<string, number> {
  return Object.fromEntries(marks.map(([name, seconds]) => [name, Math.round(seconds * 1000) / 1000]));
}
