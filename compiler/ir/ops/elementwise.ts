// Elementwise entries: unary and binary ops, where, cast and dropout. Each op's scalar
// definition per dtype is written here once; the type rule accepts exactly the dtypes it
// defines, the interpreter maps it over the operands, and compile-time folding
// (compiler/ir/scalar.ts) evaluates it on numbers. Adding an elementwise op starts here.
import type { DType } from "../ir.ts";
import { IrError, fmtType, sameShape } from "../shape.ts";
import { InterpGraphError } from "../../../runtime/interp/errors.ts";
import { mapElements } from "../../../runtime/interp/elementwise.ts";
import { erf } from "../erf.ts";
import { floorDivI, floorModF, floorModI, powF, powI } from "./arith.ts";
import { joinAligned } from "./batch.ts";
import { requireDtype } from "./checks.ts";
import type { GraphBuilder } from "../builder.ts";
import { filled } from "./grad.ts";
import type { InterpCtx, OpDef, ScalarFn, Surface } from "./types.ts";
import { aliasView, noView } from "./view.ts";

type Fns<F> = { readonly [D in DType]?: F };

const DTYPE_ORDER: readonly DType[] = ["f32", "i32", "bool"];

/** The dtypes an entry defines, in a fixed order so messages read "f32 or i32". */
function dtypesOf(fns: Fns<unknown>): DType[] {
  return DTYPE_ORDER.filter((d) => fns[d] !== undefined);
}

function operandDtype(_attrs: unknown, inputs: readonly DType[]): DType {
  return inputs[0];
}

function pick(fns: Fns<ScalarFn>, dtype: DType, ctx: InterpCtx, given: readonly DType[]): ScalarFn {
  const f = fns[dtype];
  if (!f) throw new InterpGraphError(ctx.origin, `no ${ctx.node.attrs.op} on ${given.join(", ")} operands`);
  return f;
}

/** Only f32 values carry adjoints: an integer or bool operand gets none. */
const floating = (b: GraphBuilder, id: number) => b.dtype(id) === "f32";

function unary(fns: Fns<(x: number) => number>, surface: Surface, d: UnaryGrad | undefined): OpDef<UnaryOp> {
  const dtypes = dtypesOf(fns);
  return {
    category: "elementwise",
    arity: 1,
    attrs: {},
    type: (a, [x]) => {
      requireDtype(a.op, "operand", x, dtypes);
      return { dtype: x.dtype, shape: [...x.shape] };
    },
    interp: (_a, args, ctx) => mapElements(args, ctx.node.dtype, pick(fns, args[0].dtype, ctx, [args[0].dtype])),
    view: noView,
    batch: (_a, ins) => joinAligned(ins),
    grad: (_a, c) => [d && floating(c.builder, c.inputs[0]) ? d(c.builder, c.inputs[0], c.output, c.adjoint) : undefined],
    scalar: { fns, select: operandDtype },
    surface,
  };
}

/** `result`: "same" keeps the operand dtype; "bool" for comparisons. */
function binary(fns: Fns<(a: number, b: number) => number>, result: "same" | "bool", surface: Surface, d: BinaryGrad | undefined): OpDef<BinaryOp> {
  const dtypes = dtypesOf(fns);
  return {
    category: "elementwise",
    arity: 2,
    attrs: {},
    type: ({ op }, [a, b]) => {
      if (!sameShape(a.shape, b.shape)) {
        throw new IrError(`${op}: operand shapes differ (${fmtType(a)} vs ${fmtType(b)}); insert a broadcast first`);
      }
      if (a.dtype !== b.dtype) throw new IrError(`${op}: operand dtypes differ (${fmtType(a)} vs ${fmtType(b)})`);
      requireDtype(op, "operands", a, dtypes);
      return { dtype: result === "bool" ? "bool" : a.dtype, shape: [...a.shape] };
    },
    interp: (_a, args, ctx) => mapElements(args, ctx.node.dtype, pick(fns, args[0].dtype, ctx, args.map((t) => t.dtype))),
    view: noView,
    batch: (_a, ins) => joinAligned(ins),
    grad: (_a, c) => (d && floating(c.builder, c.output) ? d(c.builder, c.inputs[0], c.inputs[1], c.output, c.adjoint) : [undefined, undefined]),
    scalar: { fns, select: operandDtype },
    surface,
  };
}

const f32 = <F>(f: F): Fns<F> => ({ f32: f });
const allDtypes = <F>(f: F): Fns<F> => ({ f32: f, i32: f, bool: f });

