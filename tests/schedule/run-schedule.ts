// A reference executor of schedules, for tests: runs every kernel point by point from the
// schedule alone (views, loop values, stores), with the interpreter's op semantics. A schedule
// that this executor runs to the interpreter's answer is a correct schedule, whatever any
// backend then does with it, so fusion bugs and rendering bugs are caught apart.
import type { Graph } from "../../compiler/ir/ir.ts";
import { numElements } from "../../compiler/ir/infer.ts";
import { BOOL_BINARY, BOOL_UNARY, F32_BINARY, F32_UNARY, I32_BINARY, I32_UNARY } from "../../compiler/ir/scalar.ts";
import type { Kernel, LoopBody, LoopValue, Schedule } from "../../compiler/schedule/schedule.ts";
import { at } from "../../compiler/schedule/view.ts";
import { conv2d, pool2d } from "../../runtime/interp/nn.ts";
import { reduce } from "../../runtime/interp/reduce.ts";
import { tensorOf, type Tensor } from "../../runtime/interp/tensor.ts";

const UNARY = { f32: F32_UNARY, i32: I32_UNARY, bool: BOOL_UNARY } as Record<string, Record<string, (x: number) => number>>;
const BINARY = { f32: F32_BINARY, i32: I32_BINARY, bool: BOOL_BINARY } as Record<string, Record<string, (a: number, b: number) => number>>;

function round(dtype: string, v: number): number {
  return dtype === "f32" ? Math.fround(v) : dtype === "i32" ? v | 0 : v ? 1 : 0;
}

function coords(shape: readonly number[], lin: number): number[] {
  const c = new Array<number>(shape.length);
  for (let k = shape.length - 1; k >= 0; k--) {
    c[k] = shape[k] === 0 ? 0 : lin % shape[k];
    lin = shape[k] === 0 ? 0 : Math.floor(lin / shape[k]);
  }
  return c;
}

export function runSchedule(s: Schedule, graph: Graph, inputs: Map<string, Tensor>, params: Map<string, Tensor>): Map<string, Tensor> {
  const mem = s.buffers.map((b) => new Float64Array(b.alias ? 0 : Math.max(1, numElements(b.shape))).fill(NaN));
  const storage = (id: number): number => {
    let b = s.buffers[id];
    while (b.alias) b = s.buffers[b.alias.of];
    return b.id;
  };
  for (const b of s.buffers) {
    if (b.role === "const") mem[b.id].set(b.constData!);
    if (b.role === "input") mem[b.id].set(inputs.get(b.name!)!.data);
    if (b.role === "param") mem[b.id].set(params.get(b.name!)!.data);
  }
  for (const k of s.kernels) runKernel(k, s, graph, mem, storage);
  const out = new Map<string, Tensor>();
  for (const o of s.outputs) {
    const b = s.buffers[o.buf];
    out.set(o.name, tensorOf(b.dtype, b.shape, mem[storage(o.buf)].subarray(0, numElements(b.shape))));
  }
  return out;
}

function runKernel(k: Kernel, s: Schedule, graph: Graph, mem: Float64Array[], storage: (id: number) => number): void {
  const read = (buf: number, off: number): number => {
    const m = mem[storage(buf)];
    if (!(off >= 0 && off < m.length)) throw new Error(`${k.name}: read of b${buf} at ${off} is out of bounds (${m.length})`);
    return m[off];
  };
  const tensorIn = (buf: number): Tensor => {
    const b = s.buffers[buf];
    return tensorOf(b.dtype, b.shape, mem[storage(buf)].subarray(0, numElements(b.shape)));
  };
  if (k.kind === "opaque") {
    const n = graph.nodes[k.node];
    const a = n.attrs;
    const x = tensorIn(k.inputs[0]);
    const r = a.op === "argmax" ? reduce("argmax", x, a.axes, a.keepdims)
      : pool2d(a.op === "max_pool2d" ? "max" : "avg", x, a as { size: number; stride: number; padding: number });
    mem[storage(k.output)].set(r.data);
    return;
  }
  let acc: (c: readonly number[]) => number = () => NaN;
  if (k.kind === "matmul") {
    // The whole product once, indexed by the output's row-major position over the domain.
    const { a, b } = k;
    const r = a.view.shape.length;
    const [M, K, N] = [a.view.shape[r - 2], a.view.shape[r - 1], b.view.shape[r - 1]];
    const batchShape = a.view.shape.slice(0, r - 2);
    const nb = numElements(batchShape);
    const prod = new Float64Array(nb * M * N);
    for (let bi = 0; bi < nb; bi++) {
      const bc = coords(batchShape, bi);
      for (let i = 0; i < M; i++) {
        for (let j = 0; j < N; j++) {
          let sum = 0;
          for (let p = 0; p < K; p++) sum += read(a.buf, at(a.view, [...bc, i, p])) * read(b.buf, at(b.view, [...bc, p, j]));
          prod[(bi * M + i) * N + j] = Math.fround(sum);
        }
      }
    }
    acc = (c) => {
      let lin = 0;
      for (let q = 0; q < c.length; q++) lin = lin * k.body.domain[q] + c[q];
      return prod[lin];
    };
  } else if (k.kind === "conv2d") {
    const n = graph.nodes[k.node];
    const res = conv2d(tensorIn(k.x), tensorIn(k.w), n.attrs as { stride: number; padding: number; dilation: number; groups: number });
    acc = (c) => res.data[at({ shape: res.shape, strides: [res.shape[1] * res.shape[2] * res.shape[3], res.shape[2] * res.shape[3], res.shape[3], 1], offset: 0 }, c)];
  }
  runBody(k.name, k.body, read, mem[storage(k.output)], acc);
}

