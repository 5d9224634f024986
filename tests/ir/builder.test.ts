import { describe, expect, it } from "vitest";
import { GraphBuilder, resolveReshape } from "../../compiler/ir/builder.ts";
import { IrError } from "../../compiler/ir/infer.ts";
import { verifyGraph } from "../../compiler/ir/verify.ts";

function typeOf(b: GraphBuilder, id: number): string {
  const t = b.type(id);
  return `${t.dtype}[${t.shape.join(",")}]`;
}

describe("GraphBuilder type inference", () => {
  it("infers every op's result type", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [2, 3, 8, 8]);
    const w = b.param("w", "f32", [6, 1, 3, 3], { kind: "he_normal" });
    const m = b.input("m", "f32", [5, 4]);
    const n = b.input("n", "f32", [4, 7]);
    const i = b.input("i", "i32", [2, 5]);
    const t = (id: number) => typeOf(b, id);
    expect(t(b.conv2d(x, w, { groups: 3, stride: 2, padding: 1 }))).toBe("f32[2,6,4,4]"); // ⌊(8+2−2−1)/2⌋+1
    expect(t(b.conv2d(x, b.param("w2", "f32", [4, 3, 3, 3], { kind: "zeros" }), { dilation: 3 }))).toBe("f32[2,4,2,2]"); // 8−6−1+1
    expect(t(b.maxPool2d(x, { size: 3, stride: 2, padding: 1 }))).toBe("f32[2,3,4,4]");
    expect(t(b.avgPool2d(x, { size: 2 }))).toBe("f32[2,3,4,4]");
    expect(t(b.matmul(m, n))).toBe("f32[5,7]");
    expect(t(b.reduce("reduce_sum", x, [-1, 1], true))).toBe("f32[2,1,8,1]");
    expect(t(b.reduce("reduce_max", x))).toBe("f32[]");
    expect(t(b.argmax(m))).toBe("i32[5]");
    expect(t(b.transpose(x, [0, 2, 3, 1]))).toBe("f32[2,8,8,3]");
    expect(t(b.transpose(m))).toBe("f32[4,5]");
    expect(t(b.reshape(x, [2, -1]))).toBe("f32[2,192]");
    expect(t(b.slice(x, [0, 0, 1, 0], [2, 3, 8, 8], [1, 2, 3, 1]))).toBe("f32[2,2,3,8]");
    expect(t(b.concat([m, m, m], 0))).toBe("f32[15,4]");
    expect(t(b.gather(m, i, 1))).toBe("f32[5,2,5]");
    expect(t(b.oneHot(i, 10))).toBe("f32[2,5,10]");
    expect(t(b.binaryBroadcast("lt", m, b.const(0, "f32")))).toBe("bool[5,4]");
    expect(t(b.cast(i, "f32"))).toBe("f32[2,5]");
    expect(t(b.broadcastTo(b.input("v", "f32", [4]), [3, 5, 4]))).toBe("f32[3,5,4]");
    expect(verifyGraph(b.finish([]))).toEqual([]);
  });

  it("skips no-op casts, broadcasts, reshapes and transposes", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [2, 3]);
    expect(b.cast(x, "f32")).toBe(x);
    expect(b.broadcastTo(x, [2, 3])).toBe(x);
    expect(b.reshape(x, [2, -1])).toBe(x);
    expect(b.transpose(x, [0, 1])).toBe(x);
    expect(b.nodes).toHaveLength(1);
  });

  it("shares identical consts but keeps distinct ones apart", () => {
    const b = new GraphBuilder();
    const one = b.const(1, "f32");
    expect(b.const([1], "f32", [])).toBe(one);
    expect(b.const(1, "i32")).not.toBe(one);
    expect(b.const(1, "f32", [1])).not.toBe(one);
    expect(b.const(-0, "f32")).not.toBe(b.const(0, "f32"));
    expect(new GraphBuilder({ cseConsts: false }).const(1, "f32")).toBe(0);
  });

  it("stores spans in the side table", () => {
    const b = new GraphBuilder();
    const s = { file: "a.dl", start: 3, end: 9 };
    const x = b.input("x", "f32", [2], s);
    b.unary("exp", x);
    const g = b.finish({ y: 1 });
    expect(g.spans).toEqual([s, undefined]);
  });

  it("resolves -1 in reshape targets", () => {
    expect(resolveReshape([2, 3, 4], [-1, 4])).toEqual([6, 4]);
    expect(() => resolveReshape([2, 3, 4], [-1, 5])).toThrow(/cannot infer -1/);
    expect(() => resolveReshape([2, 3], [-1, -1])).toThrow(/at most one -1/);
  });
});

