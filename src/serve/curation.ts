/**
 * The viewer's writes to the curation file, through `kgraph serve`: `GET /api/curation` lists the decisions,
 * `POST /api/curation` adds one, `POST /api/curation/undo` takes the last one back. Writes are the one thing the
 * server does besides serving files, so they are accepted only from the server's own page:
 * - from a loopback address (the browser on this machine), whatever interface the server is bound to;
 * - with the per-run secret token that the server puts in the page it serves (a `<meta>` element: no inline
 *   script, so the page's CSP stays `script-src 'self'`), which no other site can read;
 * - with an Origin header naming this server (the Host header is checked for every request already);
 * - as JSON, of bounded size, into the one curation file the server was started with: no path comes from the
 *   request;
 * - never in read-only mode (`kgraph serve --read-only`, for sharing a graph).
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { isIP } from "node:net";
import {
  addDecision,
  decisionOf,
  describeDecision,
  readCurationIfPresent,
  removeDecision,
  type Decision,
} from "../curate/index.js";
import { KgraphError } from "../errors.js";

/** URL of the curation API. */
export const CURATION_API = "/api/curation";

/** Header carrying the page's token on writes. */
export const TOKEN_HEADER = "x-kgraph-token";

/** Largest request body accepted (a decision is a few hundred bytes). */
const MAX_BODY = 64 * 1024;

/** How the server handles curation. */
export interface CurationAccess {
  /** The curation file the viewer's decisions go to; no API without one. */
  file?: string;
  readOnly: boolean;
  /** The per-run secret the served page carries. */
  token: string;
}

/** A fresh per-run token. */
export function newToken(): string {
  return randomBytes(32).toString("hex");
}

/** The viewer page with the curation token and mode in `<meta>` elements (read by viewer/src/curation.ts). */
export function pageWithToken(html: string, access: CurationAccess): string {
  const writable = Boolean(access.file) && !access.readOnly;
  const meta =
    `<meta name="kgraph-token" content="${writable ? access.token : ""}" />` +
    `<meta name="kgraph-curation" content="${writable ? "writable" : access.file ? "read-only" : "none"}" />`;
  // After <head>, or after the doctype of a page without one (meta elements are allowed there in HTML).
  if (/<head\b[^>]*>/i.test(html)) return html.replace(/<head\b[^>]*>/i, (head) => `${head}\n    ${meta}`);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html)?.[0] ?? "";
  return `${doctype}${meta}${html.slice(doctype.length)}`;
}

/** Answers a request under CURATION_API. `origin` checks an Origin header's host against the server's own. */
export async function handleCuration(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  access: CurationAccess,
  isOwnOrigin: (origin: string) => boolean,
): Promise<void> {
  if (!access.file) return send(res, 404, { error: "this server has no curation file" });
  const file = access.file;
  if (path === CURATION_API && (req.method === "GET" || req.method === "HEAD")) {
    return send(res, 200, listing(file, access));
  }
  if (req.method !== "POST" || (path !== CURATION_API && path !== `${CURATION_API}/undo`)) {
    res.setHeader("Allow", path === CURATION_API ? "GET, HEAD, POST" : "POST");
    return send(res, 405, { error: "method not allowed" });
  }
  const refused = refusal(req, access, isOwnOrigin);
  if (refused) return send(res, refused.status, { error: refused.error });
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req));
  } catch (error) {
    return send(res, error instanceof TooLarge ? 413 : 400, { error: (error as Error).message });
  }
  let decision: Decision | undefined;
  if (path === CURATION_API) {
    try {
      decision = decisionOf((body as { decision?: unknown } | null)?.decision);
    } catch (error) {
      return send(res, 400, { error: (error as Error).message });
    }
    decision.date ??= new Date().toISOString().slice(0, 10);
  }
  // One write at a time: each reads the file, edits it and renames a new one over it, and two at once would
  // lose one of them.
  const write = (writes.get(access) ?? Promise.resolve()).then(() => change(res, file, access, decision));
  writes.set(
    access,
    write.catch(() => {}),
  );
  return write;
}

/** The writes under way, per server. */
const writes = new WeakMap<CurationAccess, Promise<void>>();

/** Adds `decision` to the file, or (without one) takes the last decision out; answers the request. */
async function change(res: ServerResponse, file: string, access: CurationAccess, decision?: Decision): Promise<void> {
  try {
    if (decision) {
      const curation = await addDecision(file, decision);
      return send(res, 200, { added: describeDecision(decision), ...listing(file, access, curation.decisions) });
    }
    const count = readCurationIfPresent(file)?.decisions.length ?? 0;
    if (!count) return send(res, 409, { error: "no decision to undo" });
    const removed = await removeDecision(file, count);
    return send(res, 200, { removed: describeDecision(removed), ...listing(file, access) });
  } catch (error) {
    // A hand-edited file that no longer parses: say so; the page shows it.
    if (error instanceof KgraphError) return send(res, 409, { error: error.message });
    throw error;
  }
}

/** Why a write is refused (status and message), or undefined when it comes from the server's own page. */
export function refusal(
  req: IncomingMessage,
  access: CurationAccess,
  isOwnOrigin: (origin: string) => boolean,
): { status: number; error: string } | undefined {
  if (access.readOnly) return { status: 403, error: "this server is read-only (kgraph serve --read-only)" };
  if (!isLoopback(req.socket.remoteAddress))
    return { status: 403, error: "curation is written only from this machine (a loopback address)" };
  const origin = req.headers.origin;
  if (!origin || !isOwnOrigin(origin)) return { status: 403, error: "curation is written only by this server's page" };
  const token = req.headers[TOKEN_HEADER];
  if (typeof token !== "string" || !sameSecret(token, access.token))
    return { status: 403, error: "missing or wrong curation token: reload the page" };
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? ""))
    return { status: 415, error: "curation requests are JSON (Content-Type: application/json)" };
  return undefined;
}

function listing(file: string, access: CurationAccess, decisions?: Decision[]) {
  let list = decisions;
  let problem: string | undefined;
  if (!list) {
    try {
      list = readCurationIfPresent(file)?.decisions ?? [];
    } catch (error) {
      list = [];
      problem = (error as Error).message;
    }
  }
  return {
    writable: !access.readOnly,
    decisions: list.map((d) => ({ ...d, description: describeDecision(d) })),
    ...(problem ? { problem } : {}),
  };
}

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  if (isIP(v4) === 4) return v4.startsWith("127.");
  return address === "::1";
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

class TooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    // Past the limit the rest is read and dropped, so that the client still gets its 413.
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on("end", () =>
      size > MAX_BODY
        ? reject(new TooLarge(`request body over ${MAX_BODY} bytes`))
        : resolve(Buffer.concat(chunks).toString("utf8")),
    );
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end(JSON.stringify(body));
}
