// Batched matmul [..b, M, K] @ [..b, K, N] with a register-blocked SIMD micro-kernel and a fused
// epilogue. A block of 4 rows × 8 columns keeps eight f32x4 accumulators in registers across
// the whole K loop; each step loads two vectors of B's row (B's N axis has stride 1, which the
// scheduler guarantees) and splats one A element per row, so A may be any strided view (a
// transpose costs nothing). Edges: 4×4 and 1×8/1×4 blocks, then scalar columns. When the block
// is done, the epilogue (bias, activation, residual; the kernel's loop body with `acc` standing
// for the product) runs on the accumulators before the one store to memory.
import type { MatmulKernel } from "../schedule/schedule.ts";
import type { View } from "../schedule/view.ts";
import { addressAt, storeScalar, ValueEmitter, type LoopCtx } from "./loop.ts";
import { get, i32, set, type Fn } from "./wat.ts";

interface Mm {
  M: number;
  K: number;
  N: number;
  a: View;
  b: View;
  /** Byte offsets of A's, B's and the output's storage. */
  offA: number;
  offB: number;
}

interface Epilogue {
  em: ValueEmitter;
  k: MatmulKernel;
  ctx: LoopCtx;
  batch: string[];
  /** Whether the epilogue runs 4 lanes at once. */
  vec: boolean;
  trivial: boolean;
}

/** Byte address of a load or the store of the epilogue at (batch, row, col). */
function epAddr(ep: Epilogue, view: View, buf: number, es: number, row: string, col: string): string {
  const r = view.shape.length;
  return addressAt(ep.ctx.offsetOf(buf), es, view, (k) => (k < r - 2 ? ep.batch[k] : k === r - 2 ? row : col));
}

/** Stores the product at (row, col): 4 lanes from `acc` (a v128 local) or one f32. */
function storeResult(fn: Fn, ep: Epilogue, acc: string, lanes: number, row: string, col: string): string {
  const { em, k, ctx } = ep;
  const body = k.body;
  const store = body.store.view;
  const out = (c: string) => epAddr(ep, store, k.output, 4, row, c);
  if (ep.trivial) {
    return lanes === 4 ? `(v128.store align=4 ${out(col)} ${get(acc)})` : `(f32.store ${out(col)} ${get(acc)})`;
  }
  const all = body.values.map((_, i) => i);
  const point = (c: string, a: string) => ({
    addr: (i: number) => {
      const v = body.values[i] as { view: View; buf: number; dtype: "f32" | "i32" | "bool" };
      return epAddr(ep, v.view, v.buf, ctx.elemBytes(v.dtype), row, c);
    },
    coord: () => "(i32.const 0)",
    acc: a,
  });
  if (lanes === 4 && ep.vec) {
    return `${em.compute(all, "vec", point(col, get(acc)))}\n (v128.store align=4 ${out(col)} ${em.operand(body.store.value, "vec")})`;
  }
  const parts: string[] = [];
  for (let l = 0; l < lanes; l++) {
    const c = l === 0 ? col : `(i32.add ${col} ${i32(l)})`;
    const a = lanes === 4 ? `(f32x4.extract_lane ${l} ${get(acc)})` : get(acc);
    parts.push(`${em.compute(all, "sca", point(c, a))}\n ${storeScalar("f32", out(c), em.operand(body.store.value, "sca"), 4)}`);
  }
  return parts.join("\n ");
}

/** One rows×(vecs·4) block at (i, j). */
function microKernel(fn: Fn, mm: Mm, ep: Epilogue, rows: number, vecs: number, i: string, j: string, base: { a: string; b: string }): string {
  const { K, a, b } = mm;
  const r = a.shape.length;
  const [aRow, aK] = [a.strides[r - 2] * 4, a.strides[r - 1] * 4];
  const bK = b.strides[r - 2] * 4;
  const [pa, pb, p] = [fn.local("pa", "i32"), fn.local("pb", "i32"), fn.local("p", "i32")];
  const acc = (rr: number, c: number): string => fn.local(`acc${rr}_${c}`, "v128");
  const bv = (c: number): string => fn.local(`b${c}`, "v128");
  const av = fn.local("a", "v128");
  const lines: string[] = [];
  lines.push(set(pa, `(i32.add ${get(base.a)} (i32.mul ${get(i)} ${i32(aRow)}))`));
  lines.push(set(pb, `(i32.add ${get(base.b)} (i32.shl ${get(j)} (i32.const 2)))`));
  for (let rr = 0; rr < rows; rr++) for (let c = 0; c < vecs; c++) lines.push(set(acc(rr, c), "(v128.const i32x4 0 0 0 0)"));
  const step: string[] = [];
  for (let c = 0; c < vecs; c++) step.push(set(bv(c), `(v128.load offset=${c * 16} align=4 ${get(pb)})`));
  for (let rr = 0; rr < rows; rr++) {
    step.push(set(av, `(v128.load32_splat offset=${rr * aRow} ${get(pa)})`));
    for (let c = 0; c < vecs; c++) step.push(set(acc(rr, c), `(f32x4.add ${get(acc(rr, c))} (f32x4.mul ${get(av)} ${get(bv(c))}))`));
  }
  step.push(set(pa, `(i32.add ${get(pa)} ${i32(aK)})`));
  step.push(set(pb, `(i32.add ${get(pb)} ${i32(bK)})`));
  lines.push(fn.range(p, 0, K, 1, step.join("\n ")));
  for (let rr = 0; rr < rows; rr++) {
    for (let c = 0; c < vecs; c++) {
      const row = rr === 0 ? get(i) : `(i32.add ${get(i)} ${i32(rr)})`;
      const col = c === 0 ? get(j) : `(i32.add ${get(j)} ${i32(c * 4)})`;
      lines.push(storeResult(fn, ep, acc(rr, c), 4, row, col));
    }
  }
  return lines.join("\n");
}

