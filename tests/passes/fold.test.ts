// fold: ops over constants become constants holding exactly what the interpreter computes;
// what must not fold (non-constant inputs, broadcasts, dropout, tensors over the limit) stays.
import { describe, expect, it } from "vitest";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import { foldPass } from "../../compiler/passes/fold.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import { after, ctxOf, expectSameTensor, ir, programOf } from "./helpers.ts";

const B = () => new GraphBuilder({ cseConsts: false });

describe("fold", () => {
  it("folds a chain of ops over constants into one constant", () => {
    const b = B();
    const c1 = b.const([1, 2, 3], "f32", [3]);
    const c2 = b.const([10, 20, 30], "f32", [3]);
    const g = b.finish({ y: b.unary("neg", b.add(c1, c2)) });
    expect(after(foldPass, g)).toBe(ir(`
      inputs: (none)
      %0: f32[3] = const value=[-11, -22, -33]
      outputs: y=%0
    `));
  });

  it("stores exactly what the interpreter computes (f32 rounding of exp, erf, division)", () => {
    const b = B();
    const x = b.const([0.1, 0.5, 1.7, -3], "f32", [4]);
    const g = b.finish({
      e: b.unary("exp", x),
      f: b.unary("erf", x),
      d: b.div(x, b.const([3, 0, -0, 7], "f32", [4])),
    });
    const folded = foldPass.run(programOf(g), ctxOf()).graph;
    expect(folded.nodes.map((n) => n.attrs.op)).toEqual(["const", "const", "const"]);
    const want = interpret(g, new Map(), new Map());
    const got = interpret(folded, new Map(), new Map());
    for (const name of ["e", "f", "d"]) expectSameTensor(got.get(name), want.get(name), name);
    // The stored values are already f32: 0.1 / 3 printed at full f64 precision of its f32 value.
    const d = folded.nodes[folded.outputs[2]!.node]!;
    expect(d.attrs.op === "const" && d.attrs.value.slice(1, 3)).toEqual([Infinity, -Infinity]);
    expect(d.attrs.op === "const" && d.attrs.value[0]).toBe(Math.fround(Math.fround(0.1) / 3));
  });

  it("folds i32 and bool ops with their own semantics (floor division, 0 for x / 0, comparisons)", () => {
    const b = B();
    const a = b.const([-7, 7, 5], "i32", [3]);
    const d = b.const([2, 0, -2], "i32", [3]);
    const g = b.finish({ q: b.div(a, d), lt: b.binary("lt", a, d), f: b.cast(a, "f32") });
    expect(after(foldPass, g)).toBe(ir(`
      inputs: (none)
      %0: i32[3] = const value=[-4, 0, -3]
      %1: bool[3] = const value=[1, 0, 0]
      %2: f32[3] = const value=[-7, 7, 5]
      outputs: q=%0, lt=%1, f=%2
    `));
  });

  it("folds non-elementwise ops too (reduce, transpose, concat)", () => {
    const b = B();
    const c = b.const([1, 2, 3, 4, 5, 6], "f32", [2, 3]);
    const g = b.finish({ s: b.reduce("reduce_sum", c, 1), t: b.concat([b.transpose(c), b.transpose(c)], 1) });
    expect(after(foldPass, g)).toBe(ir(`
      inputs: (none)
      %0: f32[2] = const value=[6, 15]
      %1: f32[3, 4] = const value=[1, 4, 1, 4, 2, 5, 2, 5, 3, 6, 3, 6]
      outputs: s=%0, t=%1
    `));
  });

  it("leaves ops with a non-constant input, a broadcast of a constant, and dropout alone", () => {
    const b = B();
    const x = b.input("x", "f32", [2]);
    const c = b.const([1, 2], "f32", [2]);
    const g = b.finish({ y: b.add(x, c), z: b.broadcastTo(c, [3, 2]), w: b.dropout(c, 0.5) });
    expect(after(foldPass, g)).toBe(ir(`
      inputs: x=%0
      %0: f32[2] = input "x"
      %1: f32[2] = const value=[1, 2]
      %2: f32[2] = add %0, %1
      %3: f32[3, 2] = broadcast %1 shape=[3, 2]
      %4: f32[2] = dropout %1 p=0.5
      outputs: y=%2, z=%3, w=%4
    `));
  });

  it("folds an elementwise op over broadcasts of constants at the constants' shape, then broadcasts once", () => {
    const b = B();
    const x = b.input("x", "f32", [4, 2]);
    const s1 = b.broadcastTo(b.const([1, 2], "f32", [2]), [4, 2]);
    const s2 = b.broadcastTo(b.const([3, 5], "f32", [2]), [4, 2]);
    const g = b.finish({ y: b.add(x, b.mul(s1, s2)) });
    expect(after(foldPass, g)).toBe(ir(`
      inputs: x=%0
      %0: f32[4, 2] = input "x"
      %1: f32[2] = const value=[3, 10]
      %2: f32[4, 2] = broadcast %1 shape=[4, 2]
      %3: f32[4, 2] = add %0, %2
      outputs: y=%3
    `));
  });

  it("does not fold over broadcasts of constants of different shapes", () => {
    const b = B();
    const s1 = b.broadcastTo(b.const([1, 2], "f32", [2]), [2, 2]);
    const s2 = b.broadcastTo(b.const([3, 5], "f32", [2, 1]), [2, 2]);
    const g = b.finish({ y: b.mul(s1, s2) });
    expect(after(foldPass, g)).toContain("mul %1, %3");
  });

  it("leaves tensors over the fold limit alone, inputs and results alike", () => {
    const b = B();
    const c = b.const(1, "f32", [8]);
    const g = b.finish({ big: b.unary("neg", c), small: b.reduce("reduce_sum", c) });
    expect(after(foldPass, g, { foldLimit: 4 })).toBe(ir(`
      inputs: (none)
      %0: f32[8] = const value=[1, 1, 1, 1, 1, 1, 1, 1]
      %1: f32[8] = neg %0
      %2: f32[] = reduce_sum %0 axes=[0] keepdims=false
      outputs: big=%1, small=%2
    `));
    expect(after(foldPass, g, { foldLimit: 8 })).toContain("%1: f32[] = const value=[8]");
  });
});
