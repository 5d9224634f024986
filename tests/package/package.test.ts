// The published package, as a user gets it: `npm pack` (which builds dist/), then the tarball
// installed into an empty project with npm alone (no tsx, offline). From plain .mjs files
// there: `dlc` + `dlc/node` build examples/mlp.dl and `dlc/runtime` runs it, with the same
// output as this repository's own build and run; `dlc/runtime` runs the saved artifact with the
// compiler's dependencies (chevrotain, binaryen) removed; the `dlc` binary runs compiled JS; and
// a browser bundle of `dlc` + `dlc/runtime` checks, builds and runs the MLP in headless Chromium.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import type { Browser } from "playwright-core";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeHost } from "../../cli/node-host.ts";
import { buildArtifact } from "../../compiler/build.ts";
import { load } from "../../runtime/session.ts";
import { launchChromium } from "../browser/chromium.ts";
import { nodeImports } from "../esbuild-plugin/support.ts";
import { installInto, pack } from "./install.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BATCH = 4;

/** Seeded values in [-1, 1) (a small LCG), the same in the project's scripts and here. */
const LCG = "(n, seed) => { let s = seed >>> 0; return Float32Array.from({ length: n }, () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 31 - 1; }); }";
const values = new Function(`return ${LCG}`)() as (n: number, seed: number) => Float32Array;

// Builds the MLP with the package, runs it on WASM (seed-1 weights), saves the artifact.
const BUILD_AND_RUN = `
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildArtifact } from "dlc";
import { createNodeHost } from "dlc/node";
import { load, serializeArtifact } from "dlc/runtime";

const values = ${LCG};
const { artifact, diagnostics } = await buildArtifact(["mlp.dl"], createNodeHost(), { batch: ${BATCH}, targets: ["wasm"] });
if (!artifact) throw new Error(diagnostics.map((d) => d.code + " " + d.message).join("; "));
for (const [name, bytes] of Object.entries(serializeArtifact(artifact))) {
  mkdirSync(path.dirname(path.join("artifact", name)), { recursive: true });
  writeFileSync(path.join("artifact", name), bytes);
}
const session = await load(artifact, { backend: "wasm" });
session.initWeights(1);
const { logits } = session.run({ x: { data: values(${BATCH} * 784, 7), shape: [${BATCH}, 784] } });
console.log(JSON.stringify({ shape: logits.shape, data: Array.from(logits.data) }));
`;

// Only the runtime: reads the saved artifact and runs it.
const RUNTIME_ONLY = `
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { load, parseArtifact } from "dlc/runtime";

const values = ${LCG};
const files = {};
for (const e of readdirSync("artifact", { recursive: true, withFileTypes: true })) {
  if (e.isFile()) files[path.relative("artifact", path.join(e.parentPath ?? e.path, e.name))] = new Uint8Array(readFileSync(path.join(e.parentPath ?? e.path, e.name)));
}
const session = await load(parseArtifact(files), { backend: "wasm" });
session.initWeights(1);
const { logits } = session.run({ x: { data: values(${BATCH} * 784, 7), shape: [${BATCH}, 784] } });
console.log(JSON.stringify({ shape: logits.shape, data: Array.from(logits.data) }));
`;

// The compiler without a WASM build (interpreter only), then a run on the interpreter.
const CHECK_ONLY = `
import { buildArtifact, checkFiles } from "dlc";
import { createNodeHost } from "dlc/node";
import { load } from "dlc/runtime";

const values = ${LCG};
const checked = await checkFiles(["mlp.dl"], createNodeHost());
const { artifact } = await buildArtifact(["mlp.dl"], createNodeHost(), { batch: ${BATCH}, targets: [] });
const session = await load(artifact, { backend: "interp" });
session.initWeights(1);
const { logits } = session.run({ x: { data: values(${BATCH} * 784, 7), shape: [${BATCH}, 784] } });
console.log(JSON.stringify({ diagnostics: checked.diagnostics.length, data: Array.from(logits.data) }));
`;

