/**
 * Layout worker thread: computes the positions of one graph (`computeLayout`) and sends them back with the
 * seconds it took, so that the main thread can go on meanwhile (building the graph, encoding its edges).
 */
import { parentPort, workerData } from "node:worker_threads";
import { Tracer } from "../util/tracer.js";
import { computeLayout } from "./compute.js";
import type { LayoutInput, LayoutSettings } from "./input.js";

/** What the worker is started with. */
export interface LayoutJob {
  input: LayoutInput;
  settings: LayoutSettings;
}

/** What the worker sends back. */
export interface LayoutDone {
  positions: Float64Array;
  /** The layout's own seconds, on this thread. */
  seconds: number;
}

const { input, settings } = workerData as LayoutJob;
const stop = new Tracer().start("layout");
const positions = computeLayout(input, settings);
const done: LayoutDone = { positions, seconds: stop() };
parentPort!.postMessage(done, [positions.buffer as ArrayBuffer]);