/** NaN compares unequal to everything, as IEEE and the spec require; results are 0 or 1. */
const compare = (f: (a: number, b: number) => boolean) => allDtypes((a: number, b: number) => (f(a, b) ? 1 : 0));

// The unary and binary ops are named here and nowhere else: `UnaryOp` and `BinaryOp` (which
// ir.ts re-exports) are the keys of these two lists, so a new op is one line in one of them.
interface UnarySpec {
  readonly fns: Fns<(x: number) => number>;
  readonly surface: Surface;
}
interface BinarySpec {
  readonly fns: Fns<(a: number, b: number) => number>;
  readonly result: "same" | "bool";
  readonly surface: Surface;
}
const u = (fns: UnarySpec["fns"], surface: Surface): UnarySpec => ({ fns, surface });
const bin = (fns: BinarySpec["fns"], result: BinarySpec["result"], surface: Surface): BinarySpec => ({ fns, result, surface });

const UNARY_SPECS = {
  neg: u({ f32: (x) => -x, i32: (x) => -x | 0 }, { operator: "-" }), // -(-2^31) wraps, as all i32 arithmetic does
  abs: u({ f32: Math.abs, i32: (x) => Math.abs(x) | 0 }, { fn: "abs" }),
  exp: u(f32(Math.exp), { fn: "exp" }),
  log: u(f32(Math.log), { fn: "log" }),
  sqrt: u(f32(Math.sqrt), { fn: "sqrt" }),
  rsqrt: u(f32((x: number) => 1 / Math.sqrt(x)), { fn: "rsqrt" }),
  tanh: u(f32(Math.tanh), { fn: "tanh" }),
  sigmoid: u(f32((x: number) => 1 / (1 + Math.exp(-x))), { fn: "sigmoid" }),
  erf: u(f32(erf), { fn: "erf" }),
  sin: u(f32(Math.sin), { fn: "sin" }),
  cos: u(f32(Math.cos), { fn: "cos" }),
  floor: u(f32(Math.floor), { fn: "floor" }),
  ceil: u(f32(Math.ceil), { fn: "ceil" }),
  not: u({ bool: (x) => (x ? 0 : 1) }, { operator: "!" }),
} satisfies Record<string, UnarySpec>;

const BINARY_SPECS = {
  add: bin({ f32: (a, b) => a + b, i32: (a, b) => (a + b) | 0 }, "same", { operator: "+" }),
  sub: bin({ f32: (a, b) => a - b, i32: (a, b) => (a - b) | 0 }, "same", { operator: "-" }),
  mul: bin({ f32: (a, b) => a * b, i32: Math.imul }, "same", { operator: "*" }),
  div: bin({ f32: (a, b) => a / b, i32: floorDivI }, "same", { operator: "/" }),
  mod: bin({ f32: floorModF, i32: floorModI }, "same", { operator: "%" }),
  pow: bin({ f32: powF, i32: powI }, "same", { operator: "**", fn: "pow" }),
  // NaN in either operand gives NaN, as the spec requires: Math.max/min do exactly that.
  max: bin({ f32: Math.max, i32: Math.max }, "same", { fn: "maximum" }),
  min: bin({ f32: Math.min, i32: Math.min }, "same", { fn: "minimum" }),
  eq: bin(compare((a, b) => a === b), "bool", { operator: "==" }),
  ne: bin(compare((a, b) => a !== b), "bool", { operator: "!=" }),
  lt: bin(compare((a, b) => a < b), "bool", { operator: "<" }),
  le: bin(compare((a, b) => a <= b), "bool", { operator: "<=" }),
  gt: bin(compare((a, b) => a > b), "bool", { operator: ">" }),
  ge: bin(compare((a, b) => a >= b), "bool", { operator: ">=" }),
  and: bin({ bool: (a, b) => (a && b ? 1 : 0) }, "same", { operator: "&&" }),
  or: bin({ bool: (a, b) => (a || b ? 1 : 0) }, "same", { operator: "||" }),
} satisfies Record<string, BinarySpec>;

export type UnaryOp = keyof typeof UNARY_SPECS;
export type BinaryOp = keyof typeof BINARY_SPECS;

/** d(x, y = op(x), g = adjoint of y) → adjoint of x (f32 operands only); undefined: none. */
type UnaryGrad = ((b: GraphBuilder, x: number, y: number, g: number) => number) | undefined;
/** d(a, c, y = op(a, c), g) → adjoints of a and c (f32 results only); undefined: none. */
type BinaryGrad = ((b: GraphBuilder, a: number, c: number, y: number, g: number) => readonly (number | undefined)[]) | undefined;

