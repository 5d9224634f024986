// `npm run build`: the package's dist/. JavaScript comes from an esbuild bundle, types from tsc.
//
// Why a bundle rather than tsc's rewriteRelativeImportExtensions: cold start. tsc would emit
// ~160 modules that Node loads one by one, and it cannot touch `import "chevrotain"`, whose
// entry is hundreds of small modules (lodash-es) that cost ~200 ms at every start; chevrotain's
// exports map hides its one-file build, so only a bundler can use it. The bundle is split
// (shared chunks, one chunk per dynamic import), so binaryen's backend and the WebGPU backend
// still load only when a build or a session needs them. binaryen, commander, webgpu and
// esbuild stay external: they are dependencies (or the plugin host's own esbuild).
//
// Every chunk lives directly in dist/, so `import.meta.url`/.. is the package root for all of
// them: cli/node-host.ts finds stdlib/ there.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "dist");

/** chevrotain's single-file ES module, next to whichever copy esbuild resolves. */
const chevrotainBundle = {
  name: "chevrotain-bundle",
  setup(b) {
    b.onResolve({ filter: /^chevrotain$/ }, async (args) => {
      if (args.pluginData === "inner") return undefined; // the lookup below: esbuild's own resolution
      const r = await b.resolve("chevrotain", { kind: args.kind, resolveDir: args.resolveDir, pluginData: "inner" });
      if (r.errors.length > 0) return { errors: r.errors };
      return { path: path.join(path.dirname(r.path), "../chevrotain.mjs") };
    });
  },
};

rmSync(OUT, { recursive: true, force: true });

await build({
  absWorkingDir: ROOT,
  entryPoints: {
    index: "api/index.ts",
    node: "api/node.ts",
    runtime: "api/runtime.ts",
    esbuild: "plugin/esbuild/index.ts",
    cli: "cli/main.ts",
  },
  outdir: OUT,
  entryNames: "[name]",
  chunkNames: "chunk-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["binaryen", "commander", "webgpu", "esbuild"],
  plugins: [chevrotainBundle],
  logLevel: "warning",
  legalComments: "none",
});

// Declarations only (tsconfig.build.json), under dist/types/.
execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
