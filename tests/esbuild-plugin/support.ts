// Shared by the plugin tests: the repository root, a resolver that sends the generated
// module's `dlc/runtime` import to the runtime's sources (the tests run before any build), and
// temporary projects.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "esbuild";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const RUNTIME_SOURCE = path.join(ROOT, "runtime/index.ts");

export const runtimeFromSource: Plugin = {
  name: "runtime-from-source",
  setup(b) {
    b.onResolve({ filter: /^dlc\/runtime$/ }, () => ({ path: RUNTIME_SOURCE }));
  },
};

/**
 * Records which files import a `node:` module (and leaves those imports external), so a
 * browser bundle can be checked for them. Imports through a variable (`import(NODE_FS)` behind
 * a check for Node) are invisible to bundlers and not counted: they never run in a browser.
 */
export function nodeImports(root: string): { plugin: Plugin; importers: Set<string> } {
  const importers = new Set<string>();
  return {
    importers,
    plugin: {
      name: "node-imports",
      setup(b) {
        b.onResolve({ filter: /^node:/ }, (args) => {
          importers.add(path.relative(root, args.importer));
          return { path: args.path, external: true };
        });
      },
    },
  };
}

/** A fresh folder holding `files` (paths relative to it). */
export function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "dlc-esbuild-"));
  for (const [name, text] of Object.entries(files)) write(dir, name, text);
  return dir;
}

export function write(dir: string, name: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), text);
}
