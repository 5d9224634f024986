// The checker's values. DL is checked by abstract evaluation: a compile-time number is its
// value (possibly symbolic), a tensor is its dtype and shape, a layer instance is its forward
// signature and parameter list. The same `Ty` is the "type" of an expression.
import type { Init } from "../ir/ir.ts";
import type { Span } from "../source.ts";
import type { FnDecl, LayerDecl } from "../syntax/ast.ts";
import { type Dim, printDim, symbolName } from "./dims.ts";

export type DType = "f32" | "i32" | "bool";
export const DTYPES: readonly string[] = ["f32", "i32", "bool"];

/** Leading dimensions of unknown count: a variadic `..N` (by symbol id) or unknown (gradual). */
export type Rest = { kind: "var"; id: string } | { kind: "unknown" };

/**
 * `[lead.., ..rest, dims..]`. Without a rest, all dimensions are in `dims` and `lead` is empty;
 * a variadic may stand anywhere (`f32[N, c, ..S]`), so `lead` holds the dims before it.
 */
export interface Shape {
  lead?: Dim[];
  rest?: Rest;
  dims: Dim[];
}

/** Build a shape, folding a bound variadic's parts in. */
export function mkShape(lead: Dim[], rest: Rest | undefined, dims: Dim[]): Shape {
  if (!rest) return { dims: [...lead, ...dims] };
  return lead.length > 0 ? { lead, rest, dims } : { rest, dims };
}

/** All dimensions when the rank is known. */
export function fixedDims(s: Shape): Dim[] | undefined {
  return s.rest ? undefined : s.dims;
}

/** Why a value has its type: where that came from, in words, for diagnostic labels. */
export interface Origin {
  span: Span;
  what: string;
}

export interface TensorTy {
  k: "tensor";
  dtype: DType;
  shape: Shape;
  origin?: Origin;
}

/** A parameter of a callable: fn, layer constructor, forward function. */
export interface SigParam {
  name: string;
  /** What kind of argument it takes. */
  want: "int" | "float" | "bool" | "layer" | "tensor" | "any";
  /** Pattern type (binder symbols are replaced by fresh variables per call); undefined: anything. */
  ty?: Ty;
  /** The written type, for "declared at" labels. */
  tySpan?: Span;
  /** The default, evaluated in terms of the signature's binders (`stride: int = size`). */
  default?: Ty;
  optional: boolean;
  span: Span;
}

export interface Sig {
  params: SigParam[];
  /** Result type; undefined only while it is being inferred. */
  ret: Ty;
  retSpan?: Span;
  /** Without a declared result type: the expression the result type was inferred from. */
  inferredAt?: Span;
  /** Symbol ids a call replaces by fresh variables (dims and variadics the signature binds). */
  binders: string[];
  /** How messages name the callee: "`relu`", "`Linear(784, 300)`". */
  label: string;
  declSpan: Span;
  /** The constructor call that made the instance this is the forward function of (`Linear(784, 300)`). */
  site?: Span;
}

export interface TensorEntry {
  /** Path relative to the instance that owns it: `w`, `attn.q.w`, `blocks.3.ln.gamma`. */
  path: string;
  dtype: DType;
  shape: Dim[];
  /** The `param`/`state` declaration. */
  span: Span;
  /** Where the outermost owner registered the instance holding it (a model's binding). */
  site?: Span;
  /** Its initializer, once the arguments are known numbers (always, in a model). */
  init?: Init;
}

export interface Instance {
  id: number;
  /** `Linear(784, 300)`: how messages name it. */
  label: string;
  forward: Sig;
  params: TensorEntry[];
  state: TensorEntry[];
  /** `a.b` access: parameters (tensors) and named sub-layers. */
  members: Map<string, Ty>;
  declSpan: Span;
  /** Ids of every instance nested inside (sub-layers, repeated copies): their parameters are already counted here. */
  descendants: Set<number>;
  /** How lowering builds it: a layer's own body, N copies of a template, or a RandWire stage. */
  build:
    | { kind: "layer"; layer: LayerSym; args: Ty[] }
    | { kind: "repeat"; template: Instance; count: number }
    | { kind: "randwire"; node: Instance; graph: { nodes: number; edges: [number, number][] } }
    | { kind: "opaque" };
  /** An instance nothing is known about (a `Layer` parameter in a generic body). */
  opaque?: boolean;
}

/** A user function or layer declaration, as a value. The module is the checker's ModuleCtx. */
export interface FnSym {
  decl: FnDecl;
  name: string;
  module: string;
}
export interface LayerSym {
  decl: LayerDecl;
  name: string;
  module: string;
}

export interface GraphSpecTy {
  kind: "er" | "ba" | "ws";
  args: Record<string, number>;
  span: Span;
}

