// The pipeline: the pass order, --print-after's hook, stopping early, and the bad-input rule
// of issue 7 — a pass that throws or breaks the IR becomes diagnostic E0902 naming the pass
// and the node's `.dl` line, never an exception or a stack trace. This file is E0902's test:
// no .dl program can trigger it on purpose, so tests/golden exempts it.
import { describe, expect, it } from "vitest";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import type { Graph } from "../../compiler/ir/ir.ts";
import { renderReport } from "../../compiler/diagnostics/render-text.ts";
import { CATALOGUE } from "../../compiler/diagnostics/catalogue.ts";
import { SourceFile } from "../../compiler/source.ts";
import { LOWERED, PASS_NAMES, PIPELINE, isPassPoint, runPipeline } from "../../compiler/passes/pipeline.ts";
import type { Pass, PassContext } from "../../compiler/passes/program.ts";
import { rewriteProgram } from "../../compiler/passes/rewrite.ts";
import { programOf } from "./helpers.ts";

const SRC = "model M {\n  input x: f32[B, 3]\n  output y = -(x * 1.0)\n}\n";
const file = new SourceFile("m.dl", SRC);
const spanOf = (text: string) => ({ file: "m.dl", start: SRC.indexOf(text), end: SRC.indexOf(text) + text.length });
const ctx: PassContext = { sources: new Map([["m.dl", file]]), options: { batch: 2 }, at: spanOf("model M") };

function graph(): Graph {
  const b = new GraphBuilder();
  const x = b.input("x", "f32", [2, 3], spanOf("input x: f32[B, 3]"));
  const one = b.broadcastTo(b.const(1, "f32", [], spanOf("1.0")), [2, 3], spanOf("x * 1.0"));
  const m = b.mul(x, one, spanOf("x * 1.0"));
  return b.finish({ y: b.unary("neg", m, spanOf("-(x * 1.0)")) });
}

describe("the pipeline", () => {
  it("runs simplify, fold, cse, dce, batch, in that order", () => {
    expect(PASS_NAMES).toEqual(["simplify", "fold", "cse", "dce", "batch"]);
    expect(PIPELINE.map((p) => p.name)).toEqual(PASS_NAMES);
    expect(new Set(PASS_NAMES).size).toBe(PASS_NAMES.length);
  });

  it("optimizes and records the batch analysis", () => {
    const r = runPipeline(programOf(graph(), { x: 0 }), ctx);
    expect(r.diagnostics).toEqual([]);
    expect(r.program!.graph.nodes.map((n) => n.attrs.op)).toEqual(["input", "neg"]);
    expect(r.program!.batch).toEqual({ perSample: true, outputBatched: { y: true } });
  });

  it("prints the IR, with .dl lines, after one pass or after all of them", () => {
    const seen: string[] = [];
    runPipeline(programOf(graph()), ctx, { printAfter: "all", print: (pass) => seen.push(pass) });
    expect(seen).toEqual([LOWERED, ...PASS_NAMES]);
    const one: [string, string][] = [];
    runPipeline(programOf(graph()), ctx, { printAfter: "simplify", print: (pass, text) => one.push([pass, text]) });
    expect(one).toEqual([["simplify", 'inputs: x=%0\n%0: f32[2, 3] = input "x"  ; m.dl:2:3\n%1: f32[2, 3] = neg %0  ; m.dl:3:14\noutputs: y=%1\n']]);
  });

  it("stops after a pass when asked, and refuses unknown pass names", () => {
    const r = runPipeline(programOf(graph()), ctx, { stopAfter: "simplify" });
    expect(r.program!.batch).toBeUndefined();
    expect(runPipeline(programOf(graph()), ctx, { stopAfter: LOWERED }).program!.graph.nodes).toHaveLength(5);
    expect(() => runPipeline(programOf(graph()), ctx, { printAfter: "fusion" })).toThrow(/unknown pass "fusion".*lower, simplify, fold, cse, dce, batch/);
    expect([isPassPoint("fold", false), isPassPoint("all", false), isPassPoint("all", true), isPassPoint("lower", false), isPassPoint("x", true)]).toEqual([true, false, true, true, false]);
  });
});

describe("a failing pass is diagnostic E0902", () => {
  const throwsOnMul: Pass = {
    name: "broken",
    run: (p) => rewriteProgram(p, (node) => {
      if (node.attrs.op === "mul") throw new Error("no rule for mul");
      return undefined;
    }),
  };

  it("names the pass and points at the .dl span of the node it was rewriting", () => {
    const r = runPipeline(programOf(graph()), ctx, { passes: [throwsOnMul] });
    expect(r.program).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect(CATALOGUE[d.code].title).toBe("internal-pass-error");
    expect([d.code, d.severity, d.message]).toEqual(["E0902", "error", "internal error in pass `broken`: at %3 (mul): no rule for mul"]);
    expect(d.span).toEqual(spanOf("x * 1.0"));
    const text = renderReport(r.diagnostics, ctx.sources, ["m.dl"], { color: false });
    expect(text).toContain("error[E0902]: internal error in pass `broken`");
    expect(text).toContain(" --> m.dl:3:16");
    expect(text).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack frames
  });

  it("points at the model when the pass fails outside any node", () => {
    const r = runPipeline(programOf(graph()), ctx, { passes: [{ name: "boom", run: () => { throw new TypeError("undefined is not a function"); } }] });
    expect(r.diagnostics.map((d) => [d.code, d.message, d.span])).toEqual([["E0902", "internal error in pass `boom`: undefined is not a function", spanOf("model M")]]);
  });

  it("catches a pass whose output does not verify, at the offending node", () => {
    const corrupt: Pass = {
      name: "corrupt",
      run: (p) => {
        const g = p.graph;
        // Claims neg gives f32[3, 2]: a hand edit no builder would make.
        const nodes = g.nodes.map((n) => (n.attrs.op === "neg" ? { ...n, shape: [3, 2] } : n));
        return { ...p, graph: { ...g, nodes } };
      },
    };
    const r = runPipeline(programOf(graph()), ctx, { passes: [corrupt] });
    expect(r.program).toBeUndefined();
    const d = r.diagnostics[0]!;
    expect(d.code).toBe("E0902");
    expect(d.message).toMatch(/^internal error in pass `corrupt`: the IR it produced does not verify: node %4 \(neg\): recorded type f32\[3, 2\]/);
    expect(d.span).toEqual(spanOf("-(x * 1.0)"));
  });

  it("passes on to the next pass only verified IR, and stops at the first failure", () => {
    const ran: string[] = [];
    const spy = (name: string): Pass => ({ name, run: (p) => (ran.push(name), p) });
    runPipeline(programOf(graph()), ctx, { passes: [spy("a"), throwsOnMul, spy("b")] });
    expect(ran).toEqual(["a"]);
  });
});
