// The runtime in a real browser: headless Chromium (Debian's, driven by playwright-core) loads
// a bundle of runtime/ from a localhost server, fetches an MLP artifact and its weights, runs
// them on the WebGPU backend (navigator.gpu) and on the WASM backend, and the outputs must
// match the reference interpreter run here in Node on the same weights and inputs.
// Under CI=true a missing browser or WebGPU adapter fails; locally a missing browser skips.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeHost } from "../../cli/node-host.ts";
import { buildArtifact } from "../../compiler/build.ts";
import { MANIFEST_FILE, serializeArtifact, type Artifact } from "../../runtime/artifact.ts";
import { writeSafetensors, type WritableTensor } from "../../runtime/safetensors.ts";
import { load, type OutputTensor } from "../../runtime/session.ts";
import { CHROMIUM, CI, launchChromium } from "./chromium.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BATCH = 4;

/** Seeded values in [-1, 1) from a tiny LCG, independent of the runtime's generators. */
function values(n: number, seed: number, scale = 1): Float32Array {
  let s = seed >>> 0;
  return Float32Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s / 2 ** 31 - 1) * scale;
  });
}

function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!)));
  return worst;
}

interface PageRun {
  adapter?: { vendor: string; architecture: string; description: string; software: boolean };
  outputs: Record<string, { shape: number[]; data: number[] }>;
}

let bundle = "";
let artifact: Artifact;
let server: Server | undefined;
let browser: Browser | undefined;
let page: Page | undefined;
let inputs: Record<string, { shape: number[]; data: number[] }> = {};
let want: Record<string, OutputTensor> = {};
const timings: Record<string, number> = {};

async function time<T>(label: string, f: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await f();
  } finally {
    timings[label] = Math.round(performance.now() - t0);
  }
}

beforeAll(async () => {
  const built = await time("build artifact", () =>
    buildArtifact([path.join(ROOT, "examples/mlp.dl")], createNodeHost({ cwd: ROOT }), { batch: BATCH, targets: ["wasm", "wgsl"] }));
  if (!built.artifact) throw new Error(`build failed: ${built.diagnostics.map((d) => `${d.code} ${d.message}`).join("; ")}`);
  artifact = built.artifact;

  const out = await time("esbuild bundle", () => build({
    entryPoints: [path.join(ROOT, "tests/browser/page-entry.ts")],
    bundle: true, format: "esm", platform: "browser", target: "es2022", write: false, logLevel: "silent",
  }));
  bundle = out.outputFiles[0]!.text;

  // Weights and inputs made here, so the interpreter below and the page see the same numbers.
  const weights: Record<string, WritableTensor> = {};
  artifact.manifest.parameters.forEach((p, k) => {
    const n = p.shape.reduce((a, b) => a * b, 1);
    weights[p.name] = { dtype: p.dtype, shape: p.shape, data: values(n, 100 + k, 0.1) };
  });
  const weightBytes = writeSafetensors(weights);
  const feed: Record<string, { data: Float32Array; shape: number[] }> = {};
  artifact.manifest.inputs.forEach((t, k) => {
    const data = values(t.shape.reduce((a, b) => a * b, 1), 7 + k);
    feed[t.name] = { data, shape: t.shape };
    inputs[t.name] = { shape: t.shape, data: Array.from(data) };
  });
  const ref = await load(artifact, { backend: "interp" });
  ref.setWeights(weightBytes);
  want = ref.run(feed);
  ref.dispose();

  const files = serializeArtifact(artifact);
  const routes = new Map<string, { type: string; body: Uint8Array | string }>([
    ["/", { type: "text/html", body: '<!doctype html><meta charset="utf-8"><title>dlc</title><script type="module" src="/bundle.js"></script>' }],
    ["/bundle.js", { type: "text/javascript", body: bundle }],
    ["/weights.safetensors", { type: "application/octet-stream", body: weightBytes }],
    ["/artifact/index.json", { type: "application/json", body: JSON.stringify(Object.keys(files).filter((f) => f !== MANIFEST_FILE)) }],
  ]);
  for (const [name, body] of Object.entries(files)) {
    routes.set(`/artifact/${name}`, { type: name.endsWith(".wasm") ? "application/wasm" : "application/octet-stream", body });
  }
  server = createServer((req, res) => {
    const r = routes.get((req.url ?? "/").split("?")[0]!);
    if (!r) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": r.type }).end(r.body);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));

  browser = await time("launch chromium", launchChromium);
  if (!browser) return;
  page = await browser.newPage();
  const port = (server.address() as AddressInfo).port;
  await time("open page", async () => {
    await page!.goto(`http://127.0.0.1:${port}/`);
    await page!.waitForFunction(() => "dlcRun" in globalThis, undefined, { timeout: 10_000 });
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  console.log(`browser test timings (ms): ${JSON.stringify(timings)}`);
});

describe("the runtime bundle for the browser", () => {
  it("imports no node: module", () => {
    expect(bundle.length).toBeGreaterThan(10_000);
    expect(bundle).toContain("navigator"); // the WebGPU backend is in it (it reads navigator.gpu)
    expect(bundle).not.toMatch(/["'`]node:[a-z_/]+["'`]/);
  });
});

describe.each(["webgpu", "wasm"] as const)("examples/mlp.dl in headless Chromium on %s", (backend) => {
  it("matches the interpreter in Node within 1e-4 (relative, absolute below 1)", async (ctx) => {
    if (!page) {
      if (CI) throw new Error(`${CHROMIUM} is missing: run scripts/setup-browser.sh`);
      return ctx.skip();
    }
    if (backend === "webgpu") expect(await page.evaluate(() => (globalThis as unknown as { dlcHasGpu(): boolean }).dlcHasGpu())).toBe(true);
    const got = await time(`run ${backend} in page`, () => page!.evaluate(
      ([b, x]) => (globalThis as unknown as { dlcRun(b: string, x: unknown): Promise<PageRun> }).dlcRun(b, x),
      [backend, inputs] as const,
    ));
    if (backend === "webgpu") {
      expect(got.adapter).toBeDefined();
      console.log(`chromium WebGPU adapter: ${JSON.stringify(got.adapter)}`);
    }
    expect(Object.keys(got.outputs).sort()).toEqual(Object.keys(want).sort());
    for (const [name, w] of Object.entries(want)) {
      expect(got.outputs[name]!.shape).toEqual(w.shape);
      expect(w.shape[0]).toBe(BATCH);
      expect(maxRelDiff(got.outputs[name]!.data, w.data)).toBeLessThan(1e-4);
      // Not vacuous: the reference varies across samples and classes.
      expect(Math.max(...w.data) - Math.min(...w.data)).toBeGreaterThan(1e-3);
    }
  }, 60_000);
});
