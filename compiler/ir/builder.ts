// GraphBuilder: appends IR nodes one at a time, inferring and validating each node's type as
// it goes (via infer.ts), so a graph that finishes is well-typed by construction. The
// convenience helpers (binaryBroadcast, matmul, reduce with negative axes, reshape with -1)
// do the NumPy-style bookkeeping that the primitive ops deliberately leave out.
import type { Span } from "../source.ts";
import { LimitError, MAX_IR_NODES, formatCount } from "../limits.ts";
import type { Attrs, BinaryOp, DType, Graph, Init, NamedValue, Node, ReduceOp, UnaryOp } from "./ir.ts";
import { IrError, broadcastShapes, fmtShape, fmtType, inferType, numElements, sameShape, type TensorType } from "./infer.ts";

export interface Conv2dOptions {
  stride?: number;
  padding?: number;
  dilation?: number;
  groups?: number;
}

export interface PoolOptions {
  size: number;
  /** Defaults to `size`. */
  stride?: number;
  padding?: number;
}

export interface BuilderOptions {
  /** Reuse an existing const node with the same dtype, shape and values (default true). */
  cseConsts?: boolean;
}

export class GraphBuilder {
  private readonly nodeList: Node[] = [];
  private readonly spanList: (Span | undefined)[] = [];
  private readonly inputList: NamedValue[] = [];
  private readonly paramNames = new Set<string>();
  private readonly constCache = new Map<string, number>();
  private readonly cseConsts: boolean;
  private finished = false;

  constructor(options: BuilderOptions = {}) {
    this.cseConsts = options.cseConsts ?? true;
  }

  get nodes(): readonly Node[] {
    return this.nodeList;
  }

  /** The type of an existing node. */
  type(id: number): TensorType {
    return this.get(id);
  }

  shape(id: number): readonly number[] {
    return this.get(id).shape;
  }

  dtype(id: number): DType {
    return this.get(id).dtype;
  }

  /** Appends a node after inferring its type; the primitive that every helper goes through. */
  node(attrs: Attrs, inputs: readonly number[], span?: Span, declared?: TensorType): number {
    if (this.finished) throw new IrError(`${attrs.op}: the builder has already finished its graph`);
    // Checked before anything is allocated: a program that doubles its layers 40 times stops here.
    if (this.nodeList.length >= MAX_IR_NODES) {
      throw new LimitError("E1103", span, `the graph would have more than ${formatCount(MAX_IR_NODES)} nodes`,
        "nested layers and calls multiply: each layer using two of the one below doubles the graph");
    }
    const types = inputs.map((id) => {
      if (!Number.isInteger(id) || id < 0 || id >= this.nodeList.length) {
        throw new IrError(`${attrs.op}: input %${id} does not exist (graph has ${this.nodeList.length} nodes)`);
      }
      return this.nodeList[id];
    });
    const t = inferType(attrs, types, declared);
    const id = this.nodeList.length;
    this.nodeList.push({ id, dtype: t.dtype, shape: t.shape, inputs: [...inputs], attrs });
    this.spanList.push(span);
    return id;
  }

  // ---- sources ----

  input(name: string, dtype: DType, shape: readonly number[], span?: Span): number {
    if (this.inputList.some((v) => v.name === name)) throw new IrError(`input: name "${name}" is already used by another input`);
    const id = this.node({ op: "input", name }, [], span, { dtype, shape });
    this.inputList.push({ name, node: id });
    return id;
  }

  param(name: string, dtype: DType, shape: readonly number[], init: Init, options: { trainable?: boolean } = {}, span?: Span): number {
    if (this.paramNames.has(name)) throw new IrError(`param: name "${name}" is already used by another param`);
    const id = this.node({ op: "param", name, init, trainable: options.trainable ?? true }, [], span, { dtype, shape });
    this.paramNames.add(name);
    return id;
  }

  /** A constant tensor; a single number is filled to `shape` (default: a scalar). */
  const(value: number | readonly number[], dtype: DType, shape: readonly number[] = [], span?: Span): number {
    const values = typeof value === "number" ? new Array<number>(numElements(shape)).fill(value) : [...value];
    const key = `${dtype}|${shape.join(",")}|${values.map((v) => (Object.is(v, -0) ? "-0" : String(v))).join(",")}`;
    const hit = this.cseConsts ? this.constCache.get(key) : undefined;
    if (hit !== undefined) return hit;
    const id = this.node({ op: "const", value: values }, [], span, { dtype, shape });
    if (this.cseConsts) this.constCache.set(key, id);
    return id;
  }

  // ---- elementwise ----

  unary(op: UnaryOp, x: number, span?: Span): number {
    return this.node({ op }, [x], span);
  }

