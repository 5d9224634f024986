// Type inference for IR nodes: the one place that says which (dtype, shape) an op produces
// from its attrs and input types, and which inputs it accepts. The builder calls it to
// construct nodes and the verifier calls it to re-check them, so the two can never disagree.
import type { Attrs, BinaryOp, DType, Init, Op, ReduceOp, UnaryOp } from "./ir.ts";

export interface TensorType {
  readonly dtype: DType;
  readonly shape: readonly number[];
}

/**
 * An invalid IR construction. The lowering pass only builds IR from type-checked programs,
 * so this signals a compiler bug, not a user error — but the message still names the op and
 * the offending operand so the bug can be found.
 */
export class IrError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IrError";
  }
}

export const UNARY_OPS: ReadonlySet<Op> = new Set<UnaryOp>([
  "neg", "abs", "exp", "log", "sqrt", "rsqrt", "tanh", "sigmoid", "erf", "sin", "cos", "floor", "ceil", "not",
]);
export const BINARY_OPS: ReadonlySet<Op> = new Set<BinaryOp>([
  "add", "sub", "mul", "div", "mod", "pow", "max", "min", "eq", "ne", "lt", "le", "gt", "ge", "and", "or",
]);
export const REDUCE_OPS: ReadonlySet<Op> = new Set<ReduceOp>([
  "reduce_sum", "reduce_max", "reduce_min", "reduce_prod", "argmax",
]);
const COMPARISONS: ReadonlySet<Op> = new Set<Op>(["eq", "ne", "lt", "le", "gt", "ge"]);
const LOGICAL: ReadonlySet<Op> = new Set<Op>(["and", "or", "not"]);
/** Unary ops that are also defined on i32 (spec: unary `-` and `abs`). */
const INT_UNARY: ReadonlySet<Op> = new Set<Op>(["neg", "abs"]);

export function isUnaryOp(op: Op): op is UnaryOp {
  return UNARY_OPS.has(op);
}
export function isBinaryOp(op: Op): op is BinaryOp {
  return BINARY_OPS.has(op);
}
export function isReduceOp(op: Op): op is ReduceOp {
  return REDUCE_OPS.has(op);
}

export function numElements(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Row-major strides in elements. */
export function strides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}

export function fmtShape(shape: readonly number[]): string {
  return `[${shape.join(", ")}]`;
}

export function fmtType(t: TensorType): string {
  return `${t.dtype}${fmtShape(t.shape)}`;
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

function isDim(d: unknown): boolean {
  return typeof d === "number" && Number.isInteger(d) && d >= 0;
}

function checkShape(op: Op, what: string, shape: readonly number[]): void {
  if (!Array.isArray(shape) || !shape.every(isDim)) {
    throw new IrError(`${op}: ${what} ${JSON.stringify(shape)} is not a list of non-negative integers`);
  }
}

function checkArity(op: Op, inputs: readonly TensorType[], n: number): void {
  if (inputs.length !== n) throw new IrError(`${op}: expected ${n} input(s), got ${inputs.length}`);
}

function checkInt(op: Op, name: string, v: number, min: number): void {
  if (!Number.isInteger(v) || v < min) throw new IrError(`${op}: ${name} must be an integer ≥ ${min}, got ${v}`);
}

function requireDtype(op: Op, what: string, t: TensorType, allowed: readonly DType[]): void {
  if (!allowed.includes(t.dtype)) {
    throw new IrError(`${op}: ${what} must be ${allowed.join(" or ")}, got ${fmtType(t)}`);
  }
}

/** Whether `from` broadcasts to `to` under NumPy rules (right-aligned, dims equal or 1). */
export function broadcastsTo(from: readonly number[], to: readonly number[]): boolean {
  if (from.length > to.length) return false;
  const off = to.length - from.length;
  return from.every((d, i) => d === to[off + i] || d === 1);
}

/** The NumPy broadcast of two shapes, or undefined when they are incompatible. */
export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] | undefined {
  const rank = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1;
    const db = b[b.length - rank + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) return undefined;
    out.push(da === 1 ? db : da);
  }
  return out;
}

/** Output extent of a conv/pool window along one axis (spec: floor, at least 1). */
export function windowOutput(size: number, kernel: number, stride: number, padding: number, dilation: number): number {
  return Math.floor((size + 2 * padding - dilation * (kernel - 1) - 1) / stride) + 1;
}

function checkInit(init: Init): void {
  switch (init.kind) {
    case "constant":
      if (typeof init.value !== "number") throw new IrError(`param: constant init needs a numeric value`);
      return;
    case "normal":
      if (!(init.std >= 0)) throw new IrError(`param: normal init needs std ≥ 0, got ${init.std}`);
      return;
    case "uniform":
      if (!(init.low <= init.high)) throw new IrError(`param: uniform init needs low ≤ high, got [${init.low}, ${init.high})`);
      return;
    default:
      return;
  }
}

