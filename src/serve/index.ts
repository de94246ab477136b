/**
 * The viewer's HTTP server: serves the built viewer (`viewer/dist`) at `/` and the graph outputs under `/graph/`.
 * Only GET/HEAD, only 127.0.0.1 by default, only three graph files, and only to requests that name the server
 * itself in their Host header (see `isOwnHost`); everything else is a 4xx.
 * The viewer finds its data by convention at `/graph/graph.json` (see viewer/src/main.ts). With a curation file,
 * the viewer's decisions are written to it through `/api/curation` (see curation.ts for who may write).
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { isIP, type AddressInfo } from "node:net";
import { resolve } from "node:path";
// sirv: a small, well-kept static server (used by Vite's own preview) with path-traversal protection,
// ETags, Range requests and correct MIME types — things we would otherwise re-implement badly.
import sirv from "sirv";
import { GraphFileError } from "../errors.js";
import { packagePath } from "../util/package-root.js";
import { CURATION_API, handleCuration, newToken, pageWithToken, type CurationAccess } from "./curation.js";

/** Options of `startServer`. */
export interface ServeOptions {
  /** Folder holding graph.json (and optionally graph.gexf, graph.graphml), e.g. `graph-output`. */
  graphDir: string;
  /** Folder of the built viewer; defaults to `viewer/dist` in the package root. */
  viewerDir?: string;
  /** TCP port; 0 (the default) picks any free port. */
  port?: number;
  /** Interface to bind; 127.0.0.1 by default so the graph is never exposed to the network by accident. */
  host?: string;
  /** The curation file the viewer's decisions are written to (none: the viewer cannot curate). */
  curationFile?: string;
  /** Serve the graph without accepting any write (`kgraph serve --read-only`). */
  readOnly?: boolean;
}

/** A running server: its base URL (with trailing slash) and a way to stop it. */
export interface RunningServer {
  url: string;
  /** The per-run secret the served page carries for curation writes. */
  token: string;
  close(): Promise<void>;
}

/** The only files served under `/graph/`: the build's outputs, never anything else in that folder (e.g. `.cache`). */
export const GRAPH_FILES: ReadonlySet<string> = new Set(["graph.json", "graph.gexf", "graph.graphml"]);

/** URL prefix of the graph outputs; the viewer loads `${GRAPH_PREFIX}graph.json`. */
export const GRAPH_PREFIX = "/graph/";

/** Default location of the built viewer. */
export const DEFAULT_VIEWER_DIR = packagePath("viewer", "dist");

/** Starts the viewer server; resolves once it listens. Throws GraphFileError when the viewer or graph is missing. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const graphDir = resolve(options.graphDir);
  const viewerDir = resolve(options.viewerDir ?? DEFAULT_VIEWER_DIR);
  const host = options.host ?? "127.0.0.1";
  if (!existsSync(resolve(viewerDir, "index.html"))) {
    throw new GraphFileError(`the viewer is not built (no index.html in ${viewerDir}): run \`npm run build\` first`);
  }
  if (!existsSync(resolve(graphDir, "graph.json"))) {
    throw new GraphFileError(
      `no graph.json in ${graphDir}: run \`kgraph build <corpus> --out ${options.graphDir}\` first`,
    );
  }

  // The viewer is immutable once built: sirv indexes it at start-up (dev: false) and serves only files it listed.
  const viewer = sirv(viewerDir, { dev: false, etag: true, dotfiles: false, onNoMatch: notFound });
  // The graph may be rebuilt while serving: read it per request (dev: true) and let the browser revalidate.
  const graph = sirv(graphDir, {
    dev: true,
    etag: true,
    dotfiles: false,
    onNoMatch: notFound,
    setHeaders: (res) => res.setHeader("Cache-Control", "no-cache"),
  });

  const access: CurationAccess = {
    ...(options.curationFile ? { file: resolve(options.curationFile) } : {}),
    readOnly: options.readOnly ?? false,
    token: newToken(),
  };
  // The page is served with this run's token in it, never from a cache.
  const page = pageWithToken(readFileSync(resolve(viewerDir, "index.html"), "utf8"), access);

  let port = 0;
  const isOwnOrigin = (origin: string) => {
    const match = /^http:\/\/([^/]+)$/.exec(origin);
    return match !== null && isOwnHost(match[1], host, port);
  };
  const server = createServer((req, res) => {
    try {
      if (!isOwnHost(req.headers.host, host, port)) {
        send(res, 421, "Misdirected request: this server answers only to its own address (Host header)");
        return;
      }
      const path = (req.url ?? "").split("?", 1)[0]!;
      if (path === CURATION_API || path.startsWith(`${CURATION_API}/`)) {
        setSecurityHeaders(res);
        handleCuration(req, res, path, access, isOwnOrigin).catch(() => {
          if (!res.headersSent) send(res, 500, "Internal error while writing the curation file");
        });
        return;
      }
      if ((path === "/" || path === "/index.html") && (req.method === "GET" || req.method === "HEAD")) {
        setSecurityHeaders(res);
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.end(req.method === "HEAD" ? undefined : page);
        return;
      }
      handle(req, res, viewer, graph);
    } catch {
      // Anything unexpected in routing is the client's malformed request, never a reason to crash the server.
      if (!res.headersSent) send(res, 400, "Bad request");
    }
  });
  // Slow or idle clients must not hold the process: it is a local tool, requests are small.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  await new Promise<void>((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolvePromise();
    });
  });
  port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    token: access.token,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.close((error) => (error ? reject(error) : resolvePromise()));
        server.closeAllConnections();
      }),
  };
}

/**
 * Whether a request's Host header names this server: its port, and as host "localhost", an IP address
 * (127.0.0.1, [::1], or whatever address the user bound) or the host name it was started with. A web page
 * that rebinds its own domain name to 127.0.0.1 (DNS rebinding) sends that domain name as Host: refused, so
 * no other site can read the graph (the corpus's text) through the user's browser.
 */
