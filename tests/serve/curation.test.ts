/**
 * Curation writes through `kgraph serve`: accepted only from the server's own page (loopback, the per-run token
 * in the served page, its own Origin and Host, JSON) into the one curation file it was started with; refused in
 * read-only mode. Each refusal leaves the file as it was.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { request, type IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCurationFile } from "../../src/curate/index.js";
import { startServer, type RunningServer } from "../../src/serve/index.js";
import { refusal } from "../../src/serve/curation.js";

interface Reply {
  status: number;
  body: string;
}

/** A request to the server (always over 127.0.0.1), with the headers given. */
function send(server: RunningServer, method: string, path: string, headers: Record<string, string>, body?: string) {
  const url = new URL(server.url);
  return new Promise<Reply>((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

function root(): string {
  const dir = mkdtempSync(join(tmpdir(), "kgraph-serve-curation-"));
  mkdirSync(join(dir, "viewer"));
  writeFileSync(
    join(dir, "viewer", "index.html"),
    "<!doctype html><html><head><title>kgraph viewer</title></head></html>",
  );
  mkdirSync(join(dir, "out"));
  writeFileSync(join(dir, "out", "graph.json"), "{}");
  return dir;
}

describe("curation writes through kgraph serve", () => {
  let dir: string;
  let file: string;
  let server: RunningServer;
  let own: Record<string, string>;
  const decision = JSON.stringify({ decision: { rename: "Yonhap", to: "Yonhap News Agency" } });

  beforeAll(async () => {
    dir = root();
    file = join(dir, "corpus", "kgraph-curation.yaml");
    mkdirSync(join(dir, "corpus"));
    server = await startServer({ graphDir: join(dir, "out"), viewerDir: join(dir, "viewer"), curationFile: file });
    const origin = server.url.replace(/\/$/, "");
    own = {
      Host: new URL(server.url).host,
      Origin: origin,
      "Content-Type": "application/json",
      "X-Kgraph-Token": server.token,
    };
  });
  afterAll(async () => {
    await server?.close();
  });

  it("puts this run's token in the page it serves, never cached", async () => {
    const page = await send(server, "GET", "/", { Host: own.Host! });
    expect(page.body).toContain(`<meta name="kgraph-token" content="${server.token}" />`);
    expect(page.body).toContain('<meta name="kgraph-curation" content="writable" />');
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it("adds a decision from its own page, lists it, and takes it back on undo", async () => {
    const added = await send(server, "POST", "/api/curation", own, decision);
    expect(added.status, added.body).toBe(200);
    expect(JSON.parse(added.body)).toMatchObject({ added: 'rename "Yonhap" → "Yonhap News Agency"' });
    expect(readCurationFile(file).decisions).toEqual([
      expect.objectContaining({
        action: "rename",
        entity: "Yonhap",
        to: "Yonhap News Agency",
        date: expect.any(String),
      }),
    ]);
    const list = JSON.parse((await send(server, "GET", "/api/curation", { Host: own.Host! })).body);
    expect(list).toMatchObject({ writable: true, decisions: [{ action: "rename", description: expect.any(String) }] });
    const undo = await send(server, "POST", "/api/curation/undo", own, "{}");
    expect(undo.status).toBe(200);
    expect(readCurationFile(file).decisions).toEqual([]);
    expect((await send(server, "POST", "/api/curation/undo", own, "{}")).status).toBe(409);
  });

  it("keeps every one of many writes sent at once", async () => {
    const before = existsSync(file) ? readCurationFile(file).decisions.length : 0;
    const names = Array.from({ length: 12 }, (_, i) => `Entity ${i}`);
    const replies = await Promise.all(
      names.map((name) => send(server, "POST", "/api/curation", own, JSON.stringify({ decision: { remove: name } }))),
    );
    expect(replies.map((r) => r.status)).toEqual(names.map(() => 200));
    const after = readCurationFile(file).decisions.slice(before);
    expect(after.map((d) => (d.action === "remove" ? d.entity : "")).sort()).toEqual([...names].sort());
    for (let i = 0; i < names.length; i++) await send(server, "POST", "/api/curation/undo", own, "{}");
    expect(readCurationFile(file).decisions.length).toBe(before);
  });

  it.each([
    ["a wrong token", { "X-Kgraph-Token": "0".repeat(64) }, 403],
    ["no token", { "X-Kgraph-Token": "" }, 403],
    ["a foreign Origin", { Origin: "http://evil.example" }, 403],
    ["an Origin on another port", { Origin: "http://127.0.0.1:1" }, 403],
    ["an https Origin", { Origin: "https://127.0.0.1" }, 403],
    ["the null Origin", { Origin: "null" }, 403],
    ["a foreign Host", { Host: "evil.example" }, 421],
    ["a form post", { "Content-Type": "application/x-www-form-urlencoded" }, 415],
  ])("refuses a write with %s, and the file is unchanged", async (_what, headers, status) => {
    const before = existsSync(file) ? readFileSync(file, "utf8") : "";
    const merged = Object.fromEntries(Object.entries({ ...own, ...headers }).filter(([, v]) => v !== ""));
    const reply = await send(server, "POST", "/api/curation", merged, decision);
    expect(reply.status).toBe(status);
    expect(existsSync(file) ? readFileSync(file, "utf8") : "").toBe(before);
  });

  it("refuses a write without an Origin header", async () => {
    const { Origin: _origin, ...rest } = own;
    expect((await send(server, "POST", "/api/curation", rest, decision)).status).toBe(403);
  });

  it("refuses a malformed decision or body with 400, an oversized one with 413, other paths and methods", async () => {
    expect((await send(server, "POST", "/api/curation", own, '{"decision":{"frobnicate":"X"}}')).status).toBe(400);
    expect((await send(server, "POST", "/api/curation", own, "{not json")).status).toBe(400);
    expect((await send(server, "POST", "/api/curation", own, JSON.stringify({ x: "a".repeat(70_000) }))).status).toBe(
      413,
    );
    expect((await send(server, "POST", "/api/curation/../../graph/graph.json", own, decision)).status).toBe(405);
    expect((await send(server, "PUT", "/api/curation", own, decision)).status).toBe(405);
    expect((await send(server, "DELETE", "/api/curation", own)).status).toBe(405);
    expect(JSON.parse(readFileSync(join(dir, "out", "graph.json"), "utf8"))).toEqual({});
  });

  it("refuses writes from an address other than loopback", () => {
    const req = (address: string) =>
      ({
        socket: { remoteAddress: address },
        headers: { origin: "http://127.0.0.1:1", "x-kgraph-token": "t", "content-type": "application/json" },
      }) as unknown as IncomingMessage;
    const access = { file: "f", readOnly: false, token: "t" };
    expect(refusal(req("10.0.0.5"), access, () => true)).toMatchObject({ status: 403, error: /loopback/ });
    expect(refusal(req("::ffff:192.168.1.2"), access, () => true)).toMatchObject({ status: 403 });
    expect(refusal(req("::ffff:127.0.0.1"), access, () => true)).toBeUndefined();
    expect(refusal(req("::1"), access, () => true)).toBeUndefined();
  });
});

describe("kgraph serve --read-only", () => {
  it("serves the page without a token and refuses every write", async () => {
    const dir = root();
    const file = join(dir, "kgraph-curation.yaml");
    const server = await startServer({
      graphDir: join(dir, "out"),
      viewerDir: join(dir, "viewer"),
      curationFile: file,
      readOnly: true,
    });
    try {
      const host = new URL(server.url).host;
      const page = await send(server, "GET", "/", { Host: host });
      expect(page.body).toContain('<meta name="kgraph-token" content="" />');
      expect(page.body).toContain('<meta name="kgraph-curation" content="read-only" />');
      const headers = {
        Host: host,
        Origin: server.url.replace(/\/$/, ""),
        "Content-Type": "application/json",
        "X-Kgraph-Token": server.token,
      };
      const reply = await send(server, "POST", "/api/curation", headers, '{"decision":{"remove":"Europe"}}');
      expect(reply.status).toBe(403);
      expect(reply.body).toMatch(/read-only/);
      expect(existsSync(file)).toBe(false);
    } finally {
      await server.close();
    }
  });
});
