// What checking a program yields besides diagnostics: the interface of each model, as
// `dlc inspect` prints it. Symbolic dimensions are strings, fixed ones numbers.
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { Span } from "../source.ts";
import type { Semantic } from "./context.ts";

export type ShapeInfo = (number | string)[];

export interface TensorInfo {
  /** Input/output name, or dotted parameter path (`h1.w`, `blocks.3.attn.q.w`). */
  name: string;
  shape: ShapeInfo;
  dtype: "f32" | "i32" | "bool";
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

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Models and wired graphs of the entry files, in declaration order. */
  models: ModelInfo[];
  /** Side tables for lowering: each expression's type and each name's resolution (from the first, generic check). */
  semantic?: Semantic;
}
