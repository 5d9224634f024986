// Bundles the app with dlc's esbuild plugin: `node build.mjs` (or `--watch` to rebuild when
// mlp.dl or the stdlib modules it uses change). Writes dist/app.mjs; open index.html through
// any static server, or run `node dist/app.mjs`.
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The esbuild options, given the plugin factory (`import dlc from "dlc/esbuild"`). */
export function appOptions(dlc, overrides = {}) {
  return {
    entryPoints: [path.join(HERE, "main.ts")],
    outfile: path.join(HERE, "dist/app.mjs"),
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    plugins: [dlc({ batch: 4, targets: ["wasm", "wgsl"], ...overrides })],
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { default: dlc } = await import("dlc/esbuild");
  const esbuild = await import("esbuild");
  if (process.argv.includes("--watch")) {
    const ctx = await esbuild.context({ ...appOptions(dlc), logLevel: "info" });
    await ctx.watch();
  } else {
    await esbuild.build({ ...appOptions(dlc), logLevel: "info" });
  }
}
