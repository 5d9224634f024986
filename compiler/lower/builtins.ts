// Every built-in of spec/builtins.md, lowered to IR ops. Compile-time arguments arrive folded
// (ints, floats, lists); tensors are node ids. Numbers meeting tensors become consts of the
// tensor's dtype, broadcast by the builder's *Broadcast helpers.
import { builtinDef } from "../check/builtins.ts";
import type { GraphSpec } from "../graphgen/index.ts";
import type { DType, ReduceOp } from "../ir/ir.ts";
import { BINARY_FUNCTIONS, REDUCE_FUNCTIONS, UNARY_FUNCTIONS } from "../ir/ops/table.ts";
import { foldBinary, foldUnary } from "../ir/scalar.ts";
import type { Span } from "../source.ts";
import type { CallExpr } from "../syntax/ast.ts";
import { bindArgs } from "./eval.ts";
import { randwireInstance } from "./instances.ts";
import { asTensor, commonDtype, elementwise, folded, isNumber, matmul, tensorId } from "./tensors.ts";
import { type ArgVal, type Env, LowerError, type Val, describeVal } from "./values.ts";

/** The reductions over `axis` (argmax has its own signature); `mean` is a sum, then a scale. */
const REDUCE = new Map<string, Exclude<ReduceOp, "argmax">>([
  ...[...REDUCE_FUNCTIONS].filter((e): e is [string, Exclude<ReduceOp, "argmax">] => e[1] !== "argmax"),
  ["mean", "reduce_sum"],
]);

function int(v: Val | undefined, what: string, span: Span): number {
  if (v?.k !== "int") throw new LowerError(`\`${what}\` must be a compile-time int, found ${v ? describeVal(v) : "nothing"}`, span);
  return v.v;
}

function num(v: Val | undefined, what: string, span: Span): number {
  if (v?.k !== "int" && v?.k !== "float") throw new LowerError(`\`${what}\` must be a compile-time number, found ${v ? describeVal(v) : "nothing"}`, span);
  return v.v;
}

function ints(v: Val | undefined, what: string, span: Span): number[] {
  if (v?.k === "int") return [v.v];
  if (v?.k === "list") return v.items.map((x) => int(x, what, span));
  throw new LowerError(`\`${what}\` must be an int or a list of ints`, span);
}

