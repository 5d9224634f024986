// The built-in names of spec/builtins.md: their parameters (names, kinds, which are optional)
// and the dispatch of a call to its shape rule (builtins-shapes.ts, builtins-values.ts).
import { BINARY_FUNCTIONS, REDUCE_FUNCTIONS, UNARY_FUNCTIONS } from "../ir/ops/table.ts";
import type { Init } from "../ir/ir.ts";
import type { Span } from "../source.ts";
import type { Env } from "./context.ts";
import type { Ty } from "./types.ts";

/** What an argument must be: checked before the rule runs (E0305 / E0306). */
export type PKind = "tensor" | "int" | "ints" | "float" | "bool" | "dtype" | "tensors" | "shape" | "size" | "generator" | "layer" | "any";

export interface BParam {
  name: string;
  kind: PKind;
  optional?: boolean;
  /** The value an omitted optional argument takes (initializers, optimizers, pipelines). */
  default?: number | string;
}

export type BuiltinGroup = "op" | "init" | "generator" | "randwire" | "optimizer" | "checkpoint" | "pipeline" | "value";

export interface BuiltinDef {
  group: BuiltinGroup;
  params: BParam[];
}

const t = (name: string): BParam => ({ name, kind: "tensor" });
const opt = (name: string, kind: PKind, dflt?: number | string): BParam => ({ name, kind, optional: true, ...(dflt === undefined ? {} : { default: dflt }) });
const req = (name: string, kind: PKind): BParam => ({ name, kind });

// The built-ins that are one IR op each are named by the op table; `mean` (a scaled sum) is
// not an op, and argmax (one axis) has a signature of its own below.
const UNARY = [...UNARY_FUNCTIONS.keys()];
const BINARY = [...BINARY_FUNCTIONS.keys()];
const REDUCE = [...[...REDUCE_FUNCTIONS].filter(([, op]) => op !== "argmax").map(([name]) => name), "mean"];
const INITS = ["zeros", "ones", "glorot_uniform", "glorot_normal", "he_uniform", "he_normal", "lecun_normal"] as const;

const table = new Map<string, BuiltinDef>();
for (const n of UNARY) table.set(n, { group: "op", params: [t("x")] });
for (const n of REDUCE) table.set(n, { group: "op", params: [t("x"), opt("axis", "ints"), opt("keepdims", "bool")] });
for (const n of BINARY) table.set(n, { group: "op", params: [t("a"), t("b")] });
const defs: [string, BuiltinDef][] = [
  ["where", { group: "op", params: [t("cond"), t("a"), t("b")] }],
  ["float", { group: "op", params: [req("n", "any")] }],
  ["int", { group: "op", params: [req("x", "any")] }],
  ["cast", { group: "op", params: [t("x"), req("dtype", "dtype")] }],
  ["argmax", { group: "op", params: [t("x"), opt("axis", "int"), opt("keepdims", "bool")] }],
  ["matmul", { group: "op", params: [t("a"), t("b")] }],
  ["conv2d", { group: "op", params: [t("x"), t("w"), opt("stride", "int"), opt("padding", "int"), opt("dilation", "int"), opt("groups", "int")] }],
  ["max_pool2d", { group: "op", params: [t("x"), req("size", "int"), opt("stride", "int"), opt("padding", "int")] }],
  ["avg_pool2d", { group: "op", params: [t("x"), req("size", "int"), opt("stride", "int"), opt("padding", "int")] }],
  ["reshape", { group: "op", params: [t("x"), req("shape", "shape")] }],
  ["flatten", { group: "op", params: [t("x"), opt("start", "int")] }],
  ["transpose", { group: "op", params: [t("x"), opt("perm", "ints")] }],
  ["concat", { group: "op", params: [req("xs", "tensors"), req("axis", "int")] }],
  ["slice", { group: "op", params: [t("x"), req("axis", "int"), req("start", "int"), req("end", "int")] }],
  ["gather", { group: "op", params: [t("x"), t("indices"), opt("axis", "int")] }],
  ["one_hot", { group: "op", params: [t("indices"), req("depth", "int")] }],
  ["dropout", { group: "op", params: [t("x"), req("p", "float")] }],
  ["batch_norm", { group: "op", params: [t("x"), t("gamma"), t("beta"), t("mean"), t("var"), opt("eps", "float"), opt("momentum", "float")] }],
  ["constant", { group: "init", params: [req("value", "float")] }],
  ["normal", { group: "init", params: [opt("mean", "float", 0), opt("std", "float", 0.02)] }],
  ["uniform", { group: "init", params: [opt("low", "float", -0.05), opt("high", "float", 0.05)] }],
  ["er", { group: "generator", params: [req("nodes", "int"), req("p", "float"), req("seed", "int")] }],
  ["ba", { group: "generator", params: [req("nodes", "int"), req("m", "int"), req("seed", "int")] }],
  ["ws", { group: "generator", params: [req("nodes", "int"), req("k", "int"), req("p", "float"), req("seed", "int")] }],
  ["randwire", { group: "randwire", params: [req("graph", "generator"), req("node", "layer")] }],
  ["sgd", { group: "optimizer", params: [req("lr", "float"), opt("momentum", "float", 0), opt("weight_decay", "float", 0)] }],
  ["budget", { group: "checkpoint", params: [req("bytes", "size")] }],
  ["stages", { group: "pipeline", params: [req("count", "int"), opt("microbatches", "int", 1), opt("schedule", "any", "gpipe")] }],
];
for (const [n, d] of defs) table.set(n, d);
for (const n of INITS) table.set(n, { group: "init", params: [] });
// PyTorch's defaults, so a model trained here and there starts from the same settings.
for (const [n, decay] of [["adam", 0], ["adamw", 0.01]] as const)
  table.set(n, { group: "optimizer", params: [opt("lr", "float", 1e-3), opt("beta1", "float", 0.9), opt("beta2", "float", 0.999), opt("eps", "float", 1e-8), opt("weight_decay", "float", decay)] });

