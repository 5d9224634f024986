// What checking a program yields besides diagnostics: the interface of each model, as
// `dlc inspect` prints it. Symbolic dimensions are strings, fixed ones numbers.
import type { Init } from "../ir/ir.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { Span } from "../source.ts";
import type { Expr } from "../syntax/ast.ts";
import type { Semantic } from "./context.ts";

export type ShapeInfo = (number | string)[];

export interface TensorInfo {
  /** Input/output name, or dotted parameter path (`h1.w`, `blocks.3.attn.q.w`). */
  name: string;
  shape: ShapeInfo;
  dtype: "f32" | "i32" | "bool";
  /** Parameters and state: the initializer, its arguments defaulted. */
  init?: Init;
}

export interface ModelInfo {
  name: string;
  kind: "model" | "wired";
  /** Host path of the file that declares it. */
  file: string;
  span: Span;
  inputs: TensorInfo[];
  outputs: TensorInfo[];
  /** Trainable parameters, in declaration order. */
  parameters: TensorInfo[];
  /** Non-trainable state (`state` items, e.g. BatchNorm running statistics). */
  state: TensorInfo[];
  /** Sum over `parameters` of the product of their shapes. */
  parameterCount: number;
}

/** An optimizer with every argument given or defaulted (spec/language.md §7). */
export type OptimizerSettings =
  | { kind: "sgd"; lr: number; momentum: number; weightDecay: number }
  | { kind: "adam" | "adamw"; lr: number; beta1: number; beta2: number; eps: number; weightDecay: number };

export type CheckpointSettings = { kind: "none" } | { kind: "sqrt" } | { kind: "budget"; bytes: number };

export type PipelineSettings = { kind: "none" } | { kind: "stages"; count: number; microbatches: number; schedule: "gpipe" | "1f1b" };

/** A train block that checked without errors: its settings as data, defaults filled in. */
export interface TrainInfo {
  /** The model (or wired graph) it trains. */
  model: string;
  file: string;
  span: Span;
  /** The block's own inputs (labels, targets), shaped like ModelInfo's. */
  inputs: TensorInfo[];
  /** The loss expression, over the model's inputs and outputs and the block's inputs. */
  loss: Expr;
  optimizer: OptimizerSettings;
  checkpoint: CheckpointSettings;
  pipeline: PipelineSettings;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Models and wired graphs of the entry files, in declaration order. */
  models: ModelInfo[];
  /** Train blocks of the entry files that checked cleanly, in declaration order. */
  trains: TrainInfo[];
  /**
   * Side tables for lowering (context.ts Semantic): each expression's type (from the generic
   * check), what each name in an expression or a written dimension resolved to (every check),
   * every model's interface and parameter values, each wired graph and its activations, and each
   * randwire call's generated graphs.
   */
  semantic?: Semantic;
}