  /** A binary op on operands of identical shape and dtype. */
  binary(op: BinaryOp, a: number, b: number, span?: Span): number {
    return this.node({ op }, [a, b], span);
  }

  add(a: number, b: number, span?: Span): number { return this.binary("add", a, b, span); }
  sub(a: number, b: number, span?: Span): number { return this.binary("sub", a, b, span); }
  mul(a: number, b: number, span?: Span): number { return this.binary("mul", a, b, span); }
  div(a: number, b: number, span?: Span): number { return this.binary("div", a, b, span); }

  /** A binary op after broadcasting both operands to their NumPy common shape. */
  binaryBroadcast(op: BinaryOp, a: number, b: number, span?: Span): number {
    const [x, y] = this.broadcastAll([a, b], op, span);
    return this.binary(op, x, y, span);
  }

  where(cond: number, a: number, b: number, span?: Span): number {
    return this.node({ op: "where" }, [cond, a, b], span);
  }

  whereBroadcast(cond: number, a: number, b: number, span?: Span): number {
    const [c, x, y] = this.broadcastAll([cond, a, b], "where", span);
    return this.where(c, x, y, span);
  }

  /** Returns `x` itself when it already has dtype `to`. */
  cast(x: number, to: DType, span?: Span): number {
    return this.dtype(x) === to ? x : this.node({ op: "cast", to }, [x], span);
  }

  dropout(x: number, p: number, span?: Span): number {
    return this.node({ op: "dropout", p }, [x], span);
  }

  // ---- broadcast / movement ----

  /** Returns `x` itself when it already has `shape`. */
  broadcastTo(x: number, shape: readonly number[], span?: Span): number {
    return sameShape(this.shape(x), shape) ? x : this.node({ op: "broadcast", shape: [...shape] }, [x], span);
  }

  /** Broadcasts every operand to the NumPy common shape of all of them. */
  broadcastAll(xs: readonly number[], what: string, span?: Span): number[] {
    let shape: number[] = [];
    for (const x of xs) {
      const s = broadcastShapes(shape, this.shape(x));
      if (!s) throw new IrError(`${what}: shapes ${xs.map((v) => fmtType(this.get(v))).join(", ")} do not broadcast`);
      shape = s;
    }
    return xs.map((x) => this.broadcastTo(x, shape, span));
  }

  /** Reshape; one entry may be -1 (inferred). Returns `x` itself when the shape is unchanged. */
  reshape(x: number, shape: readonly number[], span?: Span): number {
    const target = resolveReshape(this.shape(x), shape);
    return sameShape(target, this.shape(x)) ? x : this.node({ op: "reshape", shape: target }, [x], span);
  }

  /** Transpose; the default perm reverses the axes. Negative axes count from the end. */
  transpose(x: number, perm?: readonly number[], span?: Span): number {
    const rank = this.shape(x).length;
    const p = perm ? perm.map((a) => normalizeAxis(a, rank, "transpose")) : [...Array(rank).keys()].reverse();
    if (p.every((a, i) => a === i)) return x;
    return this.node({ op: "transpose", perm: p }, [x], span);
  }

  /** A full slice: one start/end/step per axis (step defaults to 1). */
  slice(x: number, starts: readonly number[], ends: readonly number[], steps?: readonly number[], span?: Span): number {
    const st = steps ? [...steps] : starts.map(() => 1);
    return this.node({ op: "slice", starts: [...starts], ends: [...ends], steps: st }, [x], span);
  }

  /** Slices one axis (negative axis/start/end count from the end); the others stay whole. */
  sliceAxis(x: number, axis: number, start: number, end: number, step = 1, span?: Span): number {
    const shape = this.shape(x);
    const ax = normalizeAxis(axis, shape.length, "slice");
    const d = shape[ax];
    const starts = shape.map(() => 0);
    const ends = [...shape];
    const steps = shape.map(() => 1);
    starts[ax] = start < 0 ? start + d : start;
    ends[ax] = end < 0 ? end + d : end;
    steps[ax] = step;
    return this.slice(x, starts, ends, steps, span);
  }

  concat(xs: readonly number[], axis: number, span?: Span): number {
    if (xs.length === 0) throw new IrError(`concat: needs at least one input`);
    const ax = normalizeAxis(axis, this.shape(xs[0]).length, "concat");
    return this.node({ op: "concat", axis: ax }, xs, span);
  }

  // ---- reductions ----

  /** Reduces over `axes` (default: all; negatives count from the end). */
  reduce(op: Exclude<ReduceOp, "argmax">, x: number, axes?: number | readonly number[], keepdims = false, span?: Span): number {
    const rank = this.shape(x).length;
    const list = axes === undefined ? [...Array(rank).keys()] : typeof axes === "number" ? [axes] : [...axes];
    const norm = list.map((a) => normalizeAxis(a, rank, op)).sort((u, v) => u - v);
    return this.node({ op, axes: norm, keepdims }, [x], span);
  }

