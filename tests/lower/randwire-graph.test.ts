// Lowering builds each RandWire stage from the graph the checker generated for that call
// (check/randwire-graphs.ts) and never runs a generator itself: the generator is spied on, and
// a recorded graph that differs from what the spec would generate is the one lowered.
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as graphgen from "../../compiler/graphgen/index.ts";
import { printGraph } from "../../compiler/ir/print.ts";
import { lowerModel } from "../../compiler/lower/lower.ts";
import { lowerSource } from "./helpers.ts";

vi.mock("../../compiler/graphgen/index.ts", async (importOriginal) => {
  const real = await importOriginal<typeof graphgen>();
  return { ...real, generateGraph: vi.fn(real.generateGraph) };
});
const generate = vi.mocked(graphgen.generateGraph);

// ws(nodes: 4, k: 2, p: 0) is the ring 0-1-2-3-0: edges 0→1, 0→3, 1→2, 2→3, one sink (3).
const STAGE = `
use std.nn.{Linear}
model M {
  input x: f32[B, 4]
  stage = randwire(ws(nodes: 4, k: 2, p: 0.0, seed: 1), node: Linear(4, 4))
  output y = stage(x)
}`;

// The seed of each stage's graph is a layer argument: one call, a graph per instantiation.
const PER_INSTANCE = `
use std.nn.{Linear}
layer Stage(s: int) {
  rw = randwire(er(nodes: 5, p: 0.5, seed: s), node: Linear(4, 4))
  fn (x: f32[B, 4]) -> f32[B, 4] { rw(x) }
}
model M(first: int = 1) {
  input x: f32[B, 4]
  a = Stage(first)
  b = Stage(2)
  output y = b(a(x))
}`;

beforeEach(() => {
  generate.mockClear();
});

describe("randwire stages are built from the checker's graphs", () => {
  it("checking generates each graph once; lowering generates none", async () => {
    const { load, checked, lowered } = await lowerSource(STAGE, "M");
    expect(lowered.diagnostics).toEqual([]);
    expect(generate).toHaveBeenCalledTimes(1);
    generate.mockClear();
    expect(lowerModel(load, checked, "M", { batch: 3 }).diagnostics).toEqual([]);
    expect(generate).not.toHaveBeenCalled();
  });

  it("one call in a layer body records a graph per concrete spec, and lowering finds each", async () => {
    const { checked, lowered } = await lowerSource(PER_INSTANCE, "M");
    expect(lowered.diagnostics).toEqual([]);
    const [bySpec] = [...checked.semantic!.graphs.values()];
    expect([...bySpec.keys()].sort()).toEqual(["er(nodes: 5, p: 0.5, seed: 1)", "er(nodes: 5, p: 0.5, seed: 2)"]);
    expect(lowered.params.filter((p) => p.name.endsWith(".agg")).length).toBe(10);
  });

  it("overridden model arguments: the re-check records the graphs of those values", async () => {
    const { lowered } = await lowerSource(PER_INSTANCE, "M", { batch: 2, args: { first: 7 } });
    expect(lowered.diagnostics).toEqual([]);
    const calls = generate.mock.calls.map(([spec]) => spec.seed);
    // The first check (seeds 1, 2), then the re-check with first = 7 (seeds 7, 2): none by lowering.
    expect(calls).toEqual([1, 2, 7, 2]);
  });

  it("the recorded graph is the one lowered, not a regenerated one", async () => {
    const { load, checked, lowered } = await lowerSource(STAGE, "M");
    const [bySpec] = [...checked.semantic!.graphs.values()];
    const [key] = [...bySpec.keys()];
    expect(bySpec.get(key)!.edges).toEqual([[0, 1], [0, 3], [1, 2], [2, 3]]);
    // Same in-degrees (so the same parameters), but node 2 reads node 0 and is a second sink.
    bySpec.set(key, { nodes: 4, edges: [[0, 1], [0, 2], [0, 3], [1, 3]] });
    const swapped = lowerModel(load, checked, "M", { batch: 2 });
    expect(swapped.diagnostics).toEqual([]);
    expect(swapped.params).toEqual(lowered.params);
    expect(printGraph(swapped.graph!)).not.toEqual(printGraph(lowered.graph!));
    // The mean of two sinks scales by 1/2; the ring's one sink needs no scale.
    const halves = (g: typeof lowered.graph) => g!.nodes.filter((n) => n.attrs.op === "const" && n.attrs.value.length === 1 && n.attrs.value[0] === 0.5).length;
    expect(halves(swapped.graph)).toBeGreaterThan(halves(lowered.graph));
  });

  it("a call the checker recorded no graph for is an internal error, not a regenerated graph", async () => {
    const { load, checked } = await lowerSource(STAGE, "M");
    checked.semantic!.graphs.clear();
    generate.mockClear();
    const res = lowerModel(load, checked, "M", { batch: 2 });
    expect(res.graph).toBeUndefined();
    expect(res.diagnostics.map((d) => d.code)).toEqual(["E0901"]);
    expect(res.diagnostics[0].message).toMatch(/internal error.*recorded no graph.*ws\(k: 2, nodes: 4, p: 0, seed: 1\)/);
    expect(generate).not.toHaveBeenCalled();
  });
});
