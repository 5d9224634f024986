// Data movement: broadcast, transpose and slice are all one strided copy, each output axis
// walking the input with the stride and from the offset their view rule gives (the op
// table, compiler/ir/ops/movement.ts); concat, gather and one_hot are plain loops.
import { IndexOutOfRangeError, type NodeOrigin } from "./errors.ts";
import { allocData, anyWide, numElements, type Tensor } from "./tensor.ts";

/** out[i₀, …, iₖ] = src[offset + Σ iⱼ·strides[j]] over `outShape`. */
export function stridedCopy(x: Tensor, outShape: readonly number[], strides: readonly number[], offset: number): Tensor {
  const n = numElements(outShape);
  const data = allocData(x.dtype, n, anyWide(x));
  const rank = outShape.length;
  const idx = new Array<number>(rank).fill(0);
  let src = offset;
  for (let i = 0; i < n; i++) {
    data[i] = x.data[src];
    // Odometer increment: bump the last axis, carrying into earlier ones.
    for (let k = rank - 1; k >= 0; k--) {
      idx[k]++;
      src += strides[k];
      if (idx[k] < outShape[k]) break;
      src -= strides[k] * outShape[k];
      idx[k] = 0;
    }
  }
  return { dtype: x.dtype, shape: [...outShape], data };
}

export function reshape(x: Tensor, shape: readonly number[]): Tensor {
  return { dtype: x.dtype, shape: [...shape], data: x.data.slice() };
}

export function concat(xs: readonly Tensor[], axis: number): Tensor {
  const first = xs[0];
  const outer = numElements(first.shape.slice(0, axis));
  const inner = numElements(first.shape.slice(axis + 1));
  const total = xs.reduce((acc, t) => acc + t.shape[axis], 0);
  const shape = first.shape.map((d, i) => (i === axis ? total : d));
  const data = allocData(first.dtype, numElements(shape), anyWide(...xs));
  const rowOut = total * inner;
  let col = 0;
  for (const t of xs) {
    const row = t.shape[axis] * inner;
    for (let o = 0; o < outer; o++) data.set(t.data.subarray(o * row, (o + 1) * row), o * rowOut + col);
    col += row;
  }
  return { dtype: first.dtype, shape, data };
}

export type OutOfRange = "throw" | "clamp";

export function gather(x: Tensor, indices: Tensor, axis: number, origin: NodeOrigin, onOutOfRange: OutOfRange): Tensor {
  const size = x.shape[axis];
  const outer = numElements(x.shape.slice(0, axis));
  const inner = numElements(x.shape.slice(axis + 1));
  const n = indices.data.length;
  const shape = [...x.shape.slice(0, axis), ...indices.shape, ...x.shape.slice(axis + 1)];
  const data = allocData(x.dtype, numElements(shape), anyWide(x));
  for (let j = 0; j < n; j++) {
    let k = indices.data[j];
    if (k < 0 || k >= size) {
      if (onOutOfRange === "throw" || size === 0) throw new IndexOutOfRangeError(origin, k, size, j);
      k = k < 0 ? 0 : size - 1;
    }
    for (let o = 0; o < outer; o++) {
      const src = (o * size + k) * inner;
      data.set(x.data.subarray(src, src + inner), (o * n + j) * inner);
    }
  }
  return { dtype: x.dtype, shape, data };
}

/** Rows of zeros for indices outside [0, depth), as the spec defines. */
export function oneHot(indices: Tensor, depth: number): Tensor {
  const n = indices.data.length;
  const data = new Float32Array(n * depth);
  for (let j = 0; j < n; j++) {
    const k = indices.data[j];
    if (k >= 0 && k < depth) data[j * depth + k] = 1;
  }
  return { dtype: "f32", shape: [...indices.shape, depth], data };
}