  argmax(x: number, axis = -1, keepdims = false, span?: Span): number {
    const ax = normalizeAxis(axis, this.shape(x).length, "argmax");
    return this.node({ op: "argmax", axes: [ax], keepdims }, [x], span);
  }

  // ---- complex ----

  /**
   * `a @ b` with the spec's conveniences: batch dims broadcast (inserting broadcast nodes and
   * lifting the lower-rank operand), and a rank-1 `b` is a vector (`[..., M, K] @ [K] → [..., M]`).
   */
  matmul(a: number, b: number, span?: Span): number {
    const sa = this.shape(a);
    const sb0 = this.shape(b);
    if (sa.length < 2) throw new IrError(`matmul: lhs must have rank ≥ 2, got ${fmtType(this.get(a))}`);
    const vector = sb0.length === 1;
    const bm = vector ? this.reshape(b, [sb0[0], 1], span) : b;
    const sb = this.shape(bm);
    const batch = broadcastShapes(sa.slice(0, -2), sb.slice(0, -2));
    if (!batch) throw new IrError(`matmul: batch dims of ${fmtType(this.get(a))} and ${fmtType(this.get(b))} do not broadcast`);
    const a2 = this.broadcastTo(a, [...batch, ...sa.slice(-2)], span);
    const b2 = this.broadcastTo(bm, [...batch, ...sb.slice(-2)], span);
    const out = this.node({ op: "matmul" }, [a2, b2], span);
    return vector ? this.reshape(out, this.shape(out).slice(0, -1), span) : out;
  }

  conv2d(x: number, w: number, options: Conv2dOptions = {}, span?: Span): number {
    const { stride = 1, padding = 0, dilation = 1, groups = 1 } = options;
    return this.node({ op: "conv2d", stride, padding, dilation, groups }, [x, w], span);
  }

  maxPool2d(x: number, options: PoolOptions, span?: Span): number {
    const { size, stride = size, padding = 0 } = options;
    return this.node({ op: "max_pool2d", size, stride, padding }, [x], span);
  }

  avgPool2d(x: number, options: PoolOptions, span?: Span): number {
    const { size, stride = size, padding = 0 } = options;
    return this.node({ op: "avg_pool2d", size, stride, padding }, [x], span);
  }

  // ---- opaque ----

  gather(x: number, indices: number, axis = 0, span?: Span): number {
    const ax = normalizeAxis(axis, this.shape(x).length, "gather");
    return this.node({ op: "gather", axis: ax }, [x, indices], span);
  }

  oneHot(indices: number, depth: number, span?: Span): number {
    return this.node({ op: "one_hot", depth }, [indices], span);
  }

  // ---- result ----

  /** The finished graph; `outputs` in the order given (a record keeps its key order). */
  finish(outputs: readonly NamedValue[] | Readonly<Record<string, number>>): Graph {
    const list: NamedValue[] = Array.isArray(outputs)
      ? outputs.map((o) => ({ name: o.name, node: o.node }))
      : Object.entries(outputs).map(([name, node]) => ({ name, node }));
    const seen = new Set<string>();
    for (const o of list) {
      if (seen.has(o.name)) throw new IrError(`finish: output name "${o.name}" is used twice`);
      seen.add(o.name);
      this.get(o.node);
    }
    this.finished = true;
    return { nodes: [...this.nodeList], spans: [...this.spanList], inputs: [...this.inputList], outputs: list };
  }

  private get(id: number): Node {
    const n = this.nodeList[id];
    if (!n) throw new IrError(`node %${id} does not exist (graph has ${this.nodeList.length} nodes)`);
    return n;
  }
}

export function normalizeAxis(axis: number, rank: number, op: string): number {
  if (!Number.isInteger(axis) || axis < -rank || axis >= rank) {
    throw new IrError(`${op}: axis ${axis} is out of range for rank ${rank}`);
  }
  return axis < 0 ? axis + rank : axis;
}

/** Replaces a single -1 in a reshape target by the dimension that makes element counts match. */
export function resolveReshape(from: readonly number[], to: readonly number[]): number[] {
  const holes = to.filter((d) => d === -1).length;
  if (holes > 1) throw new IrError(`reshape: at most one -1 allowed in ${fmtShape(to)}`);
  if (holes === 0) return [...to];
  const known = numElements(to.filter((d) => d !== -1));
  const total = numElements(from);
  if (known === 0 || total % known !== 0) {
    throw new IrError(`reshape: cannot infer -1 in ${fmtShape(to)} from ${fmtShape(from)} (${total} elements)`);
  }
  return to.map((d) => (d === -1 ? total / known : d));
}