// The derivatives, as graphs, one per op (typed complete over the lists above): `k(b, v, like)`
// is the constant v shaped like `like`.
const k = filled;
const toF32 = (b: GraphBuilder, cond: number) => b.cast(cond, "f32");
/** sign(x) ∈ {-1, 0, 1}, the derivative of |x| (0 at 0, as TensorFlow has it). */
const sign = (b: GraphBuilder, x: number) => b.sub(toF32(b, b.binary("gt", x, k(b, 0, x))), toF32(b, b.binary("lt", x, k(b, 0, x))));
/** Where `cond` holds, `g`; elsewhere 0 (and the other way round). */
const where0 = (b: GraphBuilder, cond: number, g: number) => b.where(cond, g, k(b, 0, g));
const notWhere0 = (b: GraphBuilder, cond: number, g: number) => b.where(cond, k(b, 0, g), g);

const UNARY_GRADS: { readonly [O in UnaryOp]: UnaryGrad } = {
  neg: (b, _x, _y, g) => b.unary("neg", g),
  abs: (b, x, _y, g) => b.mul(g, sign(b, x)),
  exp: (b, _x, y, g) => b.mul(g, y),
  log: (b, x, _y, g) => b.div(g, x),
  sqrt: (b, _x, y, g) => b.div(g, b.mul(y, k(b, 2, y))),
  // d/dx x^(-1/2) = -x^(-3/2) / 2 = -y³ / 2
  rsqrt: (b, _x, y, g) => b.mul(g, b.mul(k(b, -0.5, y), b.mul(y, b.mul(y, y)))),
  tanh: (b, _x, y, g) => b.mul(g, b.sub(k(b, 1, y), b.mul(y, y))),
  sigmoid: (b, _x, y, g) => b.mul(g, b.mul(y, b.sub(k(b, 1, y), y))),
  // d/dx erf(x) = 2/√π · exp(-x²)
  erf: (b, x, _y, g) => b.mul(g, b.mul(k(b, 2 / Math.sqrt(Math.PI), x), b.unary("exp", b.unary("neg", b.mul(x, x))))),
  sin: (b, x, _y, g) => b.mul(g, b.unary("cos", x)),
  cos: (b, x, _y, g) => b.unary("neg", b.mul(g, b.unary("sin", x))),
  // Piecewise constant: the derivative is zero wherever it exists.
  floor: undefined,
  ceil: undefined,
  not: undefined,
};

const BINARY_GRADS: { readonly [O in BinaryOp]: BinaryGrad } = {
  add: (_b, _a, _c, _y, g) => [g, g],
  sub: (b, _a, _c, _y, g) => [g, b.unary("neg", g)],
  mul: (b, a, c, _y, g) => [b.mul(g, c), b.mul(g, a)],
  // d(a/c)/dc = -a/c² = -y/c
  div: (b, _a, c, y, g) => [b.div(g, c), b.unary("neg", b.mul(g, b.div(y, c)))],
  // a mod c = a - c·floor(a/c)
  mod: (b, a, c, _y, g) => [g, b.unary("neg", b.mul(g, b.unary("floor", b.div(a, c))))],
  // d/da = c·a^(c-1); d/dc = y·log a where a > 0, else 0 (as TensorFlow has it)
  pow: (b, a, c, y, g) => {
    const positive = b.binary("gt", a, k(b, 0, a));
    const logA = b.unary("log", b.where(positive, a, k(b, 1, a)));
    return [b.mul(g, b.mul(c, b.binary("pow", a, b.sub(c, k(b, 1, c))))), where0(b, positive, b.mul(g, b.mul(y, logA)))];
  },
  // A tie sends the whole adjoint to the first operand, as TensorFlow does.
  max: (b, a, c, _y, g) => {
    const first = b.binary("ge", a, c);
    return [where0(b, first, g), notWhere0(b, first, g)];
  },
  min: (b, a, c, _y, g) => {
    const first = b.binary("le", a, c);
    return [where0(b, first, g), notWhere0(b, first, g)];
  },
  eq: undefined, ne: undefined, lt: undefined, le: undefined, gt: undefined, ge: undefined, and: undefined, or: undefined,
};

