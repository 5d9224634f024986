// Reductions. The axes are coalesced so the common cases become [outer, R] (reduce along the
// contiguous axis: f32x4/i32x4 accumulators, then a horizontal combine and a scalar tail) or
// [outer, R, inner] (reduce across rows: vector accumulators along the contiguous inner axis).
// Anything else (reduced axes that are not adjacent) is a scalar nested loop. argmax is scalar:
// the first index of the maximum, with NaN counting as larger than everything.
import type { DType, Node, ReduceOp } from "../ir/ir.ts";
import { elemBytes, loadScalar, product, storeScalar, strides, type KernelCtx } from "./kernel.ts";
import { f32, get, i32, set, splat4, i32x4c, type Fn } from "./wat.ts";

type Fold = Exclude<ReduceOp, "argmax">;

interface Group {
  size: number;
  reduced: boolean;
}

function coalesce(shape: readonly number[], axes: readonly number[]): Group[] {
  const groups: Group[] = [];
  shape.forEach((size, k) => {
    if (size === 1) return;
    const reduced = axes.includes(k);
    const last = groups[groups.length - 1];
    if (last && last.reduced === reduced) last.size *= size;
    else groups.push({ size, reduced });
  });
  return groups;
}

function init(op: Fold, dtype: DType): number {
  const isInt = dtype === "i32";
  switch (op) {
    case "reduce_sum": return 0;
    case "reduce_prod": return 1;
    case "reduce_max": return isInt ? -2147483648 : -Infinity;
    case "reduce_min": return isInt ? 2147483647 : Infinity;
  }
}

const VEC_OP: Record<Fold, { f32: string; i32: string }> = {
  reduce_sum: { f32: "f32x4.add", i32: "i32x4.add" },
  reduce_prod: { f32: "f32x4.mul", i32: "i32x4.mul" },
  reduce_max: { f32: "f32x4.max", i32: "i32x4.max_s" },
  reduce_min: { f32: "f32x4.min", i32: "i32x4.min_s" },
};

function scalarFold(fn: Fn, op: Fold, dtype: DType, a: string, b: string): string {
  if (dtype === "f32") {
    const o = { reduce_sum: "add", reduce_prod: "mul", reduce_max: "max", reduce_min: "min" }[op];
    return `(f32.${o} ${a} ${b})`;
  }
  if (op === "reduce_sum") return `(i32.add ${a} ${b})`;
  if (op === "reduce_prod") return `(i32.mul ${a} ${b})`;
  // Fresh locals per use: the horizontal combine nests folds, which would clobber shared ones.
  const tag = fn.label().slice(2);
  const [u, v] = [fn.local(`u${tag}`, "i32"), fn.local(`v${tag}`, "i32")];
  return `(select (local.tee ${u} ${a}) (local.tee ${v} ${b}) (i32.${op === "reduce_max" ? "gt_s" : "lt_s"} ${get(u)} ${get(v)}))`;
}

function vecInit(op: Fold, dtype: DType): string {
  return dtype === "f32" ? splat4(init(op, dtype)) : i32x4c(init(op, dtype));
}

function scalarInit(op: Fold, dtype: DType): string {
  return dtype === "f32" ? f32(init(op, dtype)) : i32(init(op, dtype));
}

