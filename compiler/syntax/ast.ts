// The untyped AST the parser builds. Every node has a span. The checker never mutates it;
// what it learns (types, resolved names) lives in side tables of its own.
import type { Span } from "../source.ts";

export interface Ident {
  kind: "Ident";
  name: string;
  span: Span;
}

// ---------------------------------------------------------------- types
export type DimExpr =
  | { kind: "DimNum"; value: number; span: Span }
  | { kind: "DimName"; name: string; span: Span }
  | { kind: "DimWild"; span: Span } // `_`: any dimension, fresh each time
  | { kind: "DimBin"; op: "+" | "-" | "*" | "/"; left: DimExpr; right: DimExpr; span: Span };

/** `..N`: zero or more leading dimensions named N. */
export interface DimVariadic {
  kind: "DimVariadic";
  name: string;
  span: Span;
}

export type DimItem = DimExpr | DimVariadic;

/** `f32[B, 784]`, `f32[]`, or bare `f32` (a scalar; dims = []). `dtype` is the written name. */
export interface TensorTypeExpr {
  kind: "TensorType";
  dtype: Ident;
  dims: DimItem[];
  span: Span;
}

/** Non-tensor parameter types: `Dim`, `int`, `float`, `bool`, `Layer`, or any other name (checker reports unknown ones). */
export interface NamedTypeExpr {
  kind: "NamedType";
  name: Ident;
  span: Span;
}

export type TypeExpr = TensorTypeExpr | NamedTypeExpr;

// ---------------------------------------------------------------- expressions
export interface NumberLit {
  kind: "Number";
  value: number;
  /** True when written with `.` or an exponent: `1.0`, `1e-3`. */
  isFloat: boolean;
  raw: string;
  span: Span;
}

/** `64 MiB`, `512 KiB`, `1 GiB`, `100 B`: a size in bytes. */
export interface SizeLit {
  kind: "Size";
  bytes: number;
  raw: string;
  span: Span;
}

export interface StringLit {
  kind: "String";
  value: string;
  span: Span;
  /** An unknown escape or no closing quote (the lexer reported it): the value is a guess. */
  malformed?: true;
}

export interface BoolLit {
  kind: "Bool";
  value: boolean;
  span: Span;
}

export interface NameExpr {
  kind: "Name";
  name: string;
  span: Span;
}

export type UnaryOp = "-" | "!";
export interface UnaryExpr {
  kind: "Unary";
  op: UnaryOp;
  operand: Expr;
  span: Span;
}

export type BinaryOp = "+" | "-" | "*" | "/" | "%" | "@" | "**" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "&&" | "||";
export interface BinaryExpr {
  kind: "Binary";
  op: BinaryOp;
  opSpan: Span;
  left: Expr;
  right: Expr;
  span: Span;
}

export interface Arg {
  /** Set for named arguments: `axis: -1`. */
  name?: Ident;
  value: Expr;
  span: Span;
}

export interface CallExpr {
  kind: "Call";
  callee: Expr;
  args: Arg[];
  /** Span of the parenthesised argument list, `(` to `)`. */
  argsSpan: Span;
  span: Span;
}

export interface SliceItem {
  kind: "Slice";
  start?: Expr;
  end?: Expr;
  step?: Expr;
  span: Span;
}

export type IndexItem = Expr | SliceItem;

export interface IndexExpr {
  kind: "Index";
  target: Expr;
  indices: IndexItem[];
  span: Span;
}

export interface MemberExpr {
  kind: "Member";
  target: Expr;
  name: Ident;
  span: Span;
}

/** `[a, b, c]`: a list, e.g. a shape `[B, T, heads, d / heads]` or tensors for concat. */
export interface ListExpr {
  kind: "List";
  items: Expr[];
  span: Span;
}

/** `repeat N { Block(args) }`: N copies of a shape-preserving layer, applied in sequence. */
export interface RepeatExpr {
  kind: "Repeat";
  count: Expr;
  body: Expr;
  span: Span;
}

export type Expr =
  | NumberLit
  | SizeLit
  | StringLit
  | BoolLit
  | NameExpr
  | UnaryExpr
  | BinaryExpr
  | CallExpr
  | IndexExpr
  | MemberExpr
  | ListExpr
  | RepeatExpr;

// ---------------------------------------------------------------- statements and blocks
/** `name = expr` or `name: type = expr`. */
export interface LetStmt {
  kind: "Let";
  name: Ident;
  type?: TypeExpr;
  value: Expr;
  span: Span;
}

