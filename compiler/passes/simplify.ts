// Algebraic simplification, only where the result is bit for bit the same for every input,
// NaN, infinities and signed zeros included:
//
//   x * 1, 1 * x, x / 1         → x        (exact in IEEE and in wrapping i32)
//   x - (+0)                    → x        (−0 − +0 is −0)
//   x + (−0), (−0) + x          → x        (f32; +0 + −0 is +0, so x + (+0) is NOT x for x = −0)
//   x + 0, 0 + x, x - 0         → x        (i32, which has one zero)
//   transpose(transpose(x))     → one transpose with the composed permutation, or x
//   reshape(reshape(x)), broadcast(broadcast(x)) → one of them; either to x's own shape → x
//   transpose by the identity, cast to x's own dtype → x
//
// x * 0 is not 0 (NaN and inf give NaN, −x gives −0) and stays. A constant operand counts
// when every element is the identity, seen through broadcasts and reshapes of it.
import type { Node } from "../ir/ir.ts";
import { sameShape } from "../ir/infer.ts";
import { rewriteProgram, type Rewriter } from "./rewrite.ts";
import type { Pass } from "./program.ts";

export const simplifyPass: Pass = {
  name: "simplify",
  run(program) {
    return rewriteProgram(program, simplifyNode);
  },
};

function simplifyNode(node: Node, rw: Rewriter): number | undefined {
  const a = node.attrs;
  const [x, y] = rw.inputs;
  switch (a.op) {
    case "mul":
      if (isSplat(rw, y!, 1)) return x;
      if (isSplat(rw, x!, 1)) return y;
      return undefined;
    case "div":
      return isSplat(rw, y!, 1) ? x : undefined;
    case "add": {
      const zero = node.dtype === "f32" ? -0 : 0;
      if (node.dtype !== "f32" && node.dtype !== "i32") return undefined;
      if (isSplat(rw, y!, zero)) return x;
      if (isSplat(rw, x!, zero)) return y;
      return undefined;
    }
    case "sub":
      return (node.dtype === "f32" || node.dtype === "i32") && isSplat(rw, y!, 0) ? x : undefined;
    case "cast":
      return rw.get(x!).dtype === a.to ? x : undefined;
    case "transpose": {
      const inner = rw.get(x!);
      const [src, perm] = inner.attrs.op === "transpose" ? [inner.inputs[0]!, a.perm.map((p) => (inner.attrs as { perm: number[] }).perm[p]!)] : [x!, a.perm];
      if (perm.every((p, i) => p === i)) return src;
      return src === x ? undefined : rw.b.node({ op: "transpose", perm }, [src]);
    }
    case "reshape":
    case "broadcast": {
      const inner = rw.get(x!);
      const src = inner.attrs.op === a.op ? inner.inputs[0]! : x!;
      if (sameShape(rw.get(src).shape, node.shape)) return src;
      return src === x ? undefined : rw.b.node({ op: a.op, shape: [...a.shape] }, [src]);
    }
    default:
      return undefined;
  }
}

/**
 * Whether every element of new node `id` is `value` as stored (Object.is: −0 and +0 differ,
 * except that an i32 or bool has only one zero), looking through broadcast and reshape.
 */
function isSplat(rw: Rewriter, id: number, value: number): boolean {
  let n = rw.get(id);
  while (n.attrs.op === "broadcast" || n.attrs.op === "reshape") n = rw.get(n.inputs[0]!);
  if (n.attrs.op !== "const" || n.attrs.value.length === 0) return false;
  const dtype = n.dtype;
  const want = dtype === "f32" ? value : value | 0;
  return n.attrs.value.every((v) => Object.is(dtype === "f32" ? Math.fround(v) : dtype === "i32" ? v | 0 : v !== 0 ? 1 : 0, want));
}
