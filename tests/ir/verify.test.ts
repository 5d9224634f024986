import { describe, expect, it } from "vitest";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import type { Graph, Node } from "../../compiler/ir/ir.ts";
import { verifyGraph } from "../../compiler/ir/verify.ts";

/** A valid graph: y = relu(x @ w + b) with a mean over the last axis as a second output. */
function good(): Graph {
  const b = new GraphBuilder();
  const x = b.input("x", "f32", [4, 3]);
  const w = b.param("w", "f32", [3, 2], { kind: "glorot_uniform" });
  const bias = b.param("b", "f32", [2], { kind: "zeros" });
  const h = b.binaryBroadcast("add", b.matmul(x, w), bias);
  const y = b.binaryBroadcast("max", h, b.const(0, "f32"));
  const s = b.reduce("reduce_sum", y, -1);
  return b.finish({ y, s });
}

/** `g` with node `id` replaced by `patch` applied to it. */
function withNode(g: Graph, id: number, patch: (n: Node) => Node): Graph {
  return { ...g, nodes: g.nodes.map((n) => (n.id === id ? patch(n) : n)) };
}

describe("verifyGraph", () => {
  it("accepts a builder-made graph", () => {
    expect(verifyGraph(good())).toEqual([]);
  });

  const g = good();
  const find = (op: string) => g.nodes.find((n) => n.attrs.op === op)!.id;
  const corruptions: [string, () => Graph, RegExp][] = [
    ["an id that is not its index", () => withNode(g, 2, (n) => ({ ...n, id: 7 })), /node %2 \(param\): id is 7, expected its index 2/],
    ["an input pointing forward", () => withNode(g, find("matmul"), (n) => ({ ...n, inputs: [0, 5] })), /input\(s\) %5 do not refer to an earlier node/],
    ["an input pointing at itself", () => withNode(g, 3, (n) => ({ ...n, inputs: [3, 1] })), /%3 do not refer to an earlier node/],
    ["a wrong recorded shape", () => withNode(g, find("matmul"), (n) => ({ ...n, shape: [4, 3] })), /matmul\): recorded type f32\[4, 3\] but its op and inputs give f32\[4, 2\]/],
    ["a wrong recorded dtype", () => withNode(g, find("reduce_sum"), (n) => ({ ...n, dtype: "i32" })), /recorded type i32\[4\] but its op and inputs give f32\[4\]/],
    ["an op applied to mismatched shapes", () => withNode(g, find("add"), (n) => ({ ...n, inputs: [3, 2] })), /add\): add: operand shapes differ/],
    ["bad attrs", () => withNode(g, find("reduce_sum"), (n) => ({ ...n, attrs: { op: "reduce_sum", axes: [2], keepdims: false } })), /reduce_sum: axis 2 is out of range/],
    ["a const with the wrong number of values", () => withNode(g, find("const"), (n) => ({ ...n, shape: [2] })), /const: 1 value\(s\) for shape \[2\]/],
    ["an unknown op", () => withNode(g, find("add"), (n) => ({ ...n, attrs: { op: "frobnicate" } as unknown as Node["attrs"] })), /unknown op "frobnicate"/],
    ["a duplicate param name", () => withNode(g, 2, (n) => ({ ...n, attrs: { op: "param", name: "w", init: { kind: "zeros" }, trainable: true } })), /param name "w" is also used by %1/],
    ["a duplicate output name", () => ({ ...g, outputs: [...g.outputs, { name: "y", node: 0 }] }), /output name "y" is used more than once/],
    ["an output to a missing node", () => ({ ...g, outputs: [{ name: "z", node: 99 }] }), /output "z" refers to %99, which does not exist/],
    ["an unlisted input node", () => ({ ...g, inputs: [] }), /input node %0 \("x"\) is not listed in the graph inputs/],
    ["a graph input naming a non-input node", () => ({ ...g, inputs: [{ name: "x", node: 0 }, { name: "w", node: 1 }] }), /graph input "w" refers to %1, which is not an input node/],
    ["a graph input with the wrong name", () => ({ ...g, inputs: [{ name: "q", node: 0 }] }), /graph input "q" refers to %0, an input named "x"/],
    ["too many spans", () => ({ ...g, spans: new Array(g.nodes.length + 1).fill(undefined) }), /spans has 11 entries for 10 nodes/],
  ];
  for (const [name, make, msg] of corruptions) {
    it(`catches ${name}`, () => {
      const errors = verifyGraph(make());
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.join("\n")).toMatch(msg);
    });
  }

  it("reports several problems at once", () => {
    const bad = withNode(g, 2, (n) => ({ ...n, id: 9 }));
    expect(verifyGraph({ ...bad, outputs: [...g.outputs, { name: "s", node: 0 }] })).toHaveLength(2);
    // A wrong shape also breaks the type of every consumer: each is reported.
    expect(verifyGraph(withNode(g, find("matmul"), (n) => ({ ...n, shape: [1] })))).toHaveLength(2);
  });
});
