/**
 * DNS rebinding: the server answers only requests whose Host header names it (localhost or an IP address, with
 * its port). A page on evil.example that rebinds its name to 127.0.0.1 sends "Host: evil.example": 421 for every
 * path and method, while the viewer still loads through 127.0.0.1, localhost and [::1].
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isOwnHost, startServer, type RunningServer } from "../../src/serve/index.js";

/** Sends a request to the server with the given Host header (the connection always goes to 127.0.0.1). */
function get(base: string, path: string, host: string, method = "GET"): Promise<{ status: number; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method, headers: { Host: host } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("isOwnHost", () => {
  const cases: Array<[string | undefined, boolean]> = [
    ["127.0.0.1:4000", true],
    ["localhost:4000", true],
    ["LOCALHOST:4000", true],
    ["[::1]:4000", true],
    ["evil.example:4000", false],
    ["evil.example", false],
    ["127.0.0.1.evil.example:4000", false],
    ["localhost.evil.example:4000", false],
    ["localhost:4001", false],
    ["127.0.0.1", false], // port 80 implied: not ours
    ["::1:4000", false], // IPv6 without brackets
    ["[localhost]:4000", false],
    ["", false],
    [undefined, false],
  ];
  it.each(cases)("%s → %s", (header, expected) => {
    expect(isOwnHost(header, "127.0.0.1", 4000)).toBe(expected);
  });

  it("accepts the host name the server was bound to", () => {
    expect(isOwnHost("kgraph.lan:4000", "kgraph.lan", 4000)).toBe(true);
    expect(isOwnHost("other.lan:4000", "kgraph.lan", 4000)).toBe(false);
  });
});

describe("startServer and the Host header", () => {
  let root: string;
  let server: RunningServer;
  let port: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "kgraph-serve-host-"));
    mkdirSync(join(root, "viewer", "assets"), { recursive: true });
    writeFileSync(join(root, "viewer", "index.html"), "<!doctype html><title>kgraph viewer</title>");
    writeFileSync(join(root, "viewer", "assets", "app.js"), "console.log(1)");
    mkdirSync(join(root, "out"));
    writeFileSync(join(root, "out", "graph.json"), '{"text":"the corpus"}');
    server = await startServer({ graphDir: join(root, "out"), viewerDir: join(root, "viewer") });
    port = new URL(server.url).port;
  });
  afterAll(async () => {
    await server?.close();
  });

  it("refuses a foreign Host with 421 for every path and method", async () => {
    const paths = ["/", "/index.html", "/assets/app.js", "/graph/graph.json", "/graph/../package.json", "/nope"];
    for (const host of ["evil.example", `evil.example:${port}`, `127.0.0.1.evil.example:${port}`]) {
      for (const path of paths) {
        const res = await get(server.url, path, host);
        expect(res.status, `${host} ${path}`).toBe(421);
        expect(res.body).not.toContain("the corpus");
      }
      expect((await get(server.url, "/graph/graph.json", host, "POST")).status).toBe(421);
      expect((await get(server.url, "/graph/graph.json", host, "HEAD")).status).toBe(421);
    }
  });

  it("refuses its own name on another port", async () => {
    expect((await get(server.url, "/graph/graph.json", `127.0.0.1:${Number(port) + 1}`)).status).toBe(421);
  });

  it("serves the viewer and the graph through 127.0.0.1, localhost and [::1]", async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      expect((await get(server.url, "/", host)).body, host).toContain("kgraph viewer");
      expect((await get(server.url, "/graph/graph.json", host)).body, host).toContain("the corpus");
    }
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
  });

  it("keeps refusing traversal, foreign paths and other methods from its own host", async () => {
    const own = `localhost:${port}`;
    expect((await get(server.url, "/graph/../package.json", own)).status).toBe(404);
    expect((await get(server.url, "/graph/notes.txt", own)).status).toBe(404);
    expect((await get(server.url, "/graph/graph.json", own, "POST")).status).toBe(405);
  });
});
