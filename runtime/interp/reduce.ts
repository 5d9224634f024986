// Reductions. Each output element folds the input elements that differ from it only along
// the reduced axes; f32 sums and products accumulate in f64 and round once at the end.
import type { ReduceOp } from "../../compiler/ir/ir.ts";
import { allocData, anyWide, numElements, stridesOf, type Tensor } from "./tensor.ts";

/** Flat offsets Σ iⱼ·strides[axes[j]] of every index combination over `axes`, row-major. */
function axisOffsets(shape: readonly number[], strides: readonly number[], axes: readonly number[]): number[] {
  let offs = [0];
  for (const a of axes) {
    const next: number[] = [];
    for (const o of offs) for (let i = 0; i < shape[a]; i++) next.push(o + i * strides[a]);
    offs = next;
  }
  return offs;
}

export function reduce(op: ReduceOp, x: Tensor, axes: readonly number[], keepdims: boolean): Tensor {
  const shape = x.shape.flatMap((d, i) => (!axes.includes(i) ? [d] : keepdims ? [1] : []));
  const strides = stridesOf(x.shape);
  const kept = x.shape.map((_, i) => i).filter((i) => !axes.includes(i));
  // Every output cell starts at one of `base` and folds the input at base + each of `inner`.
  const base = axisOffsets(x.shape, strides, kept);
  const inner = axisOffsets(x.shape, strides, axes);
  const isInt = x.dtype === "i32";
  const dtype = op === "argmax" ? "i32" : x.dtype;
  const out = allocData(dtype, numElements(shape), anyWide(x));
  const src = x.data;
  for (let o = 0; o < base.length; o++) {
    const b = base[o];
    let acc: number;
    switch (op) {
      case "reduce_sum":
        acc = 0;
        for (const r of inner) acc = isInt ? (acc + src[b + r]) | 0 : acc + src[b + r];
        break;
      case "reduce_prod":
        acc = 1;
        for (const r of inner) acc = isInt ? Math.imul(acc, src[b + r]) : acc * src[b + r];
        break;
      case "reduce_max":
        // An empty i32 max cannot be -inf: it is the smallest i32 instead.
        acc = isInt ? -2147483648 : -Infinity;
        for (const r of inner) acc = Math.max(acc, src[b + r]); // NaN propagates
        break;
      case "reduce_min":
        acc = isInt ? 2147483647 : Infinity;
        for (const r of inner) acc = Math.min(acc, src[b + r]);
        break;
      case "argmax": {
        // First index of the maximum; a NaN counts as larger than everything (as NumPy).
        let best = src[b + inner[0]];
        acc = 0;
        for (let k = 1; k < inner.length && !Number.isNaN(best); k++) {
          const v = src[b + inner[k]];
          if (v > best || Number.isNaN(v)) {
            best = v;
            acc = k;
          }
        }
        break;
      }
    }
    out[o] = acc;
  }
  return { dtype, shape, data: out };
}
