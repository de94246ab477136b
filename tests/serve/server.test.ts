/**
 * The viewer server: serves the viewer at / and only the graph outputs under /graph/; traversal attempts
 * (raw, encoded, double-dot in any form) are 404; bad methods and malformed requests are 4xx.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphFileError } from "../../src/errors.js";
import { startServer, type RunningServer } from "../../src/serve/index.js";

/** Sends a raw request (the path is written as given, not normalised by a URL parser). */
function raw(
  base: string,
  path: string,
  method = "GET",
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("startServer", () => {
  let root: string;
  let server: RunningServer;
  const graph = {
    attributes: { schemaVersion: 1, name: "kgraph", generator: "test" },
    options: { type: "mixed", multi: true },
    nodes: [],
    edges: [],
  };

  beforeAll(async () => {
    // A project-like tree: a secret beside the served folders, which no request may reach.
    root = mkdtempSync(join(tmpdir(), "kgraph-serve-"));
    writeFileSync(join(root, "package.json"), '{"secret":true}');
    mkdirSync(join(root, "viewer", "assets"), { recursive: true });
    writeFileSync(join(root, "viewer", "index.html"), "<!doctype html><title>kgraph viewer</title>");
    writeFileSync(join(root, "viewer", "assets", "app.js"), "console.log(1)");
    mkdirSync(join(root, "out", ".cache"), { recursive: true });
    writeFileSync(join(root, "out", "graph.json"), JSON.stringify(graph));
    writeFileSync(join(root, "out", "graph.gexf"), "<gexf/>");
    writeFileSync(join(root, "out", "notes.txt"), "not an output");
    writeFileSync(join(root, "out", ".cache", "x.json"), "{}");
    server = await startServer({ graphDir: join(root, "out"), viewerDir: join(root, "viewer") });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("listens on 127.0.0.1 with a free port", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("serves the viewer at /", async () => {
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(await res.text()).toContain("kgraph viewer");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect((await fetch(new URL("assets/app.js", server.url))).status).toBe(200);
  });

  it("serves the graph outputs under /graph/", async () => {
    const res = await fetch(new URL("graph/graph.json", server.url));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/json/);
    expect(await res.json()).toEqual(graph);
    expect((await fetch(new URL("graph/graph.gexf", server.url))).status).toBe(200);
    expect((await raw(server.url, "/graph/graph.json", "HEAD")).status).toBe(200);
  });

  it("serves nothing else from the graph folder", async () => {
    for (const path of [
      "/graph/graph.graphml",
      "/graph/notes.txt",
      "/graph/.cache/x.json",
      "/graph/",
      "/graph",
      "/graph/GRAPH.JSON",
    ]) {
      expect((await raw(server.url, path)).status, path).toBe(404);
    }
  });

  it.each([
    "/../package.json",
    "/%2e%2e/package.json",
    "/%2E%2E/package.json",
    "/..%2fpackage.json",
    "/graph/../../package.json",
    "/graph/..%2fpackage.json",
    "/graph/%2e%2e%2fpackage.json",
    "/graph/%2e%2e%2f%2e%2e%2fpackage.json",
    "/graph/..%5c..%5cpackage.json",
    "/assets/../../package.json",
    "/%2e%2e%2f%2e%2e%2fpackage.json",
    "/.%2e/package.json",
    "/graph/graph.json%00.txt",
  ])("404 on traversal attempt %s", async (path) => {
    const res = await raw(server.url, path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain("secret");
  });

  it("rejects other methods with 405", async () => {
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS"]) {
      const res = await raw(server.url, "/graph/graph.json", method);
      expect(res.status, method).toBe(405);
    }
  });

  it("rejects malformed requests with 400", async () => {
    expect((await raw(server.url, "/%E0%A4%A")).status).toBe(400);
    expect((await raw(server.url, "/graph/%zz")).status).toBe(400);
    expect((await raw(server.url, "*", "GET")).status).toBe(400);
  });

  it("404s unknown viewer paths", async () => {
    expect((await raw(server.url, "/nope.js")).status).toBe(404);
  });
});

describe("startServer errors", () => {
  it("throws GraphFileError when graph.json is missing", async () => {
    const root = mkdtempSync(join(tmpdir(), "kgraph-serve-"));
    mkdirSync(join(root, "viewer"));
    writeFileSync(join(root, "viewer", "index.html"), "<!doctype html>");
    await expect(startServer({ graphDir: join(root, "none"), viewerDir: join(root, "viewer") })).rejects.toBeInstanceOf(
      GraphFileError,
    );
  });

  it("throws GraphFileError when the viewer is not built", async () => {
    const root = mkdtempSync(join(tmpdir(), "kgraph-serve-"));
    writeFileSync(join(root, "graph.json"), "{}");
    await expect(startServer({ graphDir: root, viewerDir: join(root, "missing") })).rejects.toBeInstanceOf(
      GraphFileError,
    );
  });
});