function mapSpecs<K extends string, S, R>(specs: Readonly<Record<K, S>>, f: (s: S, key: K) => R): Record<K, R> {
  return Object.fromEntries(Object.entries(specs).map(([key, v]) => [key, f(v as S, key as K)])) as Record<K, R>;
}

export const UNARY_ENTRIES: { readonly [O in UnaryOp]: OpDef<O> } = mapSpecs(UNARY_SPECS, (s, op) => unary(s.fns, s.surface, UNARY_GRADS[op]));
export const BINARY_ENTRIES: { readonly [O in BinaryOp]: OpDef<O> } = mapSpecs(BINARY_SPECS, (s, op) => binary(s.fns, s.result, s.surface, BINARY_GRADS[op]));

const whereFns = allDtypes((c: number, a: number, b: number) => (c ? a : b));

const castFns: Fns<ScalarFn> = {
  // i32 → f32 rounds to nearest on store; f32 → i32 truncates toward zero.
  f32: (x) => x,
  i32: (x) => Math.trunc(x) | 0,
  // Any → bool is x ≠ 0, so NaN is true, as in C.
  bool: (x) => (x !== 0 ? 1 : 0),
};

const dropoutFns = f32((x: number) => x);

export const OTHER_ELEMENTWISE_ENTRIES: { readonly [O in "where" | "cast" | "dropout"]: OpDef<O> } = {
  where: {
    category: "elementwise",
    arity: 3, // cond (bool), a, b
    attrs: {},
    type: (_a, [c, a, b]) => {
      requireDtype("where", "condition", c, ["bool"]);
      if (!sameShape(c.shape, a.shape) || !sameShape(a.shape, b.shape)) {
        throw new IrError(`where: shapes differ (${fmtType(c)}, ${fmtType(a)}, ${fmtType(b)}); insert broadcasts first`);
      }
      if (a.dtype !== b.dtype) throw new IrError(`where: branch dtypes differ (${fmtType(a)} vs ${fmtType(b)})`);
      requireDtype("where", "branches", a, dtypesOf(whereFns));
      return { dtype: a.dtype, shape: [...a.shape] };
    },
    interp: (_a, args, ctx) => mapElements(args, ctx.node.dtype, pick(whereFns, args[1].dtype, ctx, args.map((t) => t.dtype))),
    view: noView,
    batch: (_a, ins) => joinAligned(ins),
    grad: (_a, { builder: b, inputs: [c], adjoint: g }) => (b.dtype(g) === "f32" ? [undefined, where0(b, c, g), notWhere0(b, c, g)] : [undefined, undefined, undefined]),
    scalar: { fns: whereFns, select: (_a, inputs) => inputs[1] },
    surface: { fn: "where" },
  },
  cast: {
    category: "elementwise",
    arity: 1,
    attrs: { to: "named" },
    type: (a, [x]) => {
      if (!DTYPE_ORDER.includes(a.to)) throw new IrError(`cast: unknown dtype ${String(a.to)}`);
      return { dtype: a.to, shape: [...x.shape] };
    },
    interp: (a, args, ctx) => mapElements(args, a.to, pick(castFns, a.to, ctx, [args[0].dtype])),
    view: (a, input) => (input?.dtype === a.to ? aliasView() : noView()),
    batch: (_a, ins) => joinAligned(ins),
    // Only f32 → f32 passes an adjoint: an integer or bool side carries none.
    grad: (a, { builder: b, inputs: [x], adjoint: g }) => [a.to === "f32" && b.dtype(x) === "f32" ? g : undefined],
    scalar: { fns: castFns, select: (a) => a.to },
    surface: { fn: "cast" },
  },
  dropout: {
    category: "elementwise",
    arity: 1,
    attrs: { p: "named" },
    type: (a, [x]) => {
      requireDtype("dropout", "operand", x, dtypesOf(dropoutFns));
      if (!(a.p >= 0 && a.p < 1)) throw new IrError(`dropout: p must be in [0, 1), got ${a.p}`);
      return { dtype: x.dtype, shape: [...x.shape] };
    },
    // The identity: the IR is the inference graph (training rewrites dropout itself).
    interp: (_a, args, ctx) => mapElements(args, ctx.node.dtype, pick(dropoutFns, args[0].dtype, ctx, [args[0].dtype])),
    view: aliasView,
    batch: (_a, ins) => joinAligned(ins),
    // The inference graph's identity; the training program replaces dropout by its mask first.
    grad: (_a, { adjoint: g }) => [g],
    scalar: { fns: dropoutFns, select: operandDtype },
    surface: { fn: "dropout" },
  },
};
