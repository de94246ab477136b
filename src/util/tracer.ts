/**
 * Where a run's time goes. A build is handed a Tracer when someone wants to know (`kgraph build --report`, the
 * bench); the stages call it, and it records seconds per stage and the moments the run reached. It is the one
 * place that reads the clock: the data path never times itself.
 */

/** Seconds per stage (summed when a stage is timed several times) and moments of a run. */
export class Tracer {
  /** Seconds spent per stage, summed over every time it ran (over threads, for work done on several). */
  readonly seconds: Record<string, number> = {};
  /** Moments of the run in seconds since the process started (a moment reached twice keeps its last time). */
  readonly moments: Record<string, number> = {};

  /** Records that the run has reached `moment` now. */
  mark(moment: string): void {
    this.moments[moment] = Math.round(performance.now()) / 1000;
  }

  /** Starts timing `stage`; the function returned stops it, adds the seconds, and returns them. */
  start(stage: string): () => number {
    const started = performance.now();
    return () => {
      const seconds = (performance.now() - started) / 1000;
      this.add(stage, seconds);
      return seconds;
    };
  }

  /** Adds seconds measured elsewhere (another thread's tracer) to `stage`. */
  add(stage: string, seconds: number): void {
    this.seconds[stage] = (this.seconds[stage] ?? 0) + seconds;
  }

  /** Adds every stage of another tracer's seconds (a worker thread's) to this one's. */
  addAll(seconds: Readonly<Record<string, number>>): void {
    for (const stage in seconds) this.add(stage, seconds[stage]!);
  }
}