/** [outer, R] with R contiguous. */
function rowReduce(fn: Fn, op: Fold, dtype: DType, inOff: number, outOff: number, outer: number, R: number): string {
  const st = dtype === "f32" ? "f32" : "i32";
  const [o, p, q] = [fn.local("o", "i32"), fn.local("p", "i32"), fn.local("q", "i32")];
  const acc = fn.local("acc", "v128");
  const s = fn.local(`s_${st}`, st);
  const rv = Math.floor(R / 4) * 4;
  const lane = (k: number): string => `(${st === "f32" ? "f32x4" : "i32x4"}.extract_lane ${k} ${get(acc)})`;
  const vec = rv === 0 ? set(s, scalarInit(op, dtype)) : `${set(acc, vecInit(op, dtype))}
 ${fn.loop(q, get(p), `(i32.add ${get(p)} ${i32(rv * 4)})`, 16, set(acc, `(${VEC_OP[op][st]} ${get(acc)} (v128.load offset=${inOff} ${get(q)}))`))}
 ${set(s, scalarFold(fn, op, dtype, scalarFold(fn, op, dtype, lane(0), lane(1)), scalarFold(fn, op, dtype, lane(2), lane(3))))}`;
  const tail = rv < R
    ? fn.loop(q, `(i32.add ${get(p)} ${i32(rv * 4)})`, `(i32.add ${get(p)} ${i32(R * 4)})`, 4, set(s, scalarFold(fn, op, dtype, get(s), loadScalar(dtype, inOff, get(q)))))
    : "";
  return fn.range(o, 0, outer, 1, `${set(p, `(i32.mul ${get(o)} ${i32(R * 4)})`)}
 ${vec}
 ${tail}
 ${storeScalar(dtype, outOff, `(i32.shl ${get(o)} (i32.const 2))`, get(s))}`);
}

/** [outer, R, inner]: fold across rows, vectorized along the contiguous inner axis. */
function colReduce(fn: Fn, op: Fold, dtype: DType, inOff: number, outOff: number, outer: number, R: number, inner: number): string {
  const st = dtype === "f32" ? "f32" : "i32";
  const [o, k, r, p] = [fn.local("o", "i32"), fn.local("k", "i32"), fn.local("r", "i32"), fn.local("p", "i32")];
  const acc = fn.local("acc", "v128");
  const s = fn.local(`s_${st}`, st);
  const kv = Math.floor(inner / 4) * 4;
  // p walks the input: (o·R·inner + k) elements, advancing one row (inner) per r.
  const start = `(i32.shl (i32.add (i32.mul ${get(o)} ${i32(R * inner)}) ${get(k)}) (i32.const 2))`;
  const dst = `(i32.shl (i32.add (i32.mul ${get(o)} ${i32(inner)}) ${get(k)}) (i32.const 2))`;
  const vec = fn.range(k, 0, kv, 4, `${set(acc, vecInit(op, dtype))} ${set(p, start)}
 ${fn.range(r, 0, R, 1, `${set(acc, `(${VEC_OP[op][st]} ${get(acc)} (v128.load offset=${inOff} ${get(p)}))`)} ${set(p, `(i32.add ${get(p)} ${i32(inner * 4)})`)}`)}
 (v128.store offset=${outOff} ${dst} ${get(acc)})`);
  const tail = fn.range(k, kv, inner, 1, `${set(s, scalarInit(op, dtype))} ${set(p, start)}
 ${fn.range(r, 0, R, 1, `${set(s, scalarFold(fn, op, dtype, get(s), loadScalar(dtype, inOff, get(p))))} ${set(p, `(i32.add ${get(p)} ${i32(inner * 4)})`)}`)}
 ${storeScalar(dtype, outOff, dst, get(s))}`);
  return fn.range(o, 0, outer, 1, `${vec}\n${tail}`);
}

/** Any axes: kept axes outside (output in row-major order), reduced axes inside; scalar. */
function genericReduce(fn: Fn, op: Fold, dtype: DType, inOff: number, outOff: number, shape: readonly number[], axes: readonly number[]): string {
  const st = dtype === "f32" ? "f32" : "i32";
  const inStrides = strides(shape);
  const kept = shape.map((_, k) => k).filter((k) => !axes.includes(k));
  const s = fn.local(`s_${st}`, st);
  const out = fn.local("out", "i32");
  const nest = (dimsList: number[], level: number, base: string, leaf: (ptr: string) => string): string => {
    if (level === dimsList.length) return leaf(base);
    const ax = dimsList[level];
    const [i, p] = [fn.local(`i${ax}`, "i32"), fn.local(`p${ax}`, "i32")];
    return `${set(p, base)}
${fn.range(i, 0, shape[ax], 1, `${nest(dimsList, level + 1, get(p), leaf)}
 ${set(p, `(i32.add ${get(p)} ${i32(inStrides[ax] * 4)})`)}`)}`;
  };
  return `${set(out, i32(0))}
${nest(kept, 0, i32(0), (ptr) => `${set(s, scalarInit(op, dtype))}
 ${nest(axes.slice(), 0, ptr, (q) => set(s, scalarFold(fn, op, dtype, get(s), loadScalar(dtype, inOff, q))))}
 ${storeScalar(dtype, outOff, get(out), get(s))}
 ${set(out, `(i32.add ${get(out)} (i32.const 4))`)}`)}`;
}