// An app that imports the model through the installed plugin.
const PLUGIN_APP = `
import net from "./mlp.dl";
const values = ${LCG};
const session = await net.load();
session.initWeights(1);
const { logits } = session.run({ x: { data: values(${BATCH} * 784, 7), shape: [${BATCH}, 784] } });
console.log(JSON.stringify({ shape: logits.shape, data: Array.from(logits.data) }));
`;

// The browser entries: the runtime alone, and the compiler (memory host) with the runtime.
const BROWSER_RUNTIME = `
import { load, parseArtifact } from "dlc/runtime";
globalThis.dlcRuntime = { load, parseArtifact };
`;
const BROWSER_ENTRY = `
import { buildArtifact, checkFiles, createMemoryHost } from "dlc";
import { load } from "dlc/runtime";

const values = ${LCG};
globalThis.dlcPackageRun = async ({ source, stdlib }) => {
  const host = () => createMemoryHost({ files: { "mlp.dl": source }, stdlib });
  const checked = await checkFiles(["mlp.dl"], host());
  const built = await buildArtifact(["mlp.dl"], host(), { batch: ${BATCH}, targets: ["wasm"] });
  const x = { x: { data: values(${BATCH} * 784, 7), shape: [${BATCH}, 784] } };
  const run = async (backend) => {
    const s = await load(built.artifact, { backend });
    s.initWeights(1);
    return Array.from(s.run(x).logits.data);
  };
  return { diagnostics: checked.diagnostics.length, models: checked.models.map((m) => m.name), interp: await run("interp"), wasm: await run("wasm") };
};
`;

interface Run {
  shape: number[];
  data: number[];
}

let proj = "";
let want: { wasm: Run; interp: number[] };
const timings: Record<string, number> = {};
let browser: Browser | undefined;
let server: Server | undefined;

