// cse: equal nodes merge (transitively, consts by stored value); nodes that differ in an
// attribute, an operand order, a signed zero, or that are random (dropout) do not.
import { describe, expect, it } from "vitest";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import { csePass } from "../../compiler/passes/cse.ts";
import { after, ir } from "./helpers.ts";

const B = () => new GraphBuilder({ cseConsts: false });

describe("cse", () => {
  it("merges repeated subexpressions, transitively", () => {
    // Lowering's pattern: each Linear of one input reshapes it again.
    const b = B();
    const x = b.input("x", "f32", [2, 3, 4]);
    const w = b.param("w", "f32", [4, 5], { kind: "zeros" });
    const y1 = b.matmul(b.reshape(x, [6, 4]), w);
    const y2 = b.matmul(b.reshape(x, [6, 4]), w);
    const g = b.finish({ y: b.add(y1, y2) });
    expect(after(csePass, g)).toBe(ir(`
      inputs: x=%0
      %0: f32[2, 3, 4] = input "x"
      %1: f32[4, 5] = param "w" init=zeros
      %2: f32[6, 4] = reshape %0 shape=[6, 4]
      %3: f32[6, 5] = matmul %2, %1
      %4: f32[6, 5] = add %3, %3
      outputs: y=%4
    `));
  });

  it("merges constants by the value the runtime stores (0.1 and its f32 rounding), NaN with NaN", () => {
    const b = B();
    const x = b.input("x", "f32", [2]);
    const c1 = b.const([0.1, NaN], "f32", [2]);
    const c2 = b.const([Math.fround(0.1), NaN], "f32", [2]);
    const g = b.finish({ y: b.add(b.mul(x, c1), b.mul(x, c2)) });
    expect(after(csePass, g)).toBe(ir(`
      inputs: x=%0
      %0: f32[2] = input "x"
      %1: f32[2] = const value=[0.1, nan]
      %2: f32[2] = mul %0, %1
      %3: f32[2] = add %2, %2
      outputs: y=%3
    `));
  });

  it("keeps −0 apart from +0, and constants of another dtype or shape apart", () => {
    const b = B();
    const g = b.finish({
      p: b.const(0, "f32", [2]),
      m: b.const(-0, "f32", [2]),
      i: b.const(0, "i32", [2]),
      s: b.const(0, "f32", [1, 2]),
    });
    expect(after(csePass, g).match(/= const/g)).toHaveLength(4);
  });

  it("keeps nodes apart that differ in an attribute or operand order", () => {
    const b = B();
    const x = b.input("x", "f32", [2, 2]);
    const y = b.input("y", "f32", [2, 2]);
    const g = b.finish({
      a: b.add(x, y),
      c: b.add(y, x),
      s1: b.reduce("reduce_sum", x, 0),
      s2: b.reduce("reduce_sum", x, 1),
      k: b.reduce("reduce_sum", x, 1, true),
    });
    expect(after(csePass, g)).toBe(ir(`
      inputs: x=%0, y=%1
      %0: f32[2, 2] = input "x"
      %1: f32[2, 2] = input "y"
      %2: f32[2, 2] = add %0, %1
      %3: f32[2, 2] = add %1, %0
      %4: f32[2] = reduce_sum %0 axes=[0] keepdims=false
      %5: f32[2] = reduce_sum %0 axes=[1] keepdims=false
      %6: f32[2, 1] = reduce_sum %0 axes=[1] keepdims=true
      outputs: a=%2, c=%3, s1=%4, s2=%5, k=%6
    `));
  });

  it("never merges two dropouts of one tensor (they draw different masks in training)", () => {
    const b = B();
    const x = b.input("x", "f32", [2]);
    const g = b.finish({ y: b.add(b.dropout(x, 0.5), b.dropout(x, 0.5)) });
    expect(after(csePass, g).match(/= dropout/g)).toHaveLength(2);
  });

  it("merges attribute objects whatever their key order", () => {
    const b = B();
    const x = b.input("x", "f32", [4, 4]);
    const s1 = b.node({ op: "slice", starts: [0, 0], ends: [2, 4], steps: [1, 1] }, [x]);
    const s2 = b.node({ steps: [1, 1], ends: [2, 4], starts: [0, 0], op: "slice" } as never, [x]);
    const g = b.finish({ y: b.add(s1, s2) });
    expect(after(csePass, g)).toContain("add %1, %1");
  });
});