export function lowerBuiltin(env: Env, name: string, args: ArgVal[], span: Span): Val {
  const def = builtinDef(name);
  if (!def) throw new LowerError(`\`${name}\` is not a function`, span);
  const bound = bindArgs(def.params.map((p) => p.name), args, `\`${name}\``, span);
  const arg = (n: string): Val | undefined => bound.get(n)?.val;
  const b = env.L.b;
  const t = (n: string): number => tensorId(arg(n) ?? { k: "other", what: "nothing" }, bound.get(n)?.span ?? span);
  const out = (id: number): Val => ({ k: "tensor", id });

  const unary = UNARY_FUNCTIONS.get(name);
  if (unary) {
    const x = arg("x")!;
    if (isNumber(x)) return folded(foldUnary(unary, x), `\`${name}\` of ${describeVal(x)}`, span);
    return out(b.unary(unary, t("x"), span));
  }
  const binary = BINARY_FUNCTIONS.get(name);
  if (binary) {
    const a = arg("a")!;
    const c = arg("b")!;
    if (isNumber(a) && isNumber(c)) return folded(foldBinary(binary, a, c), `\`${name}\` of ${describeVal(a)} and ${describeVal(c)}`, span);
    return elementwise(env.L, binary, a, c, span);
  }
  const reduceOp = REDUCE.get(name);
  if (reduceOp) {
    const x = t("x");
    const rank = b.shape(x).length;
    const axes = arg("axis") === undefined ? [...Array(rank).keys()] : ints(arg("axis"), "axis", span).map((a) => (a < 0 ? a + rank : a));
    const keep = arg("keepdims")?.k === "bool" ? (arg("keepdims") as { v: boolean }).v : false;
    const r = b.reduce(reduceOp, x, axes, keep, span);
    if (name !== "mean") return out(r);
    const n = axes.reduce((acc, a) => acc * b.shape(x)[a], 1);
    return out(b.binaryBroadcast("mul", r, b.const(1 / n, b.dtype(x), [], span), span));
  }
  switch (name) {
    case "where": {
      const vals = [arg("a")!, arg("b")!];
      const dt = commonDtype(env.L, vals);
      const cond = asTensor(env.L, arg("cond")!, "bool", span);
      return out(b.whereBroadcast(cond, asTensor(env.L, vals[0], dt, span), asTensor(env.L, vals[1], dt, span), span));
    }
    case "float":
      return { k: "float", v: num(arg("n"), "n", span) };
    case "int":
      return { k: "int", v: Math.trunc(num(arg("x"), "x", span)) };
    case "cast": {
      const d = arg("dtype");
      if (d?.k !== "dtype") throw new LowerError("`cast` needs a dtype", span);
      return out(b.cast(asTensor(env.L, arg("x")!, commonDtype(env.L, [arg("x")!]), span), d.dtype, span));
    }
    case "argmax": {
      const keep = arg("keepdims")?.k === "bool" ? (arg("keepdims") as { v: boolean }).v : false;
      return out(b.argmax(t("x"), arg("axis") === undefined ? -1 : int(arg("axis"), "axis", span), keep, span));
    }
    case "matmul":
      return out(matmul(env.L, t("a"), t("b"), span));
    case "conv2d": {
      const o = (n: string, d: number) => (arg(n) === undefined ? d : int(arg(n), n, span));
      return out(b.conv2d(t("x"), t("w"), { stride: o("stride", 1), padding: o("padding", 0), dilation: o("dilation", 1), groups: o("groups", 1) }, span));
    }
    case "max_pool2d":
    case "avg_pool2d": {
      const size = int(arg("size"), "size", span);
      const opts = { size, stride: arg("stride") === undefined ? size : int(arg("stride"), "stride", span), padding: arg("padding") === undefined ? 0 : int(arg("padding"), "padding", span) };
      return out(name === "max_pool2d" ? b.maxPool2d(t("x"), opts, span) : b.avgPool2d(t("x"), opts, span));
    }
    case "reshape":
      return out(b.reshape(t("x"), ints(arg("shape"), "shape", span), span));
    case "flatten": {
      const x = t("x");
      const start = arg("start") === undefined ? 1 : int(arg("start"), "start", span);
      const s = b.shape(x);
      return out(b.reshape(x, [...s.slice(0, start), s.slice(start).reduce((p, d) => p * d, 1)], span));
    }
    case "transpose":
      return out(b.transpose(t("x"), arg("perm") === undefined ? undefined : ints(arg("perm"), "perm", span), span));
    case "concat": {
      const xs = arg("xs");
      if (xs?.k !== "list") throw new LowerError("`concat` needs a list of tensors", span);
      return out(b.concat(xs.items.map((x) => tensorId(x, span)), int(arg("axis"), "axis", span), span));
    }
    case "slice":
      return out(b.sliceAxis(t("x"), int(arg("axis"), "axis", span), int(arg("start"), "start", span), int(arg("end"), "end", span), 1, span));
    case "gather":
      return out(b.gather(t("x"), t("indices"), arg("axis") === undefined ? 0 : int(arg("axis"), "axis", span), span));
    case "one_hot":
      return out(b.oneHot(t("indices"), int(arg("depth"), "depth", span), span));
    case "dropout":
      return out(b.dropout(t("x"), num(arg("p"), "p", span), span));
    case "batch_norm":
      return out(batchNorm(env, t("x"), [t("gamma"), t("beta"), t("mean"), t("var")], arg("eps") === undefined ? 1e-5 : num(arg("eps"), "eps", span), span));
    case "er":
    case "ba":
    case "ws": {
      const spec: Record<string, unknown> = { kind: name };
      for (const p of def.params) spec[p.name] = num(arg(p.name), p.name, span);
      return { k: "gen", spec: spec as unknown as GraphSpec };
    }
    case "randwire":
      throw new Error("`randwire` reached lowerBuiltin without its call (lowerRandwire takes it)");
  }
  // Optimizers, checkpoint policies, pipelines: train-block values, never part of a model graph.
  return { k: "other", what: name };
}

/** `randwire(graph, node: L)`: a stage on the graph the checker recorded for this call. */
export function lowerRandwire(env: Env, call: CallExpr, args: ArgVal[]): Val {
  const bound = bindArgs(builtinDef("randwire")!.params.map((p) => p.name), args, "`randwire`", call.span);
  const g = bound.get("graph")?.val;
  const node = bound.get("node")?.val;
  if (g?.k !== "gen" || node?.k !== "inst") throw new LowerError("`randwire` needs a graph generator and a layer instance", call.span);
  return randwireInstance(env, call, g.spec, node.inst);
}

/** Inference-form batch norm over axis 1: (x − mean)·rsqrt(var + eps)·gamma + beta. */
function batchNorm(env: Env, x: number, [gamma, beta, mean, variance]: number[], eps: number, span: Span): number {
  const b = env.L.b;
  const shape = b.shape(x);
  const c = shape[1];
  // [C] → [1, C, 1, …] so each channel's statistics broadcast over batch and spatial axes.
  const perChannel = [1, c, ...shape.slice(2).map(() => 1)];
  const dt: DType = b.dtype(x);
  const col = (v: number) => b.reshape(v, perChannel, span);
  const scale = b.mul(b.unary("rsqrt", b.add(variance, b.const(eps, dt, [c], span), span), span), gamma, span);
  const centered = b.binaryBroadcast("sub", x, col(mean), span);
  return b.binaryBroadcast("add", b.binaryBroadcast("mul", centered, col(scale), span), col(beta), span);
}
