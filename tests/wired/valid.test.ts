import { describe, expect, it } from "vitest";
import { padLevel } from "../../compiler/check/wired.ts";
import { checkText, wired } from "./helpers.ts";

const TINY = `wired Tiny {
  input x: f32[B, 4]
  neuron h[3]: relu
  x[0], x[1] -> h[0];  x[2] -> h[1];  h[0], x[3] -> h[2]
  output y[2]: linear
  h[1], h[2] -> y[0];  h[0], h[2] -> y[1]
}
`;

describe("the Tiny example", () => {
  const r = checkText(TINY);

  it("checks cleanly and reports its interface", () => {
    expect(r.diagnostics).toEqual([]);
    expect(r.info.name).toBe("Tiny");
    expect(r.info.kind).toBe("wired");
    expect(r.info.file).toBe("t.dl");
    expect(r.info.inputs).toEqual([{ name: "x", shape: ["B", 4], dtype: "f32" }]);
    expect(r.info.outputs).toEqual([{ name: "y", shape: ["B", 2], dtype: "f32" }]);
  });

  it("has one weight per connection and one bias per neuron, group by group", () => {
    // h: h[0] ← 2, h[1] ← 1, h[2] ← 2 connections; y: y[0] ← 2, y[1] ← 2.
    expect(r.info.parameters).toEqual([
      { name: "h.w", shape: [5], dtype: "f32", init: { kind: "glorot_uniform" } },
      { name: "h.b", shape: [3], dtype: "f32", init: { kind: "zeros" } },
      { name: "y.w", shape: [4], dtype: "f32", init: { kind: "glorot_uniform" } },
      { name: "y.b", shape: [2], dtype: "f32", init: { kind: "zeros" } },
    ]);
    expect(r.info.parameterCount).toBe(14);
    expect(r.info.state).toEqual([]);
  });

  it("marks used activations (not `linear`, which is no function)", () => {
    expect(r.ctx.used).toEqual(["relu"]);
  });

  it("resolves a levelled graph on one tape: inputs x[0..3] are slots 0-3, neurons from slot 4", () => {
    const g = r.graph!;
    expect(g.inputWidth).toBe(4);
    expect(g.inputs).toEqual([{ name: "x", width: 4, offset: 0 }]);
    expect(g.groups).toEqual([
      { name: "h", isOutput: false, count: 3, activation: "relu", first: 0, weightCount: 5, weightOffset: 0 },
      { name: "y", isOutput: true, count: 2, activation: "linear", first: 3, weightCount: 4, weightOffset: 5 },
    ]);
    expect(g.neurons.map((n) => [n.group, n.index, n.slot, n.level, n.sources, n.weightStart])).toEqual([
      [0, 0, 4, 1, [0, 1], 0], // h[0] ← x[0], x[1]
      [0, 1, 5, 1, [2], 2], // h[1] ← x[2]
      [0, 2, 6, 2, [3, 4], 3], // h[2] ← x[3], h[0]: sorted by slot
      [1, 0, 7, 3, [5, 6], 0], // y[0] ← h[1], h[2]
      [1, 1, 8, 3, [4, 6], 2], // y[1] ← h[0], h[2]
    ]);
    expect(g.levels).toEqual([[0, 1], [2], [3, 4]]);
  });

  it("pads each level into gather tables", () => {
    const g = r.graph!;
    const l1 = padLevel(g, 1);
    expect(l1.neurons).toEqual([0, 1]);
    expect(l1.fanIn).toBe(2);
    expect([...l1.sourceSlots]).toEqual([0, 1, 2, 0]);
    expect([...l1.weightIndex]).toEqual([0, 1, 2, 0]);
    expect([...l1.mask]).toEqual([1, 1, 1, 0]);
    expect(l1.runs).toEqual([{ group: 0, start: 0, end: 2 }]);
    const l3 = padLevel(g, 3);
    expect([...l3.sourceSlots]).toEqual([5, 6, 4, 6]);
    // y's weights start at 5 in the concatenation [h.w (5), y.w (4)]; y[1]'s at 5 + 2.
    expect([...l3.weightIndex]).toEqual([5, 6, 7, 8]);
    expect(l3.runs).toEqual([{ group: 1, start: 0, end: 2 }]);
    expect(padLevel(g, 4).neurons).toEqual([]);
  });
});