/** `{ stmt* expr? }`: the value of a block is its final expression. */
export interface Block {
  kind: "Block";
  stmts: LetStmt[];
  result?: Expr;
  span: Span;
}

/** A parameter of a fn, layer, or model: `x: f32[B, in]`, `axis: int = -1`, `d: Dim`. */
export interface Param {
  kind: "Param";
  name: Ident;
  type?: TypeExpr;
  default?: Expr;
  span: Span;
}

// ---------------------------------------------------------------- declarations
export interface UseItem {
  kind: "UseItem";
  name: Ident;
  alias?: Ident;
  span: Span;
}

/** `use std.nn.{Linear, relu as r}`, `use std.nn.Linear`, `use std.nn.*`, `use "./blocks.dl".{Block}`. */
export interface UseDecl {
  kind: "Use";
  /** `std.nn` → { kind: "module", segments: [std, nn] }; `"./x.dl"` → { kind: "file", path }. */
  source: { kind: "module"; segments: Ident[]; span: Span } | { kind: "file"; path: StringLit };
  /** `*` imports every top-level name; otherwise `items` lists them. */
  glob: boolean;
  items: UseItem[];
  span: Span;
}

/** `fn name(params) -> type { body }`. In a layer, the forward fn has no name. */
export interface FnDecl {
  kind: "Fn";
  name?: Ident;
  params: Param[];
  returnType?: TypeExpr;
  body: Block;
  span: Span;
}

/** `param w: f32[in, out] = glorot_uniform()` inside a layer; `state` for non-trainable tensors (BatchNorm's running statistics). */
export interface ParamDecl {
  kind: "ParamDecl";
  isState: boolean;
  name: Ident;
  type: TypeExpr;
  init: Expr;
  span: Span;
}

export type LayerItem = ParamDecl | LetStmt | FnDecl;

export interface LayerDecl {
  kind: "Layer";
  name: Ident;
  params: Param[];
  items: LayerItem[];
  span: Span;
}

/** `input x: f32[B, 784]` in a model, wired graph or train block. */
export interface InputDecl {
  kind: "Input";
  name: Ident;
  type: TypeExpr;
  span: Span;
}

/** `output y = expr` or `output y: f32[B, 10] = expr` in a model. */
export interface OutputDecl {
  kind: "Output";
  name: Ident;
  type?: TypeExpr;
  value: Expr;
  span: Span;
}

export type ModelItem = InputDecl | OutputDecl | LetStmt;

export interface ModelDecl {
  kind: "Model";
  name: Ident;
  params: Param[];
  items: ModelItem[];
  span: Span;
}

/** `neuron h[3]: relu` (hidden) or `output y[2]: linear` (output group) in a wired graph. */
export interface NeuronDecl {
  kind: "Neuron";
  isOutput: boolean;
  name: Ident;
  count: Expr;
  activation: Ident;
  span: Span;
}

/** `x[0]`, `h[1:3]`, `h` (whole group) as the end of a connection. */
export interface Endpoint {
  kind: "Endpoint";
  name: Ident;
  index?: IndexItem;
  span: Span;
}

/** `x[0], x[1] -> h[0], h[1]`: every source feeds every destination. */
export interface ConnectDecl {
  kind: "Connect";
  from: Endpoint[];
  to: Endpoint[];
  span: Span;
}

export type WiredItem = InputDecl | NeuronDecl | ConnectDecl;

export interface WiredDecl {
  kind: "Wired";
  name: Ident;
  items: WiredItem[];
  span: Span;
}

/** `loss = cross_entropy(y, label)`, `optimizer = adam(lr: 1e-3)`, ... in a train block. */
export interface SettingDecl {
  kind: "Setting";
  key: Ident;
  value: Expr;
  span: Span;
}

export type TrainItem = InputDecl | SettingDecl;

export interface TrainDecl {
  kind: "Train";
  model: Ident;
  items: TrainItem[];
  span: Span;
}

/** Top-level `name = expr`, e.g. `stage = randwire(ws(nodes: 32, k: 4, p: 0.75, seed: 1), node: SepConvNode(78))`. */
export interface ConstDecl {
  kind: "Const";
  name: Ident;
  value: Expr;
  span: Span;
}

export type Decl = UseDecl | FnDecl | LayerDecl | ModelDecl | WiredDecl | TrainDecl | ConstDecl;

export interface Program {
  kind: "Program";
  file: string;
  decls: Decl[];
  span: Span;
}
