/**
 * The timeline under the graph: documents per day, week or month as a histogram; dragging across it (the brush)
 * sets the date range, which filters the graph and goes into the URL like every filter; "Play" steps a window of
 * the brushed width across the whole timeline; beside it, the minimum number of independent sources and the
 * "new in this period" highlight. It owns only its DOM: the range and options go to the app through callbacks,
 * and `update` redraws the brush from the app's state (a link, the date inputs, a step of play).
 */
import "./timeline.css";
import { el } from "./dom.js";
import { binsOfPeriod, documentsIn, periodOfBins, playSteps, type Histogram } from "./timeline.js";

/** What the timeline shows of the view state. */
export interface TimelineState {
  dateFrom: string | null;
  dateTo: string | null;
  minSources: number;
  highlightNew: boolean;
}

/** What the timeline asks the app to change. */
export interface TimelineCallbacks {
  setRange(from: string | null, to: string | null): void;
  setMinSources(n: number): void;
  setHighlightNew(on: boolean): void;
}

const SVG = "http://www.w3.org/2000/svg";
/** Time between two steps of play. */
const STEP_MS = 350;
/** Play takes at most this many steps: a long timeline moves several bins at a time. */
const MAX_STEPS = 40;

const UNIT: Record<Histogram["granularity"], string> = { day: "day", week: "week", month: "month" };

/** Mounts the timeline at the bottom of `host` (the graph's container). */
export class TimelineView {
  private readonly root: HTMLElement;
  private readonly svg: SVGSVGElement;
  private readonly brush: SVGRectElement;
  private readonly period: HTMLElement;
  private readonly play: HTMLButtonElement;
  private readonly sources: HTMLInputElement;
  private readonly newToggle: HTMLInputElement;
  private timer = 0;
  private state: TimelineState;

  constructor(
    host: HTMLElement,
    private readonly histogram: Histogram | null,
    state: TimelineState,
    private readonly callbacks: TimelineCallbacks,
  ) {
    this.state = state;
    this.root = el("section", "timeline");
    this.root.setAttribute("aria-label", "Timeline");
    this.root.dataset.testid = "timeline";
    const bar = el("div", "timeline-bar");
    this.play = el("button", "timeline-play", "▶ Play");
    this.play.type = "button";
    this.play.setAttribute("aria-pressed", "false");
    this.play.addEventListener("click", () => (this.timer ? this.stop() : this.start()));
    const all = el("button", "timeline-all", "All dates");
    all.type = "button";
    all.addEventListener("click", () => {
      this.stop();
      this.callbacks.setRange(null, null);
    });
    this.period = el("span", "timeline-period");
    this.period.dataset.testid = "timeline-period";
    this.period.setAttribute("aria-live", "polite");
    const sourcesLabel = el("label", "timeline-sources", "Sources ≥ ");
    this.sources = el("input");
    this.sources.type = "number";
    this.sources.min = "1";
    this.sources.step = "1";
    this.sources.setAttribute("aria-label", "Supported by at least this many independent sources");
    this.sources.addEventListener("change", () => {
      const n = Math.max(1, Math.floor(Number(this.sources.value) || 1));
      this.callbacks.setMinSources(n);
    });
    sourcesLabel.append(this.sources);
    sourcesLabel.title = "Near-duplicate documents (one story republished) count as one source";
    const newLabel = el("label", "timeline-new");
    this.newToggle = el("input");
    this.newToggle.type = "checkbox";
    this.newToggle.addEventListener("change", () => this.callbacks.setHighlightNew(this.newToggle.checked));
    newLabel.append(this.newToggle, document.createTextNode(" New in this period"));
    bar.append(this.play, all, this.period, sourcesLabel, newLabel);

    this.svg = document.createElementNS(SVG, "svg");
    this.svg.classList.add("timeline-chart");
    this.svg.setAttribute("preserveAspectRatio", "none");
    this.brush = document.createElementNS(SVG, "rect");
    this.brush.classList.add("timeline-brush");
    this.root.append(bar, this.svg);
    if (histogram) {
      this.drawBars(histogram);
      const axis = el("div", "timeline-axis");
      axis.append(el("span", undefined, histogram.bins[0]!.start), el("span", undefined, histogram.bins.at(-1)!.end));
      this.root.append(axis);
      this.bindBrush(histogram);
    } else {
      this.play.disabled = true;
      this.svg.setAttribute("aria-label", "No document is dated");
    }
    host.append(this.root);
    this.update(state);
  }