describe("GraphBuilder rejects invalid constructions with precise messages", () => {
  const b = new GraphBuilder();
  const x = b.input("x", "f32", [2, 3]);
  const y = b.input("y", "f32", [3, 2]);
  const i = b.input("i", "i32", [2, 3]);
  const p3 = b.input("p", "f32", [2, 2, 3]);
  const j = b.input("j", "i32", [3, 3]);
  const img = b.input("img", "f32", [1, 4, 5, 5]);
  const k333 = b.input("k333", "f32", [2, 3, 3, 3]);
  const k323 = b.input("k323", "f32", [3, 2, 3, 3]);
  const tiny = b.input("tiny", "f32", [1, 1, 2, 2]);
  const k1 = b.input("k1", "f32", [1, 1, 3, 3]);
  const bad: [string, () => unknown, RegExp][] = [
    ["add on different shapes", () => b.add(x, y), /add: operand shapes differ \(f32\[2, 3\] vs f32\[3, 2\]\); insert a broadcast first/],
    ["add on different dtypes", () => b.add(x, i), /add: operand dtypes differ/],
    ["exp on i32", () => b.unary("exp", i), /exp: operand must be f32, got i32\[2, 3\]/],
    ["not on f32", () => b.unary("not", x), /not: operand must be bool/],
    ["and on f32", () => b.binary("and", x, x), /and: operands must be bool/],
    ["non-broadcastable", () => b.binaryBroadcast("mul", x, y), /mul: shapes f32\[2, 3\], f32\[3, 2\] do not broadcast/],
    ["broadcast down", () => b.broadcastTo(x, [3]), /broadcast: f32\[2, 3\] does not broadcast to \[3\]/],
    ["matmul inner mismatch", () => b.matmul(x, x), /matmul: inner dims differ \(f32\[2, 3\] @ f32\[2, 3\]: 3 vs 2\)/],
    ["raw matmul with unequal batch", () => b.node({ op: "matmul" }, [p3, y]), /same rank/],
    ["matmul on i32", () => b.matmul(i, j), /matmul: lhs must be f32/],
    ["reshape count", () => b.reshape(x, [4]), /reshape: f32\[2, 3\] has 6 elements, target \[4\] has 4/],
    ["bad perm", () => b.transpose(x, [0, 0]), /transpose: perm \[0, 0\] is not a permutation/],
    ["slice past end", () => b.slice(x, [0, 1], [2, 4]), /slice: axis 1 range \[1, 4\) is not within \[0, 3\]/],
    ["slice step 0", () => b.slice(x, [0, 0], [2, 3], [1, 0]), /slice: step 0 on axis 1/],
    ["concat mismatch", () => b.concat([x, y], 0), /concat: input 1 f32\[3, 2\] does not match input 0 f32\[2, 3\] outside axis 0/],
    ["reduce axis out of range", () => b.reduce("reduce_sum", x, 2), /reduce_sum: axis 2 is out of range for rank 2/],
    ["reduce repeated axis", () => b.reduce("reduce_sum", x, [1, -1]), /reduce_sum: axis 1 is repeated/],
    ["argmax two axes", () => b.node({ op: "argmax", axes: [0, 1], keepdims: false }, [x]), /argmax: needs exactly one axis/],
    ["conv channels", () => b.conv2d(img, k333), /conv2d: weight f32\[2, 3, 3, 3\] needs 4 input channels per group \(C=4, groups=1\), got 3/],
    ["conv groups", () => b.conv2d(img, k323, { groups: 2 }), /groups 2 must divide input channels 4 and output channels 3/],
    ["conv too small", () => b.conv2d(tiny, k1), /conv2d: output 0×0 is empty/],
    ["conv stride 0", () => b.conv2d(img, k1, { stride: 0 }), /conv2d: stride must be an integer ≥ 1, got 0/],
    ["pool rank", () => b.maxPool2d(x, { size: 2 }), /max_pool2d: input must be NCHW \(rank 4\), got f32\[2, 3\]/],
    ["gather float indices", () => b.gather(x, y, 0), /gather: indices must be i32/],
    ["one_hot f32", () => b.oneHot(x, 3), /one_hot: indices must be i32/],
    ["where non-bool", () => b.where(x, x, x), /where: condition must be bool/],
    ["dropout p=1", () => b.dropout(x, 1), /dropout: p must be in \[0, 1\), got 1/],
    ["const length", () => b.const([1, 2, 3], "f32", [2]), /const: 3 value\(s\) for shape \[2\] \(needs 2\)/],
    ["const i32 fraction", () => b.const(0.5, "i32"), /const: value 0.5 is not a valid i32/],
    ["negative dim", () => b.input("neg", "f32", [-1]), /input: shape \[-1\] is not a list of non-negative integers/],
    ["duplicate input", () => b.input("x", "f32", [1]), /input: name "x" is already used/],
    ["dangling input", () => b.unary("exp", 99), /exp: input %99 does not exist/],
  ];
  for (const [name, f, msg] of bad) {
    it(name, () => {
      expect(f).toThrow(IrError);
      expect(f).toThrow(msg);
    });
  }
  it("duplicate params and outputs, and use after finish", () => {
    const c = new GraphBuilder();
    const p = c.param("w", "f32", [2], { kind: "zeros" });
    expect(() => c.param("w", "f32", [2], { kind: "zeros" })).toThrow(/param: name "w" is already used/);
    expect(() => c.finish([{ name: "o", node: p }, { name: "o", node: p }])).toThrow(/output name "o" is used twice/);
    c.finish({ o: p });
    expect(() => c.unary("exp", p)).toThrow(/already finished/);
  });
});