function node(script: string, args: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const file = path.join(proj, script);
  const r = spawnSync(process.execPath, [file, ...args], { cwd: proj, encoding: "utf8", timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function time<T>(label: string, f: () => T): T {
  const t0 = performance.now();
  const done = () => void (timings[label] = Math.round(performance.now() - t0));
  const r = f();
  if (r instanceof Promise) return r.finally(done) as T;
  done();
  return r;
}

beforeAll(async () => {
  const tarball = time("npm pack (builds dist)", () => pack(ROOT));
  proj = time("npm install", () => installInto(tarball, path.join(ROOT, "package-lock.json")));
  writeFileSync(path.join(proj, "mlp.dl"), readFileSync(path.join(ROOT, "examples/mlp.dl")));
  writeFileSync(path.join(proj, "build-and-run.mjs"), BUILD_AND_RUN);
  writeFileSync(path.join(proj, "runtime-only.mjs"), RUNTIME_ONLY);
  writeFileSync(path.join(proj, "check-only.mjs"), CHECK_ONLY);
  writeFileSync(path.join(proj, "browser-entry.mjs"), BROWSER_ENTRY);

  // The repository's own run, from the sources.
  const built = await buildArtifact([path.join(ROOT, "examples/mlp.dl")], createNodeHost({ cwd: ROOT }), { batch: BATCH, targets: ["wasm"] });
  const x = { x: { data: values(BATCH * 784, 7), shape: [BATCH, 784] } };
  const wasm = await load(built.artifact!, { backend: "wasm" });
  wasm.initWeights(1);
  const w = wasm.run(x).logits!;
  const interp = await load(built.artifact!, { backend: "interp" });
  interp.initWeights(1);
  want = { wasm: { shape: w.shape, data: Array.from(w.data as Float32Array) }, interp: Array.from(interp.run(x).logits!.data as Float32Array) };
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  console.log(`package test timings (ms): ${JSON.stringify(timings)}`);
});

describe("the npm package installed from its tarball", () => {
  it("holds compiled JS, declarations, the stdlib and the bin, and no TypeScript sources or tsx", () => {
    const pkg = path.join(proj, "node_modules/dlc");
    expect(existsSync(path.join(pkg, "dist/index.js"))).toBe(true);
    expect(existsSync(path.join(pkg, "dist/types/api/index.d.ts"))).toBe(true);
    expect(existsSync(path.join(pkg, "stdlib/nn.dl"))).toBe(true);
    expect(existsSync(path.join(pkg, "cli/main.ts"))).toBe(false);
    expect(existsSync(path.join(proj, "node_modules/tsx"))).toBe(false);
    expect(existsSync(path.join(proj, "node_modules/.bin/dlc"))).toBe(true);
    expect(readdirSync(path.join(pkg, "dist")).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
  });

  it("ships declarations a TypeScript user type-checks against (skipLibCheck off), which catch a misuse", () => {
    writeFileSync(path.join(proj, "consumer.ts"), [
      'import { buildArtifact, type Diagnostic } from "dlc";',
      'import { createNodeHost } from "dlc/node";',
      'import { load, type Session } from "dlc/runtime";',
      'import dlc from "dlc/esbuild";',
      'const r = await buildArtifact(["mlp.dl"], createNodeHost(), { batch: 2, targets: ["wasm"] });',
      'const s: Session = await load(r.artifact!, { backend: "wasm" });',
      "const d: Diagnostic[] = r.diagnostics;",
      'const p = dlc({ batch: 2, targets: ["wasm"], dims: { T: 8 } });',
      "const wrong: number = s.model;",
      "export { d, p, wrong };",
    ].join("\n"));
    const program = ts.createProgram([path.join(proj, "consumer.ts")], {
      target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true, noEmit: true, skipLibCheck: false,
      // A Node user has @types/node, and a plugin user esbuild; here they come from the repository.
      types: ["node"], typeRoots: [path.join(ROOT, "node_modules/@types")],
      paths: { esbuild: [path.join(ROOT, "node_modules/esbuild/lib/main.d.ts")] },
    });
    const errors = ts.getPreEmitDiagnostics(program).map((e) => `${e.file ? path.relative(proj, e.file.fileName) : ""}: ${ts.flattenDiagnosticMessageText(e.messageText, " ")}`);
    expect(errors).toEqual(["consumer.ts: Type 'string' is not assignable to type 'number'."]);
  }, 60_000);

  it("builds and runs examples/mlp.dl from a plain .mjs, exactly as the repository's own run", () => {
    const r = time("build-and-run.mjs", () => node("build-and-run.mjs"));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const got = JSON.parse(r.stdout) as Run;
    expect(got.shape).toEqual([BATCH, 10]);
    expect(got).toEqual(want.wasm);
    // And the numbers are right: the interpreter (the ops' definition) agrees.
    for (let i = 0; i < got.data.length; i++) expect(Math.abs(got.data[i]! - want.interp[i]!)).toBeLessThan(1e-5 * Math.max(1, Math.abs(want.interp[i]!)));
  });

  it("loads binaryen and webgpu only when needed: runtime and interpreter builds run without them (and without chevrotain)", () => {
    // chevrotain is bundled into dist; binaryen is only for WASM builds; webgpu only for nodeGpu().
    const deps = ["chevrotain", "binaryen", "webgpu"];
    for (const dep of deps) renameSync(path.join(proj, "node_modules", dep), path.join(proj, `gone-${dep}`));
    let runtimeOnly, checkOnly;
    try {
      runtimeOnly = time("runtime-only.mjs", () => node("runtime-only.mjs"));
      checkOnly = time("check-only.mjs", () => node("check-only.mjs"));
    } finally {
      for (const dep of deps) renameSync(path.join(proj, `gone-${dep}`), path.join(proj, "node_modules", dep));
    }
    expect(runtimeOnly.stderr).toBe("");
    expect(JSON.parse(runtimeOnly.stdout)).toEqual(want.wasm);
    expect(checkOnly.stderr).toBe("");
    expect(JSON.parse(checkOnly.stdout)).toEqual({ diagnostics: 0, data: want.interp });
  });

  it("dlc/esbuild from the package bundles an app that imports mlp.dl, and the bundle gives the same output", async () => {
    writeFileSync(path.join(proj, "plugin-app.mjs"), PLUGIN_APP);
    const plugin = (await import(pathToFileURL(path.join(proj, "node_modules/dlc/dist/esbuild.js")).href)) as { default: (o: object) => Plugin };
    await build({
      absWorkingDir: proj, entryPoints: ["plugin-app.mjs"], outfile: "plugin-app.bundle.mjs", bundle: true, format: "esm", platform: "browser", logLevel: "silent",
      plugins: [plugin.default({ batch: BATCH, targets: ["wasm"] })],
    });
    expect(readFileSync(path.join(proj, "mlp.d.dl.ts"), "utf8")).toContain('from "dlc/runtime"');
    const r = node("plugin-app.bundle.mjs");
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual(want.wasm);
  }, 60_000);

  it("the dlc binary runs the compiled CLI (no tsx; chevrotain is bundled into dist)", () => {
    const version = spawnSync(path.join(proj, "node_modules/.bin/dlc"), ["--version"], { cwd: proj, encoding: "utf8" });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version);
    const check = spawnSync(path.join(proj, "node_modules/.bin/dlc"), ["check", "mlp.dl"], { cwd: proj, encoding: "utf8" });
    expect(check.status).toBe(0);
    expect(check.stdout).toContain("no problems found");
    const bad = spawnSync(path.join(proj, "node_modules/.bin/dlc"), ["check", "missing.dl"], { cwd: proj, encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("error[E0101]: file not found: `missing.dl`");
  });

  it("dlc/runtime bundles for the browser with no node: import at all", async () => {
    writeFileSync(path.join(proj, "browser-runtime.mjs"), BROWSER_RUNTIME);
    const builtins = nodeImports(proj);
    const out = await build({ absWorkingDir: proj, entryPoints: ["browser-runtime.mjs"], bundle: true, format: "esm", platform: "browser", write: false, logLevel: "silent", plugins: [builtins.plugin] });
    const bundle = out.outputFiles[0]!.text;
    expect(bundle).toContain("parseArtifact");
    expect([...builtins.importers]).toEqual([]);
    expect(bundle).not.toContain("chevrotain");
  });

  it("dlc bundles for the browser and checks, builds (WASM) and runs the MLP in headless Chromium, as in Node", async (ctx) => {
    // binaryen, the one dependency that mentions node: modules, loads them only under Node
    // (behind a check of process.versions.node); the bundle leaves those imports out, and
    // nothing else may import a node: module.
    const builtins = nodeImports(proj);
    const out = await time("esbuild browser bundle", () => build({
      absWorkingDir: proj, entryPoints: ["browser-entry.mjs"], bundle: true, format: "esm", platform: "browser", write: false, logLevel: "silent",
      plugins: [builtins.plugin],
    }));
    expect([...builtins.importers]).toEqual(["node_modules/binaryen/index.js"]);
    const bundle = out.outputFiles[0]!.text;
    browser = await launchChromium();
    if (!browser) return ctx.skip(); // launchChromium throws under CI
    server = createServer((req, res) => {
      if (req.url === "/") return void res.writeHead(200, { "content-type": "text/html" }).end('<!doctype html><script type="module" src="/b.mjs"></script>');
      if (req.url === "/b.mjs") return void res.writeHead(200, { "content-type": "text/javascript" }).end(bundle);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => "dlcPackageRun" in globalThis, undefined, { timeout: 20_000 }).catch(() => {
      throw new Error(`the page did not load: ${errors.join("; ") || "no error"}`);
    });
    const stdlibDir = path.join(proj, "node_modules/dlc/stdlib");
    const stdlib = Object.fromEntries(readdirSync(stdlibDir).filter((f) => f.endsWith(".dl")).map((f) => [f, readFileSync(path.join(stdlibDir, f), "utf8")]));
    const got = await time("run in chromium", () => page.evaluate(
      (arg) => (globalThis as unknown as { dlcPackageRun(a: unknown): Promise<{ diagnostics: number; models: string[]; interp: number[]; wasm: number[] }> }).dlcPackageRun(arg),
      { source: readFileSync(path.join(proj, "mlp.dl"), "utf8"), stdlib },
    ));
    expect(got.diagnostics).toBe(0);
    expect(got.models).toEqual(["Mlp"]);
    expect(got.wasm).toEqual(want.wasm.data);
    expect(got.interp).toEqual(want.interp);
  }, 120_000);
});