function inferSource(attrs: Attrs, declared: TensorType | undefined): TensorType {
  const op = attrs.op;
  if (!declared) throw new IrError(`${op}: a source node needs a declared dtype and shape`);
  checkShape(op, "shape", declared.shape);
  if (attrs.op === "input" || attrs.op === "param") {
    if (typeof attrs.name !== "string" || attrs.name === "") throw new IrError(`${op}: name must be a non-empty string`);
  }
  if (attrs.op === "param") checkInit(attrs.init);
  if (attrs.op === "const") {
    const n = numElements(declared.shape);
    if (attrs.value.length !== n) {
      throw new IrError(`const: ${attrs.value.length} value(s) for shape ${fmtShape(declared.shape)} (needs ${n})`);
    }
    for (const v of attrs.value) {
      const ok = declared.dtype === "f32" ? typeof v === "number"
        : declared.dtype === "i32" ? Number.isInteger(v) && v >= -2147483648 && v <= 2147483647
        : v === 0 || v === 1;
      if (!ok) throw new IrError(`const: value ${v} is not a valid ${declared.dtype}`);
    }
  }
  return { dtype: declared.dtype, shape: [...declared.shape] };
}

function inferUnary(op: UnaryOp, x: TensorType): TensorType {
  if (LOGICAL.has(op)) requireDtype(op, "operand", x, ["bool"]);
  else if (INT_UNARY.has(op)) requireDtype(op, "operand", x, ["f32", "i32"]);
  else requireDtype(op, "operand", x, ["f32"]);
  return { dtype: x.dtype, shape: [...x.shape] };
}

function inferBinary(op: BinaryOp, a: TensorType, b: TensorType): TensorType {
  if (!sameShape(a.shape, b.shape)) {
    throw new IrError(`${op}: operand shapes differ (${fmtType(a)} vs ${fmtType(b)}); insert a broadcast first`);
  }
  if (a.dtype !== b.dtype) throw new IrError(`${op}: operand dtypes differ (${fmtType(a)} vs ${fmtType(b)})`);
  if (LOGICAL.has(op)) requireDtype(op, "operands", a, ["bool"]);
  else if (!COMPARISONS.has(op)) requireDtype(op, "operands", a, ["f32", "i32"]);
  return { dtype: COMPARISONS.has(op) ? "bool" : a.dtype, shape: [...a.shape] };
}

function inferReduce(op: ReduceOp, axes: readonly number[], keepdims: boolean, x: TensorType): TensorType {
  requireDtype(op, "operand", x, ["f32", "i32"]);
  if (typeof keepdims !== "boolean") throw new IrError(`${op}: keepdims must be a boolean`);
  const rank = x.shape.length;
  const seen = new Set<number>();
  for (const a of axes) {
    if (!Number.isInteger(a) || a < 0 || a >= rank) {
      throw new IrError(`${op}: axis ${a} is out of range for ${fmtType(x)} (axes are normalized to [0, ${rank}))`);
    }
    if (seen.has(a)) throw new IrError(`${op}: axis ${a} is repeated`);
    seen.add(a);
  }
  if (op === "argmax") {
    if (axes.length !== 1) throw new IrError(`argmax: needs exactly one axis, got ${axes.length}`);
    if (x.shape[axes[0]] === 0) throw new IrError(`argmax: axis ${axes[0]} of ${fmtType(x)} is empty`);
  }
  const shape: number[] = [];
  x.shape.forEach((d, i) => {
    if (!seen.has(i)) shape.push(d);
    else if (keepdims) shape.push(1);
  });
  return { dtype: op === "argmax" ? "i32" : x.dtype, shape };
}

