// Data movement: broadcast, transpose and slice as one strided copy; concat, gather and
// one_hot. Contiguous rows move with memory.copy, broadcast rows are filled with a splat
// (SIMD stores for 4-byte elements, memory.fill for bytes), and everything else is a scalar loop.
import type { Node } from "../ir/ir.ts";
import { elemBytes, loadScalar, product, storeScalar, strides, type KernelCtx } from "./kernel.ts";
import { get, i32, set, type Fn } from "./wat.ts";

interface Dim {
  size: number;
  /** Source stride in elements. */
  stride: number;
}

/** Drops size-1 axes and merges neighbours that walk the source as one axis. */
function simplify(shape: readonly number[], srcStrides: readonly number[]): Dim[] {
  const dims: Dim[] = [];
  shape.forEach((size, k) => {
    if (size === 1) return;
    const last = dims[dims.length - 1];
    if (last && last.stride === srcStrides[k] * size) {
      last.size *= size;
      last.stride = srcStrides[k];
    } else dims.push({ size, stride: srcStrides[k] });
  });
  return dims.length > 0 ? dims : [{ size: 1, stride: 1 }];
}

/** out[i…] = src[offset + Σ i·stride] over `shape`, row-major output. */
export function stridedCopy(fn: Fn, node: Node, ctx: KernelCtx, srcStrides: readonly number[], srcOffset: number): string {
  const es = elemBytes(node.dtype);
  const inOff = ctx.offset(node.inputs[0]);
  const outOff = ctx.offset(node.id);
  if (product(node.shape) === 0) return "";
  const dims = simplify(node.shape, srcStrides);
  const r = dims.length;
  const outStrides = strides(dims.map((d) => d.size));
  const s = (k: number): string => fn.local(`s${k}`, "i32");
  const d = (k: number): string => fn.local(`d${k}`, "i32");
  const inner = dims[r - 1];
  const row = (): string => {
    const [sp, dp] = [get(s(r - 1)), get(d(r - 1))];
    if (inner.stride === 1) {
      return `(memory.copy (i32.add ${dp} ${i32(outOff)}) (i32.add ${sp} ${i32(inOff)}) ${i32(inner.size * es)})`;
    }
    if (inner.stride === 0 && es === 1) {
      return `(memory.fill (i32.add ${dp} ${i32(outOff)}) ${loadScalar(node.dtype, inOff, sp)} ${i32(inner.size)})`;
    }
    const j = fn.local("j", "i32");
    if (inner.stride === 0) {
      const v = fn.local("v", "v128");
      const nv = Math.floor(inner.size / 4) * 4;
      return `${set(v, `(v128.load32_splat offset=${inOff} ${sp})`)}
${fn.range(j, 0, nv * 4, 16, `(v128.store offset=${outOff} (i32.add ${dp} ${get(j)}) ${get(v)})`)}
${fn.range(j, nv * 4, inner.size * 4, 4, `(v128.store32_lane offset=${outOff} 0 (i32.add ${dp} ${get(j)}) ${get(v)})`)}`;
    }
    const t = fn.local("t", "i32");
    return `${set(t, sp)}
${fn.range(j, 0, inner.size * es, es, `${storeScalar(node.dtype, outOff, `(i32.add ${dp} ${get(j)})`, loadScalar(node.dtype, inOff, get(t)))}
 ${set(t, `(i32.add ${get(t)} ${i32(inner.stride * es)})`)}`)}`;
  };
  const level = (k: number): string => {
    if (k === r - 1) return row();
    const i = fn.local(`i${k}`, "i32");
    return `${set(s(k + 1), get(s(k)))} ${set(d(k + 1), get(d(k)))}
${fn.range(i, 0, dims[k].size, 1, `${level(k + 1)}
 ${set(s(k + 1), `(i32.add ${get(s(k + 1))} ${i32(dims[k].stride * es)})`)}
 ${set(d(k + 1), `(i32.add ${get(d(k + 1))} ${i32(outStrides[k] * es)})`)}`)}`;
  };
  return `${set(s(0), i32(srcOffset * es))} ${set(d(0), i32(0))}\n${level(0)}`;
}