export type Ty =
  | TensorTy
  /**
   * A compile-time int or Dim; value undefined when not known (gradual). `notConst` says why
   * an int has no value at all, not even a symbolic one (`n % 2` on a symbolic `n`): where a
   * compile-time value is required that is E0306.
   */
  | { k: "int"; value?: Dim; notConst?: string }
  | { k: "float"; value?: number }
  | { k: "bool"; value?: boolean }
  | { k: "string"; value: string }
  | { k: "size"; bytes: number }
  | { k: "list"; items: Ty[] }
  | { k: "dtype"; dtype: DType }
  | { k: "layer"; layer: LayerSym }
  | { k: "instance"; inst: Instance }
  | { k: "fn"; fn: FnSym }
  | { k: "builtin"; name: string }
  | { k: "module"; path: string; name: string }
  | { k: "generator"; spec: GraphSpecTy }
  /** Train-block values: an optimizer, checkpoint policy, pipeline or schedule. */
  | { k: "setting"; setting: "optimizer" | "checkpoint" | "pipeline" | "schedule"; name: string; args: Record<string, number | string> }
  /** Nothing known: compatible with everything (gradual typing). */
  | { k: "unknown" }
  /** Already reported: silently compatible with everything downstream. */
  | { k: "error" };

export const ERROR: Ty = { k: "error" };
export const UNKNOWN: Ty = { k: "unknown" };

export function tensor(dtype: DType, shape: Shape | Dim[], origin?: Origin): TensorTy {
  const t: TensorTy = { k: "tensor", dtype, shape: Array.isArray(shape) ? { dims: shape } : shape };
  if (origin) t.origin = origin;
  return t;
}

export function isLoose(t: Ty): boolean {
  return t.k === "error" || t.k === "unknown";
}

export function printShape(s: Shape): string {
  const parts = [...(s.lead ?? []).map(printDim)];
  if (s.rest) parts.push(s.rest.kind === "var" ? `..${symbolName(s.rest.id)}` : "..");
  parts.push(...s.dims.map(printDim));
  return `[${parts.join(", ")}]`;
}

export function printTensor(t: TensorTy): string {
  return `${t.dtype}${printShape(t.shape)}`;
}

/** The type as a programmer would write it. */
export function printTy(t: Ty): string {
  switch (t.k) {
    case "tensor":
      return printTensor(t);
    case "int":
      return t.value && t.value.terms.some((x) => x.mono.length > 0) ? "Dim" : "int";
    case "float":
    case "bool":
    case "string":
    case "size":
      return t.k;
    case "list":
      return `[${t.items.map(printTy).join(", ")}]`;
    case "dtype":
      return "dtype";
    case "layer":
      return `layer ${t.layer.name}`;
    case "instance":
      return `layer instance ${t.inst.label}`;
    case "fn":
      return `fn ${t.fn.name}`;
    case "builtin":
      return `built-in ${t.name}`;
    case "module":
      return `module ${t.name}`;
    case "generator":
      return "graph generator";
    case "setting":
      return t.setting;
    case "unknown":
      return "unknown";
    case "error":
      return "error";
  }
}

/** "a tensor f32[B, 3]", "a layer constructor `Linear`": what a value is, for wrong-kind messages. */
export function describe(t: Ty): string {
  switch (t.k) {
    case "tensor":
      return `a tensor ${printTensor(t)}`;
    case "int":
      return t.value && printDim(t.value) !== "_" ? `the int ${printDim(t.value)}` : "an int";
    case "float":
      return t.value !== undefined ? `the float ${t.value}` : "a float";
    case "bool":
      return "a bool";
    case "string":
      return "a string";
    case "size":
      return "a size";
    case "list":
      return "a list";
    case "dtype":
      return "a dtype";
    case "layer":
      return `the layer constructor \`${t.layer.name}\``;
    case "instance":
      return `the layer instance \`${t.inst.label}\``;
    case "fn":
      return `the function \`${t.fn.name}\``;
    case "builtin":
      return `the built-in \`${t.name}\``;
    case "module":
      return `the module \`${t.name}\``;
    case "generator":
      return "a graph generator";
    case "setting":
      return `a ${t.setting} setting`;
    case "unknown":
      return "a value";
    case "error":
      return "an erroneous value";
  }
}

/** A short printing of a compile-time value for instance labels: `Linear(784, 300)`. */
export function printValue(t: Ty): string {
  switch (t.k) {
    case "int":
      return t.value ? printDim(t.value) : "int";
    case "float":
      return t.value !== undefined ? String(t.value) : "float";
    case "bool":
      return t.value !== undefined ? String(t.value) : "bool";
    case "string":
      return JSON.stringify(t.value);
    case "list":
      return `[${t.items.map(printValue).join(", ")}]`;
    case "dtype":
      return t.dtype;
    case "instance":
      return t.inst.label;
    default:
      return printTy(t);
  }
}
