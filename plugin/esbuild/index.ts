// `dlc/esbuild`: `import net from "./net.dl"` compiles the model at bundle time. The module it
// becomes is model-module.ts; its types (net.d.dl.ts beside the source) model-dts.ts.
// Diagnostics become esbuild errors and warnings at the .dl line; every file the build read
// (imports, stdlib) and every one it looked for goes into watchFiles, so `--watch` rebuilds
// when any of them changes or appears.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Plugin } from "esbuild";
import { buildArtifact, type BuildTarget } from "../../compiler/build.ts";
import { hasErrors } from "../../compiler/diagnostics/diagnostic.ts";
import { createNodeHost, PACKAGE_ROOT } from "../../cli/node-host.ts";
import { toMessage } from "./messages.ts";
import { modelDts } from "./model-dts.ts";
import { modelModule } from "./model-module.ts";

export interface DlcPluginOptions {
  /** Batch size to build for (default 1); the model then runs any batch 1..batch. */
  batch?: number;
  /** Backends to compile for (default ["wasm"]; "wgsl" adds the WebGPU kernels). */
  targets?: BuildTarget[];
  /** Sizes of free dimensions other than the batch, e.g. `{ T: 128 }`. */
  dims?: Record<string, number>;
  /** The specifier the generated module imports the runtime from (default "dlc/runtime"). */
  runtime?: string;
  /** Write `X.d.dl.ts` next to each imported `X.dl` (default true). */
  dts?: boolean;
}

const STDLIB_DIR = path.join(PACKAGE_ROOT, "stdlib");
const STD_PREFIX = "std/";

export default function dlc(options: DlcPluginOptions = {}): Plugin {
  const runtime = options.runtime ?? "dlc/runtime";
  return {
    name: "dlc",
    setup(build) {
      const cwd = build.initialOptions.absWorkingDir ?? process.cwd();
      // Entries are absolute, so every user file has an absolute host path; only stdlib
      // modules are named "std/…" by the host.
      const diskPath = (hostPath: string): string =>
        path.isAbsolute(hostPath) ? hostPath : hostPath.startsWith(STD_PREFIX) ? path.join(STDLIB_DIR, hostPath.slice(STD_PREFIX.length)) : path.resolve(cwd, hostPath);
      const shownPath = (hostPath: string): string => path.relative(cwd, diskPath(hostPath)) || hostPath;

      build.onLoad({ filter: /\.dl$/, namespace: "file" }, async (args) => {
        const host = createNodeHost({ cwd, stdlibDir: STDLIB_DIR });
        const looked = new Set<string>([args.path]);
        const readFileTracked = host.readFile.bind(host);
        host.readFile = (p: string) => {
          looked.add(p);
          return readFileTracked(p);
        };
        const watchFiles = (): string[] => [...looked].map(diskPath);
        let result;
        try {
          result = await buildArtifact([args.path], host, {
            batch: options.batch ?? 1,
            targets: options.targets ?? ["wasm"],
            ...(options.dims ? { dims: options.dims } : {}),
          });
        } catch (e) {
          return { errors: [{ text: `internal error in dlc: ${e instanceof Error ? e.message : String(e)}` }], watchFiles: watchFiles() };
        }
        const messages = result.diagnostics.map((d) => ({ d, m: toMessage(d, result.sources, shownPath) }));
        const errors = messages.filter((x) => x.d.severity === "error").map((x) => x.m);
        const warnings = messages.filter((x) => x.d.severity !== "error").map((x) => x.m);
        if (!result.artifact || hasErrors(result.diagnostics)) {
          if (errors.length === 0) errors.push({ text: `dlc could not build ${shownPath(args.path)}` });
          return { errors, warnings, watchFiles: watchFiles() };
        }
        if (options.dts !== false) await writeIfChanged(args.path.replace(/\.dl$/, ".d.dl.ts"), modelDts(result.artifact, path.basename(args.path), runtime));
        return { contents: modelModule(result.artifact, runtime), loader: "js", resolveDir: path.dirname(args.path), warnings, watchFiles: watchFiles() };
      });
    },
  };
}

/** Leaves an unchanged file alone, so editors and tsc --watch see no spurious change. */
async function writeIfChanged(file: string, text: string): Promise<void> {
  const old = await readFile(file, "utf8").catch(() => undefined);
  if (old !== text) await writeFile(file, text);
}
