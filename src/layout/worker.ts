/**
 * Layout worker thread: computes the positions of one graph (`computeLayout`) and sends them back, so that the
 * main thread can write the parts of the output that do not depend on positions meanwhile.
 */
import { parentPort, workerData } from "node:worker_threads";
import { computeLayout } from "./compute.js";
import { epochMs, type LayoutDone, type LayoutInput, type LayoutSettings } from "./index.js";

/** What the worker is started with. */
export interface LayoutJob {
  input: LayoutInput;
  settings: LayoutSettings;
}

const { input, settings } = workerData as LayoutJob;
const positions = computeLayout(input, settings);
parentPort!.postMessage({ positions, finishedAt: epochMs() } satisfies LayoutDone, [positions.buffer as ArrayBuffer]);