function concat(fn: Fn, node: Node, ctx: KernelCtx, axis: number): string {
  const es = elemBytes(node.dtype);
  const outer = product(node.shape.slice(0, axis));
  const inner = product(node.shape.slice(axis + 1));
  const rowOut = node.shape[axis] * inner * es;
  const o = fn.local("o", "i32");
  let col = 0;
  const parts: string[] = [];
  for (const id of node.inputs) {
    const row = ctx.nodes[id].shape[axis] * inner * es;
    if (row > 0 && outer > 0) {
      const dst = `(i32.add (i32.mul ${get(o)} ${i32(rowOut)}) ${i32(ctx.offset(node.id) + col)})`;
      const src = `(i32.add (i32.mul ${get(o)} ${i32(row)}) ${i32(ctx.offset(id))})`;
      parts.push(fn.range(o, 0, outer, 1, `(memory.copy ${dst} ${src} ${i32(row)})`));
    }
    col += row;
  }
  return parts.join("\n");
}

/** Out-of-range indices are clamped into range, as spec/builtins.md says compiled backends do. */
function gather(fn: Fn, node: Node, ctx: KernelCtx, axis: number): string {
  const [xId, idxId] = node.inputs;
  const x = ctx.nodes[xId];
  const es = elemBytes(node.dtype);
  const size = x.shape[axis];
  const outer = product(x.shape.slice(0, axis));
  const inner = product(x.shape.slice(axis + 1)) * es;
  const n = product(ctx.nodes[idxId].shape);
  if (outer * n * inner === 0) return "";
  if (size === 0) return `(memory.fill ${i32(ctx.offset(node.id))} (i32.const 0) ${i32(outer * n * inner)})`;
  const [j, k, o] = [fn.local("j", "i32"), fn.local("k", "i32"), fn.local("o", "i32")];
  const copy = `(memory.copy
   (i32.add (i32.mul (i32.add (i32.mul ${get(o)} ${i32(n)}) ${get(j)}) ${i32(inner)}) ${i32(ctx.offset(node.id))})
   (i32.add (i32.mul (i32.add (i32.mul ${get(o)} ${i32(size)}) ${get(k)}) ${i32(inner)}) ${i32(ctx.offset(xId))})
   ${i32(inner)})`;
  return fn.range(j, 0, n, 1, `${set(k, loadScalar("i32", ctx.offset(idxId), `(i32.shl ${get(j)} (i32.const 2))`))}
 ${set(k, `(select (i32.const 0) ${get(k)} (i32.lt_s ${get(k)} (i32.const 0)))`)}
 ${set(k, `(select ${i32(size - 1)} ${get(k)} (i32.ge_s ${get(k)} ${i32(size)}))`)}
 ${fn.range(o, 0, outer, 1, copy)}`);
}

/** Rows of zeros for indices outside [0, depth). */
function oneHot(fn: Fn, node: Node, ctx: KernelCtx, depth: number): string {
  const idxId = node.inputs[0];
  const n = product(ctx.nodes[idxId].shape);
  const out = ctx.offset(node.id);
  const [j, k] = [fn.local("j", "i32"), fn.local("k", "i32")];
  if (n === 0) return "";
  return `(memory.fill ${i32(out)} (i32.const 0) ${i32(n * depth * 4)})
${fn.range(j, 0, n, 1, `${set(k, loadScalar("i32", ctx.offset(idxId), `(i32.shl ${get(j)} (i32.const 2))`))}
 (if (i32.lt_u ${get(k)} ${i32(depth)}) (then
   (f32.store offset=${out} (i32.shl (i32.add (i32.mul ${get(j)} ${i32(depth)}) ${get(k)}) (i32.const 2)) (f32.const 1))))`)}`;
}

export function emitMovement(fn: Fn, node: Node, ctx: KernelCtx): string {
  const a = node.attrs;
  const x = ctx.nodes[node.inputs[0]];
  const inStrides = strides(x.shape);
  switch (a.op) {
    case "broadcast": {
      const off = a.shape.length - x.shape.length;
      return stridedCopy(fn, node, ctx, a.shape.map((_, k) => (k < off || x.shape[k - off] === 1 ? 0 : inStrides[k - off])), 0);
    }
    case "transpose":
      return stridedCopy(fn, node, ctx, a.perm.map((p) => inStrides[p]), 0);
    case "slice":
      return stridedCopy(fn, node, ctx, a.steps.map((st, k) => st * inStrides[k]), a.starts.reduce((acc, s, k) => acc + s * inStrides[k], 0));
    case "reshape": // normally a view; a copy is also right
      return stridedCopy(fn, node, ctx, strides(node.shape), 0);
    case "concat":
      return concat(fn, node, ctx, a.axis);
    case "gather":
      return gather(fn, node, ctx, a.axis);
    case "one_hot":
      return oneHot(fn, node, ctx, a.depth);
    default:
      throw new Error(`internal: ${a.op} is not a movement op`);
  }
}
