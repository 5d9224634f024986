// Fuzz the loader: random import graphs over a few files (some missing, some directories).
// A cycle is reported exactly when the reachable graph has one, each file is read once, and
// every module comes after the modules it imports.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadProgram } from "../../compiler/modules/loader.ts";
import { createMemoryHost } from "../../compiler/modules/memory-host.ts";
import type { CompilerHost } from "../../compiler/modules/types.ts";
import { checkAndAssert } from "./fuzz-support.ts";

const NAMES = ["a", "b", "c", "d", "e", "f"];

/** Whether the graph restricted to files that exist has a cycle reachable from `root`. */
function reachableCycle(root: string, edges: Map<string, string[]>, exists: Set<string>): boolean {
  const state = new Map<string, "open" | "done">();
  const visit = (n: string): boolean => {
    if (state.get(n) === "open") return true;
    if (state.get(n) === "done" || !exists.has(n)) return false;
    state.set(n, "open");
    for (const m of edges.get(n) ?? []) if (visit(m)) return true;
    state.set(n, "done");
    return false;
  };
  return visit(root);
}

describe("fuzz: module graphs", () => {
  it("loads random import graphs consistently", async () => {
    const graph = fc.record({
      edges: fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES)), { maxLength: 12 }),
      missing: fc.subarray(NAMES.slice(1)),
    });
    await fc.assert(
      fc.asyncProperty(graph, async ({ edges, missing }) => {
        const out = new Map<string, string[]>();
        for (const [from, to] of edges) out.set(from, [...new Set([...(out.get(from) ?? []), to])]);
        const files: Record<string, string> = {};
        for (const n of NAMES) {
          if (missing.includes(n)) continue;
          const uses = (out.get(n) ?? []).map((m) => `use "./${m}.dl".{f_${m}}\n`).join("");
          files[`${n}.dl`] = `${uses}fn f_${n}(x: f32) -> f32 { x }\n`;
        }
        const inner = createMemoryHost({ files });
        const reads = new Map<string, number>();
        const host: CompilerHost = { ...inner, readFile: (p) => (reads.set(p, (reads.get(p) ?? 0) + 1), inner.readFile(p)) };
        const r = await loadProgram(["a.dl"], host);

        expect([...reads.values()].every((n) => n === 1)).toBe(true);
        const exists = new Set(NAMES.filter((n) => !missing.includes(n)));
        const cycles = r.diagnostics.filter((d) => d.code === "E0103");
        expect(cycles.length > 0).toBe(reachableCycle("a", out, exists));
        for (const [i, path] of r.order.entries()) {
          for (const use of r.modules.get(path)!.uses) if (use.target) expect(r.order.indexOf(use.target)).toBeLessThan(i);
        }
        // The full pipeline (checker included) copes with the same graph.
        await checkAndAssert(files["a.dl"] ?? "", { files });
      }),
      { numRuns: 300 },
    );
  });
});
