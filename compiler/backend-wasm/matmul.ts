// Batched matmul [..b, M, K] @ [..b, K, N] with a register-blocked SIMD micro-kernel: a block
// of 4 rows × 8 columns keeps eight f32x4 accumulators in registers across the whole K loop;
// each step loads two vectors of B's row (N is contiguous, so B needs no packing) and
// broadcasts one A element per row. Edges: 4×4 and 1×8/1×4 blocks, then scalar columns.
// Accumulation is in f32 (the interpreter sums in f64), which stays well inside the 1e-4
// relative tolerance for the sizes we run.
import type { Node } from "../ir/ir.ts";
import { product, type KernelCtx } from "./kernel.ts";
import { get, i32, set, type Fn } from "./wat.ts";

interface Mm {
  M: number;
  K: number;
  N: number;
  offA: number;
  offB: number;
  offC: number;
}

/** One rows×(vecs·4) block at (i, j) = locals; pa/pb/pc are byte offsets relative to the buffers. */
function microKernel(fn: Fn, mm: Mm, rows: number, vecs: number, i: string, j: string, base: { a: string; b: string; c: string }): string {
  const { K, N, offA, offB, offC } = mm;
  const [pa, pb, pc, p] = [fn.local("pa", "i32"), fn.local("pb", "i32"), fn.local("pc", "i32"), fn.local("p", "i32")];
  const acc = (r: number, c: number): string => fn.local(`acc${r}_${c}`, "v128");
  const bv = (c: number): string => fn.local(`b${c}`, "v128");
  const av = fn.local("a", "v128");
  const lines: string[] = [];
  lines.push(set(pa, `(i32.add ${get(base.a)} (i32.mul ${get(i)} ${i32(K * 4)}))`));
  lines.push(set(pb, `(i32.add ${get(base.b)} (i32.shl ${get(j)} (i32.const 2)))`));
  for (let r = 0; r < rows; r++) for (let c = 0; c < vecs; c++) lines.push(set(acc(r, c), "(v128.const i32x4 0 0 0 0)"));
  const step: string[] = [];
  for (let c = 0; c < vecs; c++) step.push(set(bv(c), `(v128.load offset=${offB + c * 16} align=4 ${get(pb)})`));
  for (let r = 0; r < rows; r++) {
    step.push(set(av, `(v128.load32_splat offset=${offA + r * K * 4} ${get(pa)})`));
    for (let c = 0; c < vecs; c++) step.push(set(acc(r, c), `(f32x4.add ${get(acc(r, c))} (f32x4.mul ${get(av)} ${get(bv(c))}))`));
  }
  step.push(set(pa, `(i32.add ${get(pa)} (i32.const 4))`));
  step.push(set(pb, `(i32.add ${get(pb)} ${i32(N * 4)})`));
  lines.push(fn.range(p, 0, K, 1, step.join("\n ")));
  lines.push(set(pc, `(i32.add ${get(base.c)} (i32.shl (i32.add (i32.mul ${get(i)} ${i32(N)}) ${get(j)}) (i32.const 2)))`));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < vecs; c++) lines.push(`(v128.store offset=${offC + r * N * 4 + c * 16} align=4 ${get(pc)} ${get(acc(r, c))})`);
  }
  return lines.join("\n");
}

/** Scalar dot products for one column j and `rows` rows. */
function scalarColumn(fn: Fn, mm: Mm, rows: number, i: string, j: string, base: { a: string; b: string; c: string }): string {
  const { K, N, offA, offB, offC } = mm;
  const [pa, pb, pc, p] = [fn.local("pa", "i32"), fn.local("pb", "i32"), fn.local("pc", "i32"), fn.local("p", "i32")];
  const acc = (r: number): string => fn.local(`sacc${r}`, "f32");
  const bs = fn.local("bs", "f32");
  const lines: string[] = [];
  lines.push(set(pa, `(i32.add ${get(base.a)} (i32.mul ${get(i)} ${i32(K * 4)}))`));
  lines.push(set(pb, `(i32.add ${get(base.b)} (i32.shl ${get(j)} (i32.const 2)))`));
  for (let r = 0; r < rows; r++) lines.push(set(acc(r), "(f32.const 0)"));
  const step = [set(bs, `(f32.load offset=${offB} ${get(pb)})`)];
  for (let r = 0; r < rows; r++) {
    step.push(set(acc(r), `(f32.add ${get(acc(r))} (f32.mul (f32.load offset=${offA + r * K * 4} ${get(pa)}) ${get(bs)}))`));
  }
  step.push(set(pa, `(i32.add ${get(pa)} (i32.const 4))`), set(pb, `(i32.add ${get(pb)} ${i32(N * 4)})`));
  lines.push(fn.range(p, 0, K, 1, step.join("\n ")));
  lines.push(set(pc, `(i32.add ${get(base.c)} (i32.shl (i32.add (i32.mul ${get(i)} ${i32(N)}) ${get(j)}) (i32.const 2)))`));
  for (let r = 0; r < rows; r++) lines.push(`(f32.store offset=${offC + r * N * 4} ${get(pc)} ${get(acc(r))})`);
  return lines.join("\n");
}

/** All columns of a band of `rows` rows starting at row i. */
function band(fn: Fn, mm: Mm, rows: number, i: string, base: { a: string; b: string; c: string }): string {
  const j = fn.local("j", "i32");
  const n8 = Math.floor(mm.N / 8) * 8;
  const n4 = Math.floor(mm.N / 4) * 4;
  const parts = [fn.range(j, 0, n8, 8, microKernel(fn, mm, rows, 2, i, j, base))];
  if (n4 > n8) parts.push(set(j, i32(n8)), microKernel(fn, mm, rows, 1, i, j, base));
  parts.push(fn.range(j, n4, mm.N, 1, scalarColumn(fn, mm, rows, i, j, base)));
  return parts.join("\n");
}

export function emitMatmul(fn: Fn, node: Node, ctx: KernelCtx): string {
  const [aId, bId] = node.inputs;
  const sa = ctx.nodes[aId].shape;
  const r = sa.length;
  const mm: Mm = { M: sa[r - 2], K: sa[r - 1], N: node.shape[r - 1], offA: ctx.offset(aId), offB: ctx.offset(bId), offC: ctx.offset(node.id) };
  const batch = product(sa.slice(0, r - 2));
  if (batch * mm.M * mm.N === 0) return "";
  if (mm.K === 0) return `(memory.fill ${i32(mm.offC)} (i32.const 0) ${i32(batch * mm.M * mm.N * 4)})`;
  const base = { a: fn.local("ab", "i32"), b: fn.local("bb", "i32"), c: fn.local("cb", "i32") };
  const [bi, i] = [fn.local("bi", "i32"), fn.local("i", "i32")];
  const m4 = Math.floor(mm.M / 4) * 4;
  const body = `${set(base.a, `(i32.mul ${get(bi)} ${i32(mm.M * mm.K * 4)})`)}
${set(base.b, `(i32.mul ${get(bi)} ${i32(mm.K * mm.N * 4)})`)}
${set(base.c, `(i32.mul ${get(bi)} ${i32(mm.M * mm.N * 4)})`)}
${fn.range(i, 0, m4, 4, band(fn, mm, 4, i, base))}
${fn.range(i, m4, mm.M, 1, band(fn, mm, 1, i, base))}`;
  return fn.range(bi, 0, batch, 1, body);
}
