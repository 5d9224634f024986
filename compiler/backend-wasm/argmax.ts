// argmax in WebAssembly, scalar: the first index of the maximum along one axis, a NaN counting
// as larger than everything (as the interpreter and NumPy do), so the scan stops at the first NaN.
import type { DType, Node } from "../ir/ir.ts";
import type { OpaqueIo } from "./conv.ts";
import { loadScalar, storeScalar } from "./loop.ts";
import { get, i32, set, type Fn } from "./wat.ts";

export function emitArgmax(fn: Fn, node: Node, io: OpaqueIo, dtype: DType): string {
  if (node.attrs.op !== "argmax") throw new Error("internal: not argmax");
  const ax = node.attrs.axes[0];
  const shape = io.inShape;
  const outer = shape.slice(0, ax).reduce((a, b) => a * b, 1);
  const R = shape[ax];
  const inner = shape.slice(ax + 1).reduce((a, b) => a * b, 1);
  if (outer * inner === 0) return "";
  const inOff = io.input;
  const outOff = io.output;
  const st = dtype === "f32" ? "f32" : "i32";
  const [o, k, r, p, idx] = ["o", "k", "r", "p", "idx"].map((n) => fn.local(n, "i32"));
  const [best, v] = [fn.local(`best_${st}`, st), fn.local(`v_${st}`, st)];
  const better = st === "f32"
    ? `(i32.or (f32.gt ${get(v)} ${get(best)}) (f32.ne ${get(v)} ${get(v)}))`
    : `(i32.gt_s ${get(v)} ${get(best)})`;
  const stop = st === "f32" ? `(f32.ne ${get(best)} ${get(best)})` : "(i32.const 0)";
  const [out, top] = [fn.label(), fn.label()];
  const at = (e: string) => `(i32.add ${e} ${i32(inOff)})`;
  const scan = `${set(p, `(i32.shl (i32.add (i32.mul ${get(o)} ${i32(R * inner)}) ${get(k)}) (i32.const 2))`)}
 ${set(best, loadScalar(dtype, at(get(p)), 4))} ${set(idx, i32(0))} ${set(r, i32(1))}
 (block ${out} (loop ${top}
   (br_if ${out} (i32.ge_s ${get(r)} ${i32(R)}))
   (br_if ${out} ${stop})
   ${set(p, `(i32.add ${get(p)} ${i32(inner * 4)})`)}
   ${set(v, loadScalar(dtype, at(get(p)), 4))}
   (if ${better} (then ${set(best, get(v))} ${set(idx, get(r))}))
   ${set(r, `(i32.add ${get(r)} (i32.const 1))`)}
   (br ${top})))
 ${storeScalar("i32", `(i32.add (i32.shl (i32.add (i32.mul ${get(o)} ${i32(inner)}) ${get(k)}) (i32.const 2)) ${i32(outOff)})`, get(idx), 4)}`;
  return fn.range(o, 0, outer, 1, fn.range(k, 0, inner, 1, scan));
}
