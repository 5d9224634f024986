// Strided views: how a kernel reads (or writes) a buffer without copying it. A view maps the
// coordinates of a logical shape to an element offset, `offset + Σ coord[k]·strides[k]`, so
// broadcast (stride 0), transpose (permuted strides), slice (offset, scaled strides) and most
// reshapes compose into one view over the underlying buffer. A reshape that no strided view
// can express (merging axes that are not laid out one after the other) returns undefined, and
// the scheduler materializes the value instead.
import { strides as rowMajor } from "../ir/infer.ts";

export interface View {
  readonly shape: readonly number[];
  /** Element strides, one per axis (0 for a broadcast axis). */
  readonly strides: readonly number[];
  /** Element offset of coordinate 0. */
  readonly offset: number;
}

export function contiguous(shape: readonly number[], offset = 0): View {
  return { shape: [...shape], strides: rowMajor(shape), offset };
}

/** Whether the view reads its buffer row-major from `offset` with no gaps or repeats. */
export function isContiguous(v: View): boolean {
  const want = rowMajor(v.shape);
  return v.shape.every((d, k) => d === 1 || v.strides[k] === want[k]);
}

/** NumPy broadcast to `shape` (right-aligned; size-1 and missing axes get stride 0). */
export function expand(v: View, shape: readonly number[]): View {
  const off = shape.length - v.shape.length;
  return {
    shape: [...shape],
    strides: shape.map((d, k) => (k < off || (v.shape[k - off] === 1 && d !== 1) ? 0 : v.strides[k - off])),
    offset: v.offset,
  };
}

export function permute(v: View, perm: readonly number[]): View {
  return { shape: perm.map((p) => v.shape[p]), strides: perm.map((p) => v.strides[p]), offset: v.offset };
}

export function slice(v: View, starts: readonly number[], ends: readonly number[], steps: readonly number[]): View {
  return {
    shape: v.shape.map((_, k) => Math.max(0, Math.ceil((ends[k] - starts[k]) / steps[k]))),
    strides: v.strides.map((s, k) => s * steps[k]),
    offset: v.offset + starts.reduce((acc, s, k) => acc + s * v.strides[k], 0),
  };
}

/**
 * The same elements in row-major order under a new shape, when a strided view can say it:
 * each run of old axes that merges into (or splits out of) new axes must be laid out with
 * strides that nest (stride[k] = stride[k+1]·size[k+1]), as in PyTorch's view rules.
 */
export function reshape(v: View, shape: readonly number[]): View | undefined {
  const total = shape.reduce((a, b) => a * b, 1);
  if (total !== v.shape.reduce((a, b) => a * b, 1)) return undefined;
  if (total === 0) return contiguous(shape, v.offset);
  // Size-1 axes carry no stride information; drop them on the old side.
  const old = v.shape.map((d, k) => ({ d, s: v.strides[k] })).filter((a) => a.d !== 1);
  const out = new Array<number>(shape.length).fill(0);
  let i = 0;
  let j = 0;
  while (j < shape.length && shape[j] === 1) j++;
  while (i < old.length) {
    // One chunk: old axes [i, i2) and new axes [j, j2) with equal element counts.
    let i2 = i + 1;
    let j2 = j;
    let oldCount = old[i].d;
    let newCount = 1;
    while (j2 < shape.length && newCount * shape[j2] <= oldCount && (newCount < oldCount || shape[j2] === 1)) newCount *= shape[j2++];
    while (newCount !== oldCount) {
      if (newCount < oldCount) {
        if (j2 >= shape.length) return undefined;
        newCount *= shape[j2++];
      } else {
        if (i2 >= old.length) return undefined;
        oldCount *= old[i2++].d;
      }
    }
    for (let k = i; k < i2 - 1; k++) if (old[k].s !== old[k + 1].s * old[k + 1].d) return undefined;
    let s = old[i2 - 1].s;
    for (let k = j2 - 1; k >= j; k--) {
      out[k] = shape[k] === 1 ? 0 : s;
      s *= shape[k];
    }
    i = i2;
    j = j2;
    while (j < shape.length && shape[j] === 1) j++;
  }
  return { shape: [...shape], strides: out, offset: v.offset };
}

/** Element offset of a coordinate. */
export function at(v: View, coord: readonly number[]): number {
  return coord.reduce((acc, c, k) => acc + c * v.strides[k], v.offset);
}

export function sameView(a: View, b: View): boolean {
  return a.offset === b.offset && a.shape.length === b.shape.length &&
    a.shape.every((d, k) => d === b.shape[k] && (d === 1 || a.strides[k] === b.strides[k]));
}