  /** Redraws the brush, the period line and the controls from the app's state. */
  update(state: TimelineState): void {
    this.state = state;
    this.sources.value = String(state.minSources);
    this.newToggle.checked = state.highlightNew;
    const h = this.histogram;
    if (!h) {
      this.period.textContent = "No dated documents";
      return;
    }
    const range = state.dateFrom || state.dateTo ? binsOfPeriod(h.bins, state.dateFrom, state.dateTo) : null;
    if (range) {
      this.brush.setAttribute("x", String(range[0]));
      this.brush.setAttribute("width", String(range[1] - range[0] + 1));
      this.brush.style.display = "";
    } else this.brush.style.display = "none";
    const n = documentsIn(h, state.dateFrom, state.dateTo);
    const when = state.dateFrom || state.dateTo ? `${state.dateFrom ?? "…"} to ${state.dateTo ?? "…"}` : "All dates";
    const undated = h.undated ? ` (${h.undated} undated apart)` : "";
    this.period.textContent = `${when} · ${n} document${n === 1 ? "" : "s"}${undated}`;
    this.period.dataset.documents = String(n);
  }

  /** Stops play (the app calls it when the reader changes the range another way). */
  stop(): void {
    window.clearInterval(this.timer);
    this.timer = 0;
    this.play.textContent = "▶ Play";
    this.play.setAttribute("aria-pressed", "false");
    this.root.dataset.playing = "false";
  }

  private start(): void {
    const h = this.histogram;
    if (!h) return;
    const current =
      this.state.dateFrom || this.state.dateTo ? binsOfPeriod(h.bins, this.state.dateFrom, this.state.dateTo) : null;
    const width = current ? current[1] - current[0] + 1 : 1;
    const all = playSteps(h.bins, width);
    const stride = Math.max(1, Math.ceil(all.length / MAX_STEPS));
    const steps = all.filter((_s, i) => i % stride === 0 || i === all.length - 1);
    let i = 0;
    this.play.textContent = "❚❚ Pause";
    this.play.setAttribute("aria-pressed", "true");
    this.root.dataset.playing = "true";
    const step = () => {
      const next = steps[i++];
      if (!next) {
        this.stop();
        return;
      }
      this.callbacks.setRange(next.from, next.to);
    };
    step();
    this.timer = window.setInterval(step, STEP_MS);
  }

  private drawBars(h: Histogram): void {
    const most = Math.max(1, ...h.bins.map((b) => b.count));
    this.svg.setAttribute("viewBox", `0 0 ${h.bins.length} 100`);
    this.svg.setAttribute("role", "img");
    this.svg.setAttribute(
      "aria-label",
      `Documents per ${UNIT[h.granularity]}: ${h.bins.length} ${UNIT[h.granularity]}s`,
    );
    h.bins.forEach((bin, i) => {
      const rect = document.createElementNS(SVG, "rect");
      const height = bin.count ? Math.max(4, (bin.count / most) * 96) : 0;
      rect.setAttribute("x", String(i + 0.08));
      rect.setAttribute("width", "0.84");
      rect.setAttribute("y", String(100 - height));
      rect.setAttribute("height", String(height));
      rect.classList.add("timeline-bin");
      rect.dataset.start = bin.start;
      rect.dataset.count = String(bin.count);
      const title = document.createElementNS(SVG, "title");
      title.textContent = `${bin.start === bin.end ? bin.start : `${bin.start} to ${bin.end}`}: ${bin.count} document${bin.count === 1 ? "" : "s"}`;
      rect.append(title);
      this.svg.append(rect);
    });
    this.brush.setAttribute("y", "0");
    this.brush.setAttribute("height", "100");
    this.svg.append(this.brush);
  }

  /** Dragging across the chart selects the bins under the pointer; a click selects one bin. */
  private bindBrush(h: Histogram): void {
    const binAt = (clientX: number) => {
      const box = this.svg.getBoundingClientRect();
      const i = Math.floor(((clientX - box.left) / Math.max(1, box.width)) * h.bins.length);
      return Math.max(0, Math.min(h.bins.length - 1, i));
    };
    let anchor: number | null = null;
    const show = (a: number, b: number) => {
      this.brush.setAttribute("x", String(Math.min(a, b)));
      this.brush.setAttribute("width", String(Math.abs(b - a) + 1));
      this.brush.style.display = "";
    };
    this.svg.addEventListener("pointerdown", (event) => {
      this.stop();
      anchor = binAt(event.clientX);
      this.svg.setPointerCapture(event.pointerId);
      show(anchor, anchor);
    });
    this.svg.addEventListener("pointermove", (event) => {
      if (anchor !== null) show(anchor, binAt(event.clientX));
    });
    this.svg.addEventListener("pointerup", (event) => {
      if (anchor === null) return;
      const { from, to } = periodOfBins(h.bins, anchor, binAt(event.clientX));
      anchor = null;
      this.callbacks.setRange(from, to);
    });
  }
}
