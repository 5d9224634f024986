// Building blocks of the reverse-mode rules (each op's `grad` in the op table): the adjoint of
// a broadcast operand summed back to its own shape, zero-padding an adjoint back into the
// tensor a slice took it from, and small constants. Everything here appends ordinary IR nodes,
// so a gradient graph goes through the same passes and backends as any other.
import type { GraphBuilder } from "../builder.ts";

/** A scalar constant broadcast to `like`'s shape (and dtype). */
export function filled(b: GraphBuilder, value: number, like: number): number {
  return b.broadcastTo(b.const(value, b.dtype(like), []), b.shape(like));
}

/**
 * The adjoint `g` of a value broadcast from `shape` (NumPy rules, right-aligned), summed back
 * over every axis the broadcast added or stretched.
 */
export function sumToShape(b: GraphBuilder, g: number, shape: readonly number[]): number {
  const from = b.shape(g);
  const off = from.length - shape.length;
  const axes = from.flatMap((d, i) => (i < off || (shape[i - off] === 1 && d !== 1) ? [i] : []));
  if (axes.length === 0) return g;
  return b.reshape(b.reduce("reduce_sum", g, axes, false), shape);
}

/**
 * `g` with `before` copies of a scalar (`fill`, a node of shape []; default 0) ahead of it and
 * `after` behind it along `axis`.
 */
export function padAxis(b: GraphBuilder, g: number, axis: number, before: number, after: number, fill?: number): number {
  const parts: number[] = [];
  const value = fill ?? b.const(0, b.dtype(g), []);
  const zeros = (n: number) => b.broadcastTo(value, b.shape(g).map((d, i) => (i === axis ? n : d)));
  if (before > 0) parts.push(zeros(before));
  parts.push(g);
  if (after > 0) parts.push(zeros(after));
  return parts.length === 1 ? g : b.concat(parts, axis);
}

/**
 * The adjoint of `x[start:end:step]` along one axis of length `d`, from the slice's adjoint
 * `g`: each element goes back to `start + i·step`, everything else is zero. A step above 1
 * interleaves `step - 1` zeros after each element first (a new axis, then a reshape).
 */
export function unsliceAxis(b: GraphBuilder, g: number, axis: number, start: number, step: number, d: number): number {
  const shape = b.shape(g);
  const n = shape[axis];
  let spread = g;
  let len = n;
  if (step > 1 && n > 0) {
    const col = [...shape.slice(0, axis + 1), 1, ...shape.slice(axis + 1)];
    const wide = padAxis(b, b.reshape(g, col), axis + 1, 0, step - 1);
    len = Math.min(n * step, d - start);
    spread = b.reshape(wide, [...shape.slice(0, axis), n * step, ...shape.slice(axis + 1)]);
    if (len < n * step) spread = b.sliceAxis(spread, axis, 0, len);
  }
  return padAxis(b, spread, axis, start, d - start - len);
}