describe("endpoints", () => {
  it("a whole group connects every member", () => {
    const r = checkText(wired("  neuron h[3]: relu\n  x -> h\n  output y[1]: sigmoid\n  h -> y"));
    expect(r.diagnostics).toEqual([]);
    expect(r.info.parameters.map((p) => [p.name, p.shape[0]])).toEqual([["h.w", 12], ["h.b", 3], ["y.w", 3], ["y.b", 1]]);
    expect(r.info.parameterCount).toBe(19);
    expect(r.graph!.neurons[1].sources).toEqual([0, 1, 2, 3]);
    expect(r.ctx.used).toEqual(["relu", "sigmoid"]);
  });

  it("slices select start:end:step, negatives count from the end", () => {
    const r = checkText(
      wired(`  neuron h[6]: relu
  x[1:3] -> h[0]
  x[:2] -> h[1]
  x[2:] -> h[2]
  x[::2] -> h[3]
  x[-1] -> h[4]
  x[-3:-1] -> h[5]
  output y[1]: linear
  h -> y`),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.graph!.neurons.slice(0, 6).map((n) => n.sources)).toEqual([[1, 2], [0, 1], [2, 3], [0, 2], [3], [1, 2]]);
  });

  it("several sources and destinations connect all to all", () => {
    const r = checkText(wired("  neuron h[2]: tanh\n  x[0], x[3] -> h[0], h[1]\n  output y[1]: linear\n  h -> y"));
    expect(r.diagnostics).toEqual([]);
    expect(r.graph!.neurons[0].sources).toEqual([0, 3]);
    expect(r.graph!.neurons[1].sources).toEqual([0, 3]);
  });

  it("indices and counts may be named constants", () => {
    const r = checkText(wired("  neuron h[n]: relu\n  x[k] -> h\n  output y[1]: linear\n  h -> y"), { n: 5, k: 2 });
    expect(r.diagnostics).toEqual([]);
    expect(r.info.parameters[1]).toEqual({ name: "h.b", shape: [5], dtype: "f32", init: { kind: "zeros" } });
    expect(r.graph!.neurons.slice(0, 5).every((n) => n.sources.join() === "2")).toBe(true);
  });
});

describe("several inputs and groups", () => {
  const text = `wired Two {
  input a: f32[N, 2]
  input b: f32[N, 3]
  output y[1]: linear
  neuron h[2]: relu
  a -> h[0]; b[2], h[0] -> h[1]
  h[1], a[1] -> y
}
`;
  const r = checkText(text);

  it("lays out input columns in declaration order, then neurons", () => {
    expect(r.diagnostics).toEqual([]);
    const g = r.graph!;
    expect(g.inputs).toEqual([{ name: "a", width: 2, offset: 0 }, { name: "b", width: 3, offset: 2 }]);
    expect(g.inputWidth).toBe(5);
    // Groups in declaration order: y (id 0, slot 5), then h (ids 1-2, slots 6-7).
    expect(g.groups.map((gr) => [gr.name, gr.first])).toEqual([["y", 0], ["h", 1]]);
    expect(g.neurons.map((n) => n.sources)).toEqual([[1, 7], [0, 1], [4, 6]]);
    expect(g.neurons.map((n) => n.level)).toEqual([3, 1, 2]);
    expect(g.levels).toEqual([[1], [2], [0]]);
  });

  it("outputs take the inputs' batch dimension; parameters follow declaration order", () => {
    expect(r.info.inputs.map((i) => i.shape)).toEqual([["N", 2], ["N", 3]]);
    expect(r.info.outputs).toEqual([{ name: "y", shape: ["N", 1], dtype: "f32" }]);
    expect(r.info.parameters.map((p) => p.name)).toEqual(["y.w", "y.b", "h.w", "h.b"]);
    expect(r.info.parameters.map((p) => p.shape[0])).toEqual([2, 1, 4, 2]);
  });

  it("a fixed batch dimension is kept as a number", () => {
    const r2 = checkText("wired F {\n input x: f32[32, 2]\n output y[3]: linear\n x -> y\n}");
    expect(r2.diagnostics).toEqual([]);
    expect(r2.info.outputs[0].shape).toEqual([32, 3]);
  });
});

describe("warnings keep the graph", () => {
  it("an unused hidden neuron warns (W0003) but the graph is still built", () => {
    const r = checkText(wired("  neuron h[2]: relu\n  x -> h\n  output y[1]: linear\n  h[0] -> y"));
    const w = r.only("W0003");
    expect(w.severity).toBe("warning");
    expect(w.message).toBe("neuron `h[1]` feeds nothing");
    expect(r.at(w.span)).toBe("neuron h[2]: relu");
    expect(r.diagnostics).toHaveLength(1);
    expect(r.graph).toBeDefined();
  });

  it("unused input columns are fine", () => {
    const r = checkText(wired("  output y[1]: linear\n  x[0] -> y"));
    expect(r.diagnostics).toEqual([]);
  });
});