function inferMovement(attrs: Attrs, inputs: readonly TensorType[]): TensorType {
  const x = inputs[0];
  const rank = x.shape.length;
  switch (attrs.op) {
    case "broadcast": {
      checkShape("broadcast", "target shape", attrs.shape);
      if (!broadcastsTo(x.shape, attrs.shape)) {
        throw new IrError(`broadcast: ${fmtType(x)} does not broadcast to ${fmtShape(attrs.shape)}`);
      }
      return { dtype: x.dtype, shape: [...attrs.shape] };
    }
    case "reshape": {
      checkShape("reshape", "target shape", attrs.shape);
      if (numElements(attrs.shape) !== numElements(x.shape)) {
        throw new IrError(`reshape: ${fmtType(x)} has ${numElements(x.shape)} elements, target ${fmtShape(attrs.shape)} has ${numElements(attrs.shape)}`);
      }
      return { dtype: x.dtype, shape: [...attrs.shape] };
    }
    case "transpose": {
      const p = attrs.perm;
      const ok = p.length === rank && [...p].sort((u, v) => u - v).every((v, i) => v === i);
      if (!ok) throw new IrError(`transpose: perm ${fmtShape(p)} is not a permutation of the ${rank} axes of ${fmtType(x)}`);
      return { dtype: x.dtype, shape: p.map((a) => x.shape[a]) };
    }
    case "slice": {
      const { starts, ends, steps } = attrs;
      if (starts.length !== rank || ends.length !== rank || steps.length !== rank) {
        throw new IrError(`slice: starts/ends/steps need one entry per axis of ${fmtType(x)} (${rank})`);
      }
      const shape = x.shape.map((d, i) => {
        const [s, e, st] = [starts[i], ends[i], steps[i]];
        if (!Number.isInteger(st) || st < 1) throw new IrError(`slice: step ${st} on axis ${i} must be an integer ≥ 1`);
        if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || s > e || e > d) {
          throw new IrError(`slice: axis ${i} range [${s}, ${e}) is not within [0, ${d}] with start ≤ end`);
        }
        return Math.ceil((e - s) / st);
      });
      return { dtype: x.dtype, shape };
    }
    case "concat": {
      if (inputs.length < 1) throw new IrError(`concat: needs at least one input`);
      const ax = attrs.axis;
      if (!Number.isInteger(ax) || ax < 0 || ax >= rank) throw new IrError(`concat: axis ${ax} is out of range for ${fmtType(x)}`);
      let total = 0;
      inputs.forEach((t, k) => {
        if (t.dtype !== x.dtype || t.shape.length !== rank || t.shape.some((d, i) => i !== ax && d !== x.shape[i])) {
          throw new IrError(`concat: input ${k} ${fmtType(t)} does not match input 0 ${fmtType(x)} outside axis ${ax}`);
        }
        total += t.shape[ax];
      });
      return { dtype: x.dtype, shape: x.shape.map((d, i) => (i === ax ? total : d)) };
    }
    default:
      throw new IrError(`internal: ${attrs.op} is not a movement op`);
  }
}

function inferComplex(attrs: Attrs, inputs: readonly TensorType[]): TensorType {
  switch (attrs.op) {
    case "matmul": {
      checkArity("matmul", inputs, 2);
      const [a, b] = inputs;
      requireDtype("matmul", "lhs", a, ["f32"]);
      requireDtype("matmul", "rhs", b, ["f32"]);
      const r = a.shape.length;
      if (r < 2 || b.shape.length !== r) {
        throw new IrError(`matmul: operands must have the same rank ≥ 2, got ${fmtType(a)} and ${fmtType(b)}`);
      }
      if (!sameShape(a.shape.slice(0, r - 2), b.shape.slice(0, r - 2))) {
        throw new IrError(`matmul: batch dims differ (${fmtType(a)} vs ${fmtType(b)}); broadcast them first`);
      }
      if (a.shape[r - 1] !== b.shape[r - 2]) {
        throw new IrError(`matmul: inner dims differ (${fmtType(a)} @ ${fmtType(b)}: ${a.shape[r - 1]} vs ${b.shape[r - 2]})`);
      }
      return { dtype: "f32", shape: [...a.shape.slice(0, r - 1), b.shape[r - 1]] };
    }
    case "conv2d": {
      checkArity("conv2d", inputs, 2);
      const [x, w] = inputs;
      const { stride, padding, dilation, groups } = attrs;
      checkInt("conv2d", "stride", stride, 1);
      checkInt("conv2d", "padding", padding, 0);
      checkInt("conv2d", "dilation", dilation, 1);
      checkInt("conv2d", "groups", groups, 1);
      requireDtype("conv2d", "input", x, ["f32"]);
      requireDtype("conv2d", "weight", w, ["f32"]);
      if (x.shape.length !== 4) throw new IrError(`conv2d: input must be NCHW (rank 4), got ${fmtType(x)}`);
      if (w.shape.length !== 4) throw new IrError(`conv2d: weight must be OIHW (rank 4), got ${fmtType(w)}`);
      const [n, c, h, wd] = x.shape;
      const [o, ci, kh, kw] = w.shape;
      if (c % groups !== 0 || o % groups !== 0) {
        throw new IrError(`conv2d: groups ${groups} must divide input channels ${c} and output channels ${o}`);
      }
      if (ci !== c / groups) {
        throw new IrError(`conv2d: weight ${fmtType(w)} needs ${c / groups} input channels per group (C=${c}, groups=${groups}), got ${ci}`);
      }
      const oh = windowOutput(h, kh, stride, padding, dilation);
      const ow = windowOutput(wd, kw, stride, padding, dilation);
      if (kh < 1 || kw < 1 || oh < 1 || ow < 1) {
        throw new IrError(`conv2d: output ${oh}×${ow} is empty for input ${fmtType(x)} and weight ${fmtType(w)}`);
      }
      return { dtype: "f32", shape: [n, o, oh, ow] };
    }
    case "max_pool2d":
    case "avg_pool2d": {
      checkArity(attrs.op, inputs, 1);
      const x = inputs[0];
      checkInt(attrs.op, "size", attrs.size, 1);
      checkInt(attrs.op, "stride", attrs.stride, 1);
      checkInt(attrs.op, "padding", attrs.padding, 0);
      requireDtype(attrs.op, "input", x, ["f32"]);
      if (x.shape.length !== 4) throw new IrError(`${attrs.op}: input must be NCHW (rank 4), got ${fmtType(x)}`);
      const [n, c, h, w] = x.shape;
      const oh = windowOutput(h, attrs.size, attrs.stride, attrs.padding, 1);
      const ow = windowOutput(w, attrs.size, attrs.stride, attrs.padding, 1);
      if (oh < 1 || ow < 1) throw new IrError(`${attrs.op}: output ${oh}×${ow} is empty for input ${fmtType(x)}`);
      return { dtype: "f32", shape: [n, c, oh, ow] };
    }
    default:
      throw new IrError(`internal: ${attrs.op} is not a complex op`);
  }
}