function runBody(name: string, b: LoopBody, read: (buf: number, off: number) => number, out: Float64Array, acc: (c: readonly number[]) => number): void {
  const d = b.domain.length;
  const outerShape = b.domain.slice(0, d - b.inner);
  const innerShape = b.domain.slice(d - b.inner);
  const nOuter = numElements(outerShape);
  const nInner = numElements(innerShape);
  for (let o = 0; o < nOuter; o++) {
    const oc = coords(outerShape, o);
    const reduced = new Map<number, number>();
    const evalAt = (i: number, c: readonly number[]): number => {
      const v: LoopValue = b.values[i];
      switch (v.k) {
        case "load":
          return read(v.buf, at(v.view, c));
        case "gather": {
          const idx = Math.min(Math.max(evalAt(v.index, c), 0), v.size - 1);
          return read(v.buf, at(v.view, c) + idx * v.stride);
        }
        case "const":
          return v.value;
        case "iota":
          return c[v.axis];
        case "acc":
          return acc(c);
        case "reduce": {
          const hit = reduced.get(i);
          if (hit !== undefined) return hit;
          let r = v.op === "reduce_sum" ? 0 : v.op === "reduce_prod" ? 1 : v.op === "reduce_max" ? -Infinity : Infinity;
          if (v.dtype === "i32" && v.op === "reduce_max") r = -2147483648;
          if (v.dtype === "i32" && v.op === "reduce_min") r = 2147483647;
          for (let j = 0; j < nInner; j++) {
            const x = evalAt(v.arg, [...oc, ...coords(innerShape, j)]);
            if (v.op === "reduce_sum") r += x;
            else if (v.op === "reduce_prod") r *= x;
            else if (Number.isNaN(x) || Number.isNaN(r)) r = NaN;
            else r = v.op === "reduce_max" ? Math.max(r, x) : Math.min(r, x);
          }
          r = round(v.dtype, r);
          reduced.set(i, r);
          return r;
        }
        case "op": {
          const xs = v.args.map((a) => evalAt(a, c));
          const argType = b.values[v.args[0]];
          const inDtype = argType.dtype;
          const a = v.attrs;
          if (a.op === "where") return round(v.dtype, xs[0] ? xs[1] : xs[2]);
          if (a.op === "cast") return a.to === "bool" ? (xs[0] !== 0 ? 1 : 0) : a.to === "i32" ? Math.trunc(xs[0]) | 0 : Math.fround(xs[0]);
          const f = xs.length === 1 ? UNARY[inDtype]?.[a.op] : BINARY[inDtype]?.[a.op];
          if (!f) throw new Error(`${name}: no ${a.op} on ${inDtype}`);
          return round(v.dtype, (f as (...z: number[]) => number)(...xs));
        }
      }
    };
    for (let j = 0; j < nInner; j++) {
      const c = [...oc, ...coords(innerShape, j)];
      const off = at(b.store.view, c);
      if (!(off >= 0 && off < out.length)) throw new Error(`${name}: store at ${off} is out of bounds (${out.length})`);
      out[off] = evalAt(b.store.value, c);
    }
  }
}
