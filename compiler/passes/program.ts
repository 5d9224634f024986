// What the middle-end passes exchange: the lowered graph plus everything that must travel
// with it (parameters, the batch-axis side table, parameter/state updates, train settings),
// and the Pass interface they all implement. Passes are pure: each returns a new Program and
// never mutates the one it was given, so the pipeline can print or verify any intermediate.
import type { BatchAnalysis } from "../batch-analysis.ts";
import type { Graph } from "../ir/ir.ts";
import type { LoweredParam } from "../lower/lower.ts";
import type { SourceFile, Span } from "../source.ts";

/** `target` (a param or state name) takes the value of `node` after a step; training fills these. */
export interface ParamUpdate {
  target: string;
  node: number;
}

export interface Program {
  readonly graph: Graph;
  /** Parameters and state in declaration order, as lowering listed them. */
  readonly params: readonly LoweredParam[];
  /** Graph input name → its batch axis; inputs without a batch are absent. */
  readonly batchAxes: Readonly<Record<string, number>>;
  /**
   * Written by the batch pass. Keyed by output name, so a later rewrite that renumbers
   * nodes leaves it meaningful (only the %ids quoted in `reason` may go stale).
   */
  readonly batch?: BatchAnalysis;
  /** Node ids of the graph: a rewrite remaps them and keeps them alive, like outputs. */
  readonly updates: readonly ParamUpdate[];
  /** Train-block settings; undefined until the training issue defines them. */
  readonly train?: unknown;
}

export interface PassOptions {
  /** The batch size the graph was lowered for (the batch pass needs it). */
  batch?: number;
  /** Constant folding leaves tensors with more elements than this alone (default 4096). */
  foldLimit?: number;
}

export interface PassContext {
  /** Sources by host path, so diagnostics and printed IR can name `.dl` lines. */
  readonly sources: ReadonlyMap<string, SourceFile>;
  readonly options: PassOptions;
  /** Where to point a diagnostic that no node's span explains (the model declaration). */
  readonly at?: Span;
}

export interface Pass {
  /** Lower-case, stable: `--print-after NAME` and diagnostics use it. */
  readonly name: string;
  run(program: Program, ctx: PassContext): Program;
}