/**
 * The type of a node with these attrs and input types. `declared` is the node's own type,
 * needed for sources (input, param, const), whose type is not derived from inputs.
 * Throws IrError when the construction is invalid.
 */
export function inferType(attrs: Attrs, inputs: readonly TensorType[], declared?: TensorType): TensorType {
  const op = attrs.op;
  switch (attrs.op) {
    case "input":
    case "param":
    case "const":
      checkArity(op, inputs, 0);
      return inferSource(attrs, declared);
    case "where": {
      checkArity(op, inputs, 3);
      const [c, a, b] = inputs;
      requireDtype("where", "condition", c, ["bool"]);
      if (!sameShape(c.shape, a.shape) || !sameShape(a.shape, b.shape)) {
        throw new IrError(`where: shapes differ (${fmtType(c)}, ${fmtType(a)}, ${fmtType(b)}); insert broadcasts first`);
      }
      if (a.dtype !== b.dtype) throw new IrError(`where: branch dtypes differ (${fmtType(a)} vs ${fmtType(b)})`);
      return { dtype: a.dtype, shape: [...a.shape] };
    }
    case "cast":
      checkArity(op, inputs, 1);
      if (!["f32", "i32", "bool"].includes(attrs.to)) throw new IrError(`cast: unknown dtype ${String(attrs.to)}`);
      return { dtype: attrs.to, shape: [...inputs[0].shape] };
    case "dropout":
      checkArity(op, inputs, 1);
      requireDtype(op, "operand", inputs[0], ["f32"]);
      if (!(attrs.p >= 0 && attrs.p < 1)) throw new IrError(`dropout: p must be in [0, 1), got ${attrs.p}`);
      return { dtype: "f32", shape: [...inputs[0].shape] };
    case "broadcast":
    case "reshape":
    case "transpose":
    case "slice":
      checkArity(op, inputs, 1);
      return inferMovement(attrs, inputs);
    case "concat":
      return inferMovement(attrs, inputs);
    case "matmul":
    case "conv2d":
    case "max_pool2d":
    case "avg_pool2d":
      return inferComplex(attrs, inputs);
    case "gather": {
      checkArity(op, inputs, 2);
      const [x, idx] = inputs;
      requireDtype(op, "indices", idx, ["i32"]);
      const ax = attrs.axis;
      if (!Number.isInteger(ax) || ax < 0 || ax >= x.shape.length) throw new IrError(`gather: axis ${ax} is out of range for ${fmtType(x)}`);
      return { dtype: x.dtype, shape: [...x.shape.slice(0, ax), ...idx.shape, ...x.shape.slice(ax + 1)] };
    }
    case "one_hot": {
      checkArity(op, inputs, 1);
      requireDtype(op, "indices", inputs[0], ["i32"]);
      checkInt(op, "depth", attrs.depth, 1);
      return { dtype: "f32", shape: [...inputs[0].shape, attrs.depth] };
    }
    default: {
      if (isUnaryOp(op)) {
        checkArity(op, inputs, 1);
        return inferUnary(op, inputs[0]);
      }
      if (isBinaryOp(op)) {
        checkArity(op, inputs, 2);
        return inferBinary(op, inputs[0], inputs[1]);
      }
      if (isReduceOp(op)) {
        checkArity(op, inputs, 1);
        const a = attrs as { axes: number[]; keepdims: boolean };
        if (!Array.isArray(a.axes)) throw new IrError(`${op}: axes must be a list`);
        return inferReduce(op, a.axes, a.keepdims, inputs[0]);
      }
      throw new IrError(`unknown op ${JSON.stringify(op)}`);
    }
  }
}
