// examples/esbuild-app bundled with the plugin (its own options, from its build.mjs): the bundle
// runs in a clean Node process and in headless Chromium and both print the same logits, which
// match the reference interpreter on the same weights (seed 1) and inputs; the generated
// declaration file types the app (tsc accepts it) and rejects a wrong input name.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeHost } from "../../cli/node-host.ts";
import { buildArtifact } from "../../compiler/build.ts";
import { load } from "../../runtime/session.ts";
import { appOptions } from "../../examples/esbuild-app/build.mjs";
import dlc from "../../plugin/esbuild/index.ts";
import { launchChromium } from "../browser/chromium.ts";
import { nodeImports, project, ROOT, runtimeFromSource } from "./support.ts";

interface AppResult {
  model: string;
  wgslKernels: number;
  input: number[];
  shape: number[];
  logits: number[];
}

const APP = path.join(ROOT, "examples/esbuild-app");
let bundle = "";
const node = nodeImports(ROOT);
let nodeRun: AppResult;
let browser: Browser | undefined;
let server: Server | undefined;

beforeAll(async () => {
  const options = appOptions(dlc);
  const out = await build({ ...options, outfile: undefined, outdir: undefined, write: false, logLevel: "silent", plugins: [...options.plugins, runtimeFromSource, node.plugin] });
  bundle = out.outputFiles[0]!.text;
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "dlc-app-")), "app.mjs");
  writeFileSync(file, bundle);
  const r = spawnSync(process.execPath, [file], { encoding: "utf8", timeout: 60_000 });
  if (r.status !== 0) throw new Error(`node app.mjs failed: ${r.stderr}`);
  nodeRun = JSON.parse(r.stdout) as AppResult;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe("examples/esbuild-app", () => {
  it("imports no node: module and inlines the model", () => {
    expect([...node.importers]).toEqual([]);
    expect(bundle).toContain("AGFzbQ"); // base64 of the WASM magic "\0asm"
    expect(nodeRun.model).toBe("Mlp");
    expect(nodeRun.wgslKernels).toBeGreaterThan(0); // built for ["wasm", "wgsl"]
  });

  it("in Node gives the reference interpreter's logits (seed 1 weights) within 1e-5", async () => {
    const built = await buildArtifact([path.join(ROOT, "examples/mlp.dl")], createNodeHost({ cwd: ROOT }), { batch: 4, targets: [] });
    const ref = await load(built.artifact!, { backend: "interp" });
    ref.initWeights(1);
    const want = ref.run({ x: { data: Float32Array.from(nodeRun.input), shape: [4, 784] } }).logits!;
    ref.dispose();
    expect(nodeRun.shape).toEqual([4, 10]);
    expect(want.shape).toEqual([4, 10]);
    const data = want.data as Float32Array;
    for (let i = 0; i < data.length; i++) expect(Math.abs(nodeRun.logits[i]! - data[i]!)).toBeLessThan(1e-5 * Math.max(1, Math.abs(data[i]!)));
    expect(Math.max(...data) - Math.min(...data)).toBeGreaterThan(1e-2); // not a constant
  });

  it("in headless Chromium prints exactly what Node printed", async (ctx) => {
    browser = await launchChromium();
    if (!browser) return ctx.skip(); // launchChromium throws under CI
    const html = '<!doctype html><meta charset="utf-8"><body>running</body><script type="module" src="/app.mjs"></script>';
    server = createServer((req, res) => {
      if (req.url === "/") return void res.writeHead(200, { "content-type": "text/html" }).end(html);
      if (req.url === "/app.mjs") return void res.writeHead(200, { "content-type": "text/javascript" }).end(bundle);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => document.body.textContent!.startsWith("{"), undefined, { timeout: 30_000 }).catch(() => {
      throw new Error(`the page did not finish: ${errors.join("; ") || "no error"}`);
    });
    const got = JSON.parse((await page.textContent("body"))!) as AppResult;
    expect(got).toEqual(nodeRun);
  }, 60_000);

  it("is typed by the generated ../mlp.d.dl.ts: tsc accepts the app and rejects a wrong input name", () => {
    // The bundle above wrote examples/mlp.d.dl.ts next to examples/mlp.dl.
    const dts = readFileSync(path.join(ROOT, "examples/mlp.d.dl.ts"), "utf8");
    expect(dts).toContain('readonly "x": { readonly dtype: "f32"; readonly shape: readonly [4, 784] }');
    expect(dts).toContain('readonly "logits": { readonly dtype: "f32"; readonly shape: readonly [4, 10] }');
    const config = ts.getParsedCommandLineOfConfigFile(path.join(APP, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    const errorsOf = (files: string[]) => {
      const program = ts.createProgram(files, config.options);
      return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    };
    expect(errorsOf(config.fileNames)).toEqual([]);
    const bad = project({
      "bad.ts": [
        `import net from ${JSON.stringify(path.join(ROOT, "examples/mlp.dl"))};`,
        `const s = await net.load();`,
        `const shape: readonly [4, 784] = net.inputs.x.shape;`,
        `s.run({ y: { data: new Float32Array(784) } });`,
        `export { shape };`,
      ].join("\n"),
    });
    const errs = errorsOf([path.join(bad, "bad.ts")]);
    expect(errs.length).toBe(1);
    expect(errs[0]).toMatch(/'y' does not exist/);
  }, 60_000);
});
