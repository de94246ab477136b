/**
 * A progress bar for long work on a terminal (cli-progress: well-kept, handles redraw and ETA), silent when
 * stderr is not a TTY or with --quiet, so logs and pipes stay clean.
 */
import { createRequire } from "node:module";
import type cliProgressModule from "cli-progress";

/** cli-progress, loaded only when a bar is drawn: a quiet build or one writing to a pipe never needs it. */
const loadCliProgress = () => createRequire(import.meta.url)("cli-progress") as typeof cliProgressModule;

/** Reports progress; `done()` clears the bar. */
export interface Progress {
  update(done: number, total: number): void;
  done(): void;
}

/** A progress bar on stderr, or a silent one when not on a terminal or when quiet. */
export function createProgress(label: string, quiet = false): Progress {
  if (quiet || !process.stderr.isTTY) return { update() {}, done() {} };
  const cliProgress = loadCliProgress();
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} docs | {rate} docs/s | ETA {eta_formatted}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let started_ = false;
  return {
    update(done, total) {
      if (!started_) {
        bar.start(total, 0, { rate: "0" });
        started_ = true;
      }
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(0) : "0" });
    },
    done() {
      if (started_) bar.stop();
    },
  };
}