export function isOwnHost(header: string | undefined, boundHost: string, port: number): boolean {
  if (!header) return false;
  const match = /^(\[[^\]]+\]|[^:[\]]+)(?::(\d+))?$/.exec(header.trim());
  if (!match) return false;
  const name = match[1]!.toLowerCase();
  if ((match[2] === undefined ? 80 : Number(match[2])) !== port) return false;
  const bare = name.startsWith("[") ? name.slice(1, -1) : name;
  if (name.startsWith("[") !== (isIP(bare) === 6)) return false; // IPv6 only in brackets, brackets only for IPv6
  return name === "localhost" || isIP(bare) !== 0 || bare === boundHost.toLowerCase();
}

type Handler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

/** Routes one request: validates method and path, then hands it to the right sirv instance. */
function handle(req: IncomingMessage, res: ServerResponse, viewer: Handler, graph: Handler): void {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    send(res, 405, "Method not allowed");
    return;
  }
  const raw = req.url ?? "";
  // Only origin-form paths ("/…"); absolute-form ("http://…") and asterisk-form requests are not for us.
  if (!raw.startsWith("/")) {
    send(res, 400, "Bad request");
    return;
  }
  const rawPath = raw.split("?", 1)[0]!;
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    send(res, 400, "Bad request: malformed percent-encoding");
    return;
  }
  // Refuse any dot-segment, backslash or NUL, encoded or not, before sirv sees the path: defence in depth
  // on top of sirv's own checks, and the graph folder is read per request.
  const segments = path.split("/");
  if (path.includes("\\") || path.includes("\0") || segments.some((s) => s === "." || s === "..")) {
    notFound(req, res);
    return;
  }
  setSecurityHeaders(res);
  if (path.startsWith(GRAPH_PREFIX)) {
    const name = path.slice(GRAPH_PREFIX.length);
    if (!GRAPH_FILES.has(name)) {
      notFound(req, res);
      return;
    }
    req.url = `/${name}`;
    graph(req, res);
    return;
  }
  viewer(req, res);
}

/** Headers that keep the page from running anything it did not ship, even if a corpus string were injected. */
function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "no-referrer");
  res.setHeader(
    "Content-Security-Policy",
    // Scripts only from us; workers from blob: (the ForceAtlas2 supervisor builds its worker from a blob URL);
    // styles inline for sigma's own style attributes; images from data:/blob: for PNG export.
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; " +
      "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  );
}

function notFound(_req: IncomingMessage, res: ServerResponse): void {
  send(res, 404, "Not found");
}

function send(res: ServerResponse, status: number, message: string): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.end(message);
}
