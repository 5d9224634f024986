// Checks a neuron-level `wired` graph (Freewire-style): every hidden or output neuron computes
// act(Σ_i w_i · src_i + b) over its incoming connections. The checker proper supplies a
// WiredContext (constants, activations in scope, input types); this module owns everything
// wired-specific: group declarations, endpoint resolution, edges, cycles, and the resolved
// WiredGraph the lowering turns into padded gather + multiply + sum per level.
//
// Parameters: for each neuron group g, in declaration order, `g.w: f32[E]` (E = incoming
// connections of all of g's neurons; neuron 0's weights first, each neuron's ordered by source
// tape slot — see WiredNeuron) then `g.b: f32[count]`.
import type { Init } from "../ir/ir.ts";
import { diag, hasErrors, type Diagnostic } from "../diagnostics/diagnostic.ts";
import type { Expr, TypeExpr, WiredDecl } from "../syntax/ast.ts";
import type { ModelInfo, TensorInfo } from "./result.ts";
import { collectEdges, type Edges } from "./wired-connect.ts";
import { levelize, type WiredGraph, type WiredNeuron } from "./wired-graph.ts";
import { collectGroups, type Groups } from "./wired-groups.ts";
import { checkStructure } from "./wired-structure.ts";

export type { WiredGraph, WiredGroup, WiredInput, WiredNeuron, PaddedLevel } from "./wired-graph.ts";
export { padLevel } from "./wired-graph.ts";

export interface WiredContext {
  file: string;
  /** Evaluates a compile-time int (neuron counts, indices); undefined when it is not one. */
  constInt(e: Expr): number | undefined;
  /** `linear`, or a unary f32[..S] -> f32[..S] function in scope. */
  isActivation(name: string): boolean;
  /** Names for did-you-mean hints on unknown activations. */
  activationCandidates(): string[];
  /** The input's dtype and shape; undefined when the type is broken (already reported). */
  inputType(t: TypeExpr): { dtype: string; shape: (number | string)[] } | undefined;
  /** Tells the checker an imported or declared function is used (as an activation). */
  markUsed(name: string): void;
}

export interface WiredResult {
  diagnostics: Diagnostic[];
  info: ModelInfo;
  /** Present exactly when there are no errors (warnings allowed). */
  graph?: WiredGraph;
}

/** Never throws: a bug in here becomes an E0901 diagnostic, not a crashed compiler. */
export function checkWired(decl: WiredDecl, ctx: WiredContext): WiredResult {
  try {
    return checkWiredUnguarded(decl, ctx);
  } catch (err) {
    const what = err instanceof Error ? err.message : String(err);
    return {
      diagnostics: [
        diag("E0901", decl.name.span, `internal error while checking wired graph \`${decl.name.name}\`: ${what}`, {
          hint: "please report this with the input that caused it",
        }),
      ],
      info: emptyInfo(decl, ctx),
    };
  }
}

function checkWiredUnguarded(decl: WiredDecl, ctx: WiredContext): WiredResult {
  const diagnostics: Diagnostic[] = [];
  const groups = collectGroups(decl, ctx, diagnostics);
  const name = decl.name.name;
  if (groups.inputs.length === 0) {
    diagnostics.push(
      diag("E0507", decl.name.span, `wired graph \`${name}\` declares no input`, {
        primaryLabel: "no input",
        hint: "add one, e.g. `input x: f32[B, 4]`, and connect its columns to neurons",
      }),
    );
  }
  if (!groups.neuronGroups.some((g) => g.role === "output")) {
    diagnostics.push(
      diag("E0503", decl.name.span, `wired graph \`${name}\` declares no output group`, {
        primaryLabel: "no output",
        hint: "add one, e.g. `output y[2]: linear`, and connect neurons to it",
      }),
    );
  }
  const edges = collectEdges(decl, groups, ctx, diagnostics);
  if (!edges.truncated) checkStructure(groups, edges, diagnostics);
  const info = modelInfo(decl, ctx, groups, edges);
  const result: WiredResult = { diagnostics, info };
  if (!hasErrors(diagnostics)) result.graph = buildGraph(name, groups, edges);
  return result;
}

/** spec/language.md §5: a group's weights start glorot_uniform, its biases at zero. */
export const WIRED_INITS = { w: { kind: "glorot_uniform" }, b: { kind: "zeros" } } as const satisfies Record<string, Init>;

function modelInfo(decl: WiredDecl, ctx: WiredContext, groups: Groups, edges: Edges): ModelInfo {
  const outputs: TensorInfo[] = [];
  const parameters: TensorInfo[] = [];
  for (const g of groups.neuronGroups) {
    if (g.size === undefined) continue;
    if (g.role === "output") outputs.push({ name: g.name, shape: [groups.batch, g.size], dtype: "f32" });
    let incoming = 0;
    for (let id = g.base; id < g.base + g.size; id++) incoming += edges.preds[id].size;
    parameters.push({ name: `${g.name}.w`, shape: [incoming], dtype: "f32", init: WIRED_INITS.w });
    parameters.push({ name: `${g.name}.b`, shape: [g.size], dtype: "f32", init: WIRED_INITS.b });
  }
  const parameterCount = parameters.reduce((n, p) => n + (p.shape[0] as number), 0);
  return { ...emptyInfo(decl, ctx), inputs: groups.inputInfos, outputs, parameters, parameterCount };
}

function emptyInfo(decl: WiredDecl, ctx: WiredContext): ModelInfo {
  return { name: decl.name.name, kind: "wired", file: ctx.file, span: decl.span, inputs: [], outputs: [], parameters: [], state: [], parameterCount: 0 };
}

/** Only called without errors: every group and input is valid and the graph is acyclic. */
function buildGraph(name: string, groups: Groups, edges: Edges): WiredGraph {
  const graph: WiredGraph = { name, inputs: [], groups: [], neurons: [], inputWidth: groups.inputWidth, levels: [] };
  for (const i of groups.inputs) graph.inputs.push({ name: i.name, width: i.size!, offset: i.base });
  let weightOffset = 0;
  const neuronPreds: number[][] = [];
  for (const g of groups.neuronGroups) {
    const groupIndex = graph.groups.length;
    let weightStart = 0;
    for (let index = 0; index < g.size!; index++) {
      const id = g.base + index;
      const sources = [...edges.preds[id].keys()].sort((a, b) => a - b);
      const n: WiredNeuron = { group: groupIndex, index, slot: groups.inputWidth + id, level: 0, sources, weightStart };
      graph.neurons.push(n);
      neuronPreds.push(sources.filter((s) => s >= groups.inputWidth).map((s) => s - groups.inputWidth));
      weightStart += sources.length;
    }
    graph.groups.push({
      name: g.name,
      isOutput: g.role === "output",
      count: g.size!,
      activation: g.activation,
      first: g.base,
      weightCount: weightStart,
      weightOffset,
    });
    weightOffset += weightStart;
  }
  const levels = levelize(neuronPreds);
  levels.forEach((level, id) => {
    graph.neurons[id].level = level;
    while (graph.levels.length < level) graph.levels.push([]);
    graph.levels[level - 1].push(id);
  });
  return graph;
}