/** Names that are values, not functions: dtypes, and the train-block policy names. */
const VALUES: Record<string, Ty> = {
  f32: { k: "dtype", dtype: "f32" },
  i32: { k: "dtype", dtype: "i32" },
  bool: { k: "dtype", dtype: "bool" },
  none: { k: "setting", setting: "checkpoint", name: "none", args: {} },
  gpipe: { k: "setting", setting: "schedule", name: "gpipe", args: {} },
  "1f1b": { k: "setting", setting: "schedule", name: "1f1b", args: {} },
};

export function builtinDef(name: string): BuiltinDef | undefined {
  return table.get(name);
}

export function builtinValue(name: string): Ty {
  return VALUES[name] ?? { k: "builtin", name };
}

export function isBuiltinName(name: string): boolean {
  return table.has(name) || name in VALUES;
}

export function builtinNames(): string[] {
  return [...table.keys(), ...Object.keys(VALUES)];
}

export const INITIALIZERS = new Set([...INITS, "constant", "normal", "uniform"]);

/** Each argument of a built-in call: the given value, else the parameter's default. */
export function withDefaults(name: string, given: ReadonlyMap<string, number | string>): Map<string, number | string> {
  const out = new Map<string, number | string>();
  for (const p of builtinDef(name)?.params ?? []) {
    const v = given.get(p.name) ?? p.default;
    if (v !== undefined) out.set(p.name, v);
  }
  return out;
}

/** One bound argument of a built-in call. */
export interface BArg {
  ty: Ty;
  span: Span;
}

export interface RuleCtx {
  env: Env;
  name: string;
  /** The whole call. */
  span: Span;
  args: Map<string, BArg>;
}

/**
 * What an initializer call makes, its omitted arguments defaulted; undefined when `name` is no
 * initializer or a required argument (constant's `value`) is missing. The checker and the
 * lowering both build a parameter's Init here.
 */
export function initOf(name: string, given: ReadonlyMap<string, number>): Init | undefined {
  if (!INITIALIZERS.has(name)) return undefined;
  const a = withDefaults(name, given);
  const num = (k: string): number => a.get(k) as number;
  switch (name) {
    case "constant":
      return a.has("value") ? { kind: "constant", value: num("value") } : undefined;
    case "normal":
      return { kind: "normal", mean: num("mean"), std: num("std") };
    case "uniform":
      return { kind: "uniform", low: num("low"), high: num("high") };
    default:
      return { kind: name as (typeof INITS)[number] };
  }
}