function argmax(fn: Fn, dtype: DType, inOff: number, outOff: number, outer: number, R: number, inner: number): string {
  const st = dtype === "f32" ? "f32" : "i32";
  const [o, k, r, p, idx] = ["o", "k", "r", "p", "idx"].map((n) => fn.local(n, "i32"));
  const [best, v] = [fn.local(`best_${st}`, st), fn.local(`v_${st}`, st)];
  const better = st === "f32"
    ? `(i32.or (f32.gt ${get(v)} ${get(best)}) (f32.ne ${get(v)} ${get(v)}))`
    : `(i32.gt_s ${get(v)} ${get(best)})`;
  const stop = st === "f32" ? `(f32.ne ${get(best)} ${get(best)})` : "(i32.const 0)";
  const [out, top] = [fn.label(), fn.label()];
  const scan = `${set(p, `(i32.shl (i32.add (i32.mul ${get(o)} ${i32(R * inner)}) ${get(k)}) (i32.const 2))`)}
 ${set(best, loadScalar(dtype, inOff, get(p)))} ${set(idx, i32(0))} ${set(r, i32(1))}
 (block ${out} (loop ${top}
   (br_if ${out} (i32.ge_s ${get(r)} ${i32(R)}))
   (br_if ${out} ${stop})
   ${set(p, `(i32.add ${get(p)} ${i32(inner * 4)})`)}
   ${set(v, loadScalar(dtype, inOff, get(p)))}
   (if ${better} (then ${set(best, get(v))} ${set(idx, get(r))}))
   ${set(r, `(i32.add ${get(r)} (i32.const 1))`)}
   (br ${top})))
 ${storeScalar("i32", outOff, `(i32.shl (i32.add (i32.mul ${get(o)} ${i32(inner)}) ${get(k)}) (i32.const 2))`, get(idx))}`;
  return fn.range(o, 0, outer, 1, fn.range(k, 0, inner, 1, scan));
}

export function emitReduce(fn: Fn, node: Node, ctx: KernelCtx): string {
  const a = node.attrs as { op: ReduceOp; axes: number[] };
  const x = ctx.nodes[node.inputs[0]];
  const inOff = ctx.offset(x.id);
  const outOff = ctx.offset(node.id);
  if (elemBytes(x.dtype) !== 4) throw new Error(`internal: ${a.op} on ${x.dtype}`);
  if (product(node.shape) === 0) return "";
  if (a.op === "argmax") {
    const ax = a.axes[0];
    return argmax(fn, x.dtype, inOff, outOff, product(x.shape.slice(0, ax)), x.shape[ax], product(x.shape.slice(ax + 1)));
  }
  const groups = coalesce(x.shape, a.axes);
  const reducedGroups = groups.filter((g) => g.reduced).length;
  const outer = product(groups.slice(0, groups.findIndex((g) => g.reduced)).map((g) => g.size));
  if (reducedGroups === 0) return rowReduce(fn, a.op, x.dtype, inOff, outOff, product(x.shape), 1);
  if (reducedGroups === 1) {
    const ri = groups.findIndex((g) => g.reduced);
    const R = groups[ri].size;
    const inner = product(groups.slice(ri + 1).map((g) => g.size));
    if (inner === 1) return rowReduce(fn, a.op, x.dtype, inOff, outOff, outer, R);
    return colReduce(fn, a.op, x.dtype, inOff, outOff, outer, R, inner);
  }
  return genericReduce(fn, a.op, x.dtype, inOff, outOff, x.shape, a.axes);
}
