// simplify: each identity on a small graph (exact IR after the pass), the ones that must NOT
// fire (x * 0, x + (+0) on f32, a constant that is not all identities), and a bit-for-bit
// interpreter check on NaN, ±0 and ±inf inputs.
import { describe, expect, it } from "vitest";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import type { Graph } from "../../compiler/ir/ir.ts";
import { simplifyPass } from "../../compiler/passes/simplify.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import { tensorOf } from "../../runtime/interp/tensor.ts";
import { after, ctxOf, expectSameTensor, ir, programOf } from "./helpers.ts";

const B = () => new GraphBuilder({ cseConsts: false });

/** y = x `op` c with c a scalar constant broadcast to x's shape (as lowering emits `x * 1.0`). */
function withScalar(op: "add" | "sub" | "mul" | "div", c: number, dtype: "f32" | "i32" = "f32", constFirst = false): Graph {
  const b = B();
  const x = b.input("x", dtype, [2, 3]);
  const k = b.broadcastTo(b.const(c, dtype), [2, 3]);
  return b.finish({ y: constFirst ? b.binary(op, k, x) : b.binary(op, x, k) });
}

/** The op is gone, and with it the constant and its broadcast, which nothing uses any more. */
const IDENTITY_GONE = (dtype: string) => ir(`
  inputs: x=%0
  %0: ${dtype}[2, 3] = input "x"
  outputs: y=%0
`);

describe("simplify: arithmetic identities", () => {
  it("x * 1 and 1 * x → x", () => {
    expect(after(simplifyPass, withScalar("mul", 1))).toBe(IDENTITY_GONE("f32"));
    expect(after(simplifyPass, withScalar("mul", 1, "f32", true))).toBe(IDENTITY_GONE("f32"));
    expect(after(simplifyPass, withScalar("mul", 1, "i32"))).toBe(IDENTITY_GONE("i32"));
  });

  it("x / 1 → x, but not 1 / x", () => {
    expect(after(simplifyPass, withScalar("div", 1))).toBe(IDENTITY_GONE("f32"));
    expect(after(simplifyPass, withScalar("div", 1, "f32", true))).toContain("div %2, %0");
  });

  it("x - (+0) → x; x - (−0) and 0 - x stay", () => {
    expect(after(simplifyPass, withScalar("sub", 0))).toBe(IDENTITY_GONE("f32"));
    expect(after(simplifyPass, withScalar("sub", -0))).toContain("sub %0, %2");
    expect(after(simplifyPass, withScalar("sub", 0, "f32", true))).toContain("sub %2, %0");
  });

  it("f32: x + (−0) and (−0) + x → x, but x + (+0) stays (−0 + +0 is +0)", () => {
    expect(after(simplifyPass, withScalar("add", -0))).toBe(IDENTITY_GONE("f32"));
    expect(after(simplifyPass, withScalar("add", -0, "f32", true))).toBe(IDENTITY_GONE("f32"));
    expect(after(simplifyPass, withScalar("add", 0))).toContain("add %0, %2");
  });

  it("i32 has one zero: x + 0, 0 + x, x - 0 → x", () => {
    expect(after(simplifyPass, withScalar("add", 0, "i32"))).toBe(IDENTITY_GONE("i32"));
    expect(after(simplifyPass, withScalar("add", 0, "i32", true))).toBe(IDENTITY_GONE("i32"));
    expect(after(simplifyPass, withScalar("sub", 0, "i32"))).toBe(IDENTITY_GONE("i32"));
  });

  it("x * 0 is not 0, and a constant with one non-identity element is no identity", () => {
    expect(after(simplifyPass, withScalar("mul", 0))).toContain("mul %0, %2");
    const b = B();
    const x = b.input("x", "f32", [3]);
    const g = b.finish({ y: b.mul(x, b.const([1, 1, 2], "f32", [3])) });
    expect(after(simplifyPass, g)).toBe(ir(`
      inputs: x=%0
      %0: f32[3] = input "x"
      %1: f32[3] = const value=[1, 1, 2]
      %2: f32[3] = mul %0, %1
      outputs: y=%2
    `));
  });

  it("sees the constant through a reshape, and counts 1 after f32 rounding", () => {
    const b = B();
    const x = b.input("x", "f32", [2, 2]);
    const k = b.reshape(b.const([1, 1, 1, 1.00000001], "f32", [4]), [2, 2]);
    expect(after(simplifyPass, b.finish({ y: b.mul(x, k) }))).toMatch(/outputs: y=%0\n$/);
  });

  it("gives bit-identical results on NaN, ±0 and ±inf", () => {
    const values = [NaN, -0, 0, Infinity, -Infinity, -2.5];
    for (const [op, c, first] of [["mul", 1, false], ["mul", 1, true], ["div", 1, false], ["sub", 0, false], ["add", -0, false], ["add", -0, true]] as const) {
      const b = B();
      const x = b.input("x", "f32", [6]);
      const k = b.broadcastTo(b.const(c, "f32"), [6]);
      const g = b.finish({ y: first ? b.binary(op, k, x) : b.binary(op, x, k) });
      const s = simplifyPass.run(programOf(g), ctxOf()).graph;
      expect(s.nodes.length, `${op} ${c} should have simplified`).toBe(1);
      const inputs = new Map([["x", tensorOf("f32", [6], values)]]);
      expectSameTensor(interpret(s, inputs, new Map()).get("y"), interpret(g, inputs, new Map()).get("y"), `${op} ${c}`);
    }
  });
});