/** Scalar dot products for one column j and `rows` rows. */
function scalarColumn(fn: Fn, mm: Mm, ep: Epilogue, rows: number, i: string, j: string, base: { a: string; b: string }): string {
  const { K, a, b } = mm;
  const r = a.shape.length;
  const [aRow, aK] = [a.strides[r - 2] * 4, a.strides[r - 1] * 4];
  const bK = b.strides[r - 2] * 4;
  const [pa, pb, p] = [fn.local("pa", "i32"), fn.local("pb", "i32"), fn.local("p", "i32")];
  const acc = (rr: number): string => fn.local(`sacc${rr}`, "f32");
  const bs = fn.local("bs", "f32");
  const lines: string[] = [];
  lines.push(set(pa, `(i32.add ${get(base.a)} (i32.mul ${get(i)} ${i32(aRow)}))`));
  lines.push(set(pb, `(i32.add ${get(base.b)} (i32.shl ${get(j)} (i32.const 2)))`));
  for (let rr = 0; rr < rows; rr++) lines.push(set(acc(rr), "(f32.const 0)"));
  const step = [set(bs, `(f32.load ${get(pb)})`)];
  for (let rr = 0; rr < rows; rr++) {
    step.push(set(acc(rr), `(f32.add ${get(acc(rr))} (f32.mul (f32.load offset=${rr * aRow} ${get(pa)}) ${get(bs)}))`));
  }
  step.push(set(pa, `(i32.add ${get(pa)} ${i32(aK)})`), set(pb, `(i32.add ${get(pb)} ${i32(bK)})`));
  lines.push(fn.range(p, 0, K, 1, step.join("\n ")));
  for (let rr = 0; rr < rows; rr++) lines.push(storeResult(fn, ep, acc(rr), 1, rr === 0 ? get(i) : `(i32.add ${get(i)} ${i32(rr)})`, get(j)));
  return lines.join("\n");
}

/** All columns of a band of `rows` rows starting at row i. */
function band(fn: Fn, mm: Mm, ep: Epilogue, rows: number, i: string, base: { a: string; b: string }): string {
  const j = fn.local("j", "i32");
  const n8 = Math.floor(mm.N / 8) * 8;
  const n4 = Math.floor(mm.N / 4) * 4;
  const parts = [fn.range(j, 0, n8, 8, microKernel(fn, mm, ep, rows, 2, i, j, base))];
  if (n4 > n8) parts.push(set(j, i32(n8)), microKernel(fn, mm, ep, rows, 1, i, j, base));
  parts.push(fn.range(j, n4, mm.N, 1, scalarColumn(fn, mm, ep, rows, i, j, base)));
  return parts.join("\n");
}

export function emitMatmul(ctx: LoopCtx, k: MatmulKernel): string {
  const fn = ctx.fn;
  const a = k.a.view;
  const b = k.b.view;
  const r = a.shape.length;
  const N = b.shape[r - 1];
  const mm: Mm = { M: a.shape[r - 2], K: a.shape[r - 1], N, a, b, offA: ctx.offsetOf(k.a.buf), offB: ctx.offsetOf(k.b.buf) };
  const batchDims = a.shape.slice(0, r - 2);
  if (batchDims.some((d) => d === 0) || mm.M === 0 || N === 0) return "";
  const em = new ValueEmitter(ctx, k.body, "", "all");
  const all = k.body.values.map((_, i) => i);
  const storeStride = k.body.store.view.strides[r - 1];
  const trivial = k.body.values.length === 1 && (storeStride === 1 || N === 1);
  const vec = !trivial && em.vectorizable(all) && (storeStride === 1 || N === 1) &&
    k.body.values.every((v) => v.k !== "load" || v.view.strides[r - 1] === 0 || v.view.strides[r - 1] === 1);
  const batch = batchDims.map((_, q) => fn.local(`bi${q}`, "i32"));
  const ep: Epilogue = { em, k, ctx, batch: batch.map(get), vec, trivial };
  const base = { a: fn.local("ab", "i32"), b: fn.local("bb", "i32") };
  const i = fn.local("i", "i32");
  const m4 = Math.floor(mm.M / 4) * 4;
  const atBatch = (off: number, v: View): string => addressAt(off, 4, v, (q) => (q < r - 2 ? get(batch[q]) : undefined));
  let body = `${set(base.a, atBatch(mm.offA, a))}
${set(base.b, atBatch(mm.offB, b))}
${fn.range(i, 0, m4, 4, band(fn, mm, ep, 4, i, base))}
${fn.range(i, m4, mm.M, 1, band(fn, mm, ep, 1, i, base))}`;
  for (let q = batch.length - 1; q >= 0; q--) body = fn.range(batch[q], 0, batchDims[q], 1, body);
  return body;
}
