// The rewrite utility: id remapping, spans carried and inherited, inputs/outputs/updates
// remapped, dead code dropped while inputs and params stay, and replacements type-checked.
import { describe, expect, it } from "vitest";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import { verifyGraph } from "../../compiler/ir/verify.ts";
import { DROP, PassNodeError, rewriteGraph, rewriteProgram } from "../../compiler/passes/rewrite.ts";
import { ir, programOf, show } from "./helpers.ts";

const at = (start: number) => ({ file: "m.dl", start, end: start + 1 });

/** x: f32[2, 3]; an unused param and input; a dead exp; y = neg(neg(x)) + w. */
function sample() {
  const b = new GraphBuilder({ cseConsts: false });
  const x = b.input("x", "f32", [2, 3], at(1));
  const unused = b.input("u", "f32", [4], at(2));
  const w = b.param("w", "f32", [2, 3], { kind: "zeros" }, {}, at(3));
  b.param("spare", "f32", [5], { kind: "ones" }, { trainable: false }, at(4));
  b.unary("exp", unused, at(5));
  const n1 = b.unary("neg", x, at(6));
  const n2 = b.unary("neg", n1, at(7));
  const y = b.add(n2, w, at(8));
  return b.finish({ y });
}

describe("rewriteGraph", () => {
  it("keeps every live node and its span, and drops only the dead one", () => {
    const { graph } = rewriteGraph(sample());
    expect(verifyGraph(graph)).toEqual([]);
    expect(show(graph)).toBe(ir(`
      inputs: x=%0, u=%1
      %0: f32[2, 3] = input "x"  ; @1
      %1: f32[4] = input "u"  ; @2
      %2: f32[2, 3] = param "w" init=zeros  ; @3
      %3: f32[5] = param "spare" init=ones trainable=false  ; @4
      %4: f32[2, 3] = neg %0  ; @6
      %5: f32[2, 3] = neg %4  ; @7
      %6: f32[2, 3] = add %5, %2  ; @8
      outputs: y=%6
    `));
  });

  it("remaps users of a replaced node, drops what the replacement orphaned, and maps old ids", () => {
    const g = sample();
    const res = rewriteGraph(g, (node, rw) => {
      // neg(neg(v)) → v
      if (node.attrs.op !== "neg") return undefined;
      const inner = rw.get(rw.inputs[0]!);
      return inner.attrs.op === "neg" ? inner.inputs[0] : undefined;
    });
    expect(show(res.graph)).toBe(ir(`
      inputs: x=%0, u=%1
      %0: f32[2, 3] = input "x"  ; @1
      %1: f32[4] = input "u"  ; @2
      %2: f32[2, 3] = param "w" init=zeros  ; @3
      %3: f32[5] = param "spare" init=ones trainable=false  ; @4
      %4: f32[2, 3] = add %0, %2  ; @8
      outputs: y=%4
    `));
    expect([0, 4, 5, 6, 7].map((id) => res.map(id))).toEqual([0, undefined, undefined, 0, 4]);
  });

  it("gives nodes built while visiting the visited node's span unless they bring their own", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [3], at(1));
    const y = b.unary("exp", x, at(9));
    const g = b.finish({ y });
    const out = rewriteGraph(g, (node, rw) => {
      if (node.attrs.op !== "exp") return undefined;
      const c = rw.b.const(2, "f32", [3], at(20));
      return rw.b.mul(rw.b.unary("exp", rw.inputs[0]!), c);
    }).graph;
    expect(show(out)).toBe(ir(`
      inputs: x=%0
      %0: f32[3] = input "x"  ; @1
      %1: f32[3] = const value=[2, 2, 2]  ; @20
      %2: f32[3] = exp %0  ; @9
      %3: f32[3] = mul %2, %1  ; @9
      outputs: y=%3
    `));
  });

  it("refuses a stand-in of another type, naming the node, its op and span", () => {
    const g = sample();
    let err: unknown;
    try {
      rewriteGraph(g, (node, rw) => (node.attrs.op === "add" ? rw.map(1) : undefined));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PassNodeError);
    const e = err as PassNodeError;
    expect([e.nodeId, e.op, e.span]).toEqual([7, "add", at(8)]);
    expect(e.message).toBe("at %7 (add): the visitor replaced a f32[2, 3] by %1, a f32[4]");
  });

  it("refuses a use of a dropped node, and dropping or replacing an input or param", () => {
    const g = sample();
    expect(() => rewriteGraph(g, (node) => (node.id === 5 ? DROP : undefined))).toThrow(/at %6 \(neg\): %6 \(neg\) uses %5 \(neg\), which was dropped/);
    expect(() => rewriteGraph(g, (node) => (node.attrs.op === "param" ? DROP : undefined))).toThrow(/may not drop param "w"/);
    expect(() => rewriteGraph(g, (node, rw) => (node.id === 1 ? rw.b.const(0, "f32", [4]) : undefined))).toThrow(/may not replace input "u"/);
  });

  it("drops a node that nothing uses when the visitor says DROP", () => {
    const g = sample();
    const out = rewriteGraph(g, (node) => (node.attrs.op === "exp" ? DROP : undefined)).graph;
    expect(out.nodes.map((n) => n.attrs.op)).toEqual(["input", "input", "param", "param", "neg", "neg", "add"]);
  });

  it("keeps the old graph's input order even when the nodes come in another order", () => {
    const b = new GraphBuilder();
    const p = b.input("p", "f32", [1]);
    const q = b.input("q", "f32", [1]);
    const g0 = b.finish({ s: b.add(p, q) });
    const g = { ...g0, inputs: [...g0.inputs].reverse() };
    expect(rewriteGraph(g).graph.inputs).toEqual([{ name: "q", node: 1 }, { name: "p", node: 0 }]);
  });
});

describe("rewriteProgram", () => {
  it("remaps parameter updates and keeps what only an update uses", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [2]);
    b.unary("exp", x); // dead: %1
    const w = b.param("w", "f32", [2], { kind: "zeros" });
    const step = b.add(w, b.unary("tanh", x)); // used only by the update
    const g = b.finish({ y: b.unary("neg", x) });
    const p = rewriteProgram({ ...programOf(g), updates: [{ target: "w", node: step }] });
    expect(show(p.graph)).toBe(ir(`
      inputs: x=%0
      %0: f32[2] = input "x"
      %1: f32[2] = param "w" init=zeros
      %2: f32[2] = tanh %0
      %3: f32[2] = add %1, %2
      %4: f32[2] = neg %0
      outputs: y=%4
    `));
    expect(p.updates).toEqual([{ target: "w", node: 3 }]);
  });
});