describe("simplify: movement", () => {
  it("transpose of transpose → one transpose with the composed permutation", () => {
    const b = B();
    const x = b.input("x", "f32", [2, 3, 4]);
    const t1 = b.transpose(x, [1, 2, 0]); // [3, 4, 2]
    const t2 = b.transpose(t1, [0, 2, 1]); // [3, 2, 4]
    const g = b.finish({ y: t2 });
    expect(after(simplifyPass, g)).toBe(ir(`
      inputs: x=%0
      %0: f32[2, 3, 4] = input "x"
      %1: f32[3, 2, 4] = transpose %0 perm=[1, 0, 2]
      outputs: y=%1
    `));
    const data = tensorOf("f32", [2, 3, 4], Array.from({ length: 24 }, (_, i) => i));
    const s = simplifyPass.run(programOf(g), ctxOf()).graph;
    expectSameTensor(interpret(s, new Map([["x", data]]), new Map()).get("y"), interpret(g, new Map([["x", data]]), new Map()).get("y"), "transposes");
  });

  it("transpose of its inverse → nothing, and a chain of three collapses", () => {
    const b = B();
    const x = b.input("x", "f32", [2, 3, 4]);
    const back = b.transpose(b.transpose(x, [2, 0, 1]), [1, 2, 0]);
    const three = b.transpose(b.transpose(b.transpose(x, [1, 0, 2]), [0, 2, 1]), [2, 1, 0]);
    expect(after(simplifyPass, b.finish({ back, three }))).toBe(ir(`
      inputs: x=%0
      %0: f32[2, 3, 4] = input "x"
      %1: f32[2, 4, 3] = transpose %0 perm=[0, 2, 1]
      outputs: back=%0, three=%1
    `));
  });

  it("a transpose by the identity (hand-built; the builder never emits one) → nothing", () => {
    const b = B();
    const x = b.input("x", "f32", [2, 3]);
    const g = b.finish({ y: b.node({ op: "transpose", perm: [0, 1] }, [x]) });
    expect(after(simplifyPass, g)).toMatch(/outputs: y=%0\n$/);
  });

  it("reshape of reshape → one reshape; back to the original shape → nothing", () => {
    const b = B();
    const x = b.input("x", "f32", [2, 6]);
    const r1 = b.reshape(x, [3, 4]);
    const g = b.finish({ y: b.reshape(r1, [12]), z: b.reshape(r1, [2, 6]) });
    expect(after(simplifyPass, g)).toBe(ir(`
      inputs: x=%0
      %0: f32[2, 6] = input "x"
      %1: f32[12] = reshape %0 shape=[12]
      outputs: y=%1, z=%0
    `));
  });

  it("reshape and broadcast to the same shape, cast to the same dtype (hand-built) → nothing", () => {
    const b = B();
    const x = b.input("x", "f32", [2, 3]);
    const r = b.node({ op: "reshape", shape: [2, 3] }, [x]);
    const c = b.node({ op: "broadcast", shape: [2, 3] }, [r]);
    const g = b.finish({ y: b.node({ op: "cast", to: "f32" }, [c]) });
    expect(after(simplifyPass, g)).toMatch(/outputs: y=%0\n$/);
  });

  it("broadcast of broadcast → one broadcast", () => {
    const b = B();
    const x = b.input("x", "f32", [3]);
    const g = b.finish({ y: b.broadcastTo(b.broadcastTo(x, [1, 3]), [4, 2, 3]) });
    expect(after(simplifyPass, g)).toBe(ir(`
      inputs: x=%0
      %0: f32[3] = input "x"
      %1: f32[4, 2, 3] = broadcast %0 shape=[4, 2, 3]
      outputs: y=%1
    `));
  });

  it("leaves a reshape of a transpose alone (not a no-op)", () => {
    const b = B();
    const x = b.input("x", "f32", [2, 3]);
    const g = b.finish({ y: b.reshape(b.transpose(x), [6]) });
    expect(after(simplifyPass, g)).toBe(ir(`
      inputs: x=%0
      %0: f32[2, 3] = input "x"
      %1: f32[3, 2] = transpose %0 perm=[1, 0]
      %2: f32[6] = reshape %1 shape=[6]
      outputs: y=%2
    `));
  });
});
