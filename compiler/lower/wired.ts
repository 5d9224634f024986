// Lowering of `wired` graphs, levelized as the checker's layout intends (wired-graph.ts): all
// values live on a tape f32[B, slots]; each level gathers its neurons' sources from the tape
// (padded to the level's largest fan-in), multiplies by its weights, sums, adds the biases,
// applies each neuron's activation, and appends its neurons to the tape. Weights and biases
// of every level are packed once from the groups' parameters (packLevels), so a level is one
// fused kernel: gather, multiply, sum, bias and activation.
import type { Resolution } from "../check/context.ts";
import { CATEGORY, UNARY_FUNCTIONS } from "../ir/ops/table.ts";
import { padNeurons, type PaddedLevel, type WiredGraph } from "../check/wired-graph.ts";
import type { TensorInfo } from "../check/result.ts";
import type { Span } from "../source.ts";
import type { WiredDecl } from "../syntax/ast.ts";
import { callFn } from "./eval.ts";
import type { DimBinding } from "./lower.ts";
import { type Env, LowerError, type Lowering, Owner, PENDING_INIT, Scope } from "./values.ts";

export interface WiredLowered {
  owner: Owner;
  outputs: { name: string; node: number }[];
  /** Input name → 0 for each input whose rows are the batch (every wired input is [rows, width]). */
  batchAxes: Record<string, number>;
}

/** `resolved`: what the checker resolved each activation but `linear` to (Semantic.activations). */
export function lowerWired(L: Lowering, decl: WiredDecl, module: string, graph: WiredGraph, resolved: ReadonlyMap<string, Resolution>, checked: readonly TensorInfo[], batch: (name: string) => DimBinding): WiredLowered {
  const b = L.b;
  const span = decl.span;
  const owner = new Owner();
  const env: Env = { L, module, scope: new Scope(), dims: new Map() };
  // Inputs in declaration order: the tape's first columns, as WiredInput.offset lays them out.
  const inputs: number[] = [];
  const batchAxes: Record<string, number> = {};
  for (const item of decl.items) {
    if (item.kind !== "Input" || item.type.kind !== "TensorType") continue;
    const info = graph.inputs.find((i) => i.name === item.name.name);
    const rowsFact = checked.find((i) => i.name === item.name.name)?.shape;
    if (!info || rowsFact?.length !== 2) throw new LowerError(`wired input \`${item.name.name}\` is not in the checked graph`, item.span);
    // The checker's rows: a number is fixed, a name (or `_`) is the batch unless options.dims sizes it.
    const rows = typeof rowsFact[0] === "number" ? { size: rowsFact[0], batch: false } : batch(rowsFact[0]);
    inputs.push(b.input(item.name.name, "f32", [rows.size, info.width], item.span));
    if (rows.batch) batchAxes[item.name.name] = 0;
  }
  // Initializers are the checker's (check/wired.ts WIRED_INITS), given by lower.ts with the paths.
  const param = (local: string, n: number, at: Span) => {
    const node = b.param(`%param${L.nextParam++}`, "f32", [n], PENDING_INIT, {}, at);
    L.params.set(node, { dtype: "f32", shape: [n], trainable: true });
    owner.entries.push({ kind: "param", local, node, trainable: true });
    return node;
  };
  const ws: number[] = [];
  const bs: number[] = [];
  for (const g of graph.groups) {
    const at = groupSpan(decl, g.name) ?? span;
    // The checker names them `${g.name}.w` and `${g.name}.b`, in this order.
    ws.push(param("w", g.weightCount, at));
    bs.push(param("b", g.count, at));
  }
  const single = inputs.length === 1;
  const levels = planLevels(graph, single);
  const pack = packLevels(L, graph, levels, ws, bs, span);
  // With one input the first level copies it onto the tape itself; several are concatenated.
  let tape = single ? inputs[0] : b.concat(inputs, 1, span);
  /** Tape column of each slot computed so far. */
  const column = new Map<number, number>();
  for (let s = 0; s < graph.inputWidth; s++) column.set(s, s);
  let width = single ? 0 : graph.inputWidth;
  const outputs: WiredLowered["outputs"] = [];
  levels.forEach((lv, l) => {
    const rows = lv.copies + lv.pl.neurons.length;
    const cols = Array.from(lv.slots, (slot) => column.get(slot)!);
    const picked = b.reshape(b.gather(tape, b.const(cols, "i32", [cols.length], span), 1, span), [-1, rows, lv.fanIn], span);
    const w = b.reshape(b.sliceAxis(pack.node, 0, pack.weights[l], pack.weights[l] + cols.length, 1, span), [rows, lv.fanIn], span);
    const summed = b.reduce("reduce_sum", b.binaryBroadcast("mul", picked, w, span), -1, false, span);
    const pre = b.binaryBroadcast("add", summed, b.sliceAxis(pack.node, 0, pack.biases[l], pack.biases[l] + rows, 1, span), span);
    const out = activateLevel(env, decl, graph, resolved, lv, pre, span);
    if (lv.output !== undefined) {
      outputs.push({ name: graph.groups[lv.output].name, node: out });
      return;
    }
    tape = l === 0 && single ? out : b.concat([tape, out], 1, span);
    lv.pl.neurons.forEach((id, row) => column.set(graph.neurons[id].slot, width + lv.copies + row));
    width += rows;
  });
  return { owner, outputs, batchAxes };
}

/**
 * One fused kernel each, in order: the hidden neurons level by level, then each output group
 * on its own (outputs feed nothing, so they may wait for the last level; each is then written
 * straight into its output). With a single input, the first level also copies the input's
 * columns onto the tape (as neurons of weight 1, bias 0 and no activation).
 */
interface Level {
  pl: PaddedLevel;
  /** Leading rows that copy input columns 0 … copies − 1. */
  copies: number;
  fanIn: number;
  /** rows × fanIn tape slots (the copies' first, then pl's rows, re-padded to fanIn). */
  slots: Int32Array;
  /** The output group this level computes, if it is one. */
  output?: number;
}

function planLevels(graph: WiredGraph, copyInput: boolean): Level[] {
  const hidden = graph.levels.map((ids) => ids.filter((id) => !graph.groups[graph.neurons[id].group].isOutput)).filter((ids) => ids.length > 0);
  const sets = hidden.map((ids) => ({ ids, output: undefined as number | undefined }));
  graph.groups.forEach((g, i) => {
    if (g.isOutput) sets.push({ ids: Array.from({ length: g.count }, (_, k) => g.first + k), output: i });
  });
  return sets.map(({ ids, output }, l) => {
    const pl = padNeurons(graph, ids);
    const copies = l === 0 && copyInput ? graph.inputWidth : 0;
    const fanIn = Math.max(pl.fanIn, copies > 0 ? 1 : 0);
    const slots = new Int32Array((copies + ids.length) * fanIn);
    for (let c = 0; c < copies; c++) slots[c * fanIn] = c;
    for (let r = 0; r < ids.length; r++) slots.set(pl.sourceSlots.subarray(r * pl.fanIn, (r + 1) * pl.fanIn), (copies + r) * fanIn);
    return { pl, copies, fanIn, slots, ...(output === undefined ? {} : { output }) };
  });
}

function groupSpan(decl: WiredDecl, name: string): Span | undefined {
  return decl.items.find((i) => i.kind === "Neuron" && i.name.name === name)?.span;
}

/** Where each level's weights ([rows × fanIn], padding 0) and biases ([rows]) start in the pack. */
interface Pack {
  node: number;
  weights: number[];
  biases: number[];
}

/**
 * Every level's padded weights and biases in one vector, gathered straight from the groups'
 * parameters: one kernel per run, where concatenating the parameters costs a copy each and
 * gathering per level repeats the gather for every sample. Padding entries select no source
 * and stay 0, so they add nothing to the sums.
 */
function packLevels(L: Lowering, graph: WiredGraph, levels: readonly Level[], ws: readonly number[], bs: readonly number[], span: Span): Pack {
  const b = L.b;
  const weights: number[] = [];
  const biases: number[] = [];
  let total = 0;
  for (const lv of levels) {
    const rows = lv.copies + lv.pl.neurons.length;
    weights.push(total);
    total += rows * lv.fanIn;
    biases.push(total);
    total += rows;
  }
  // Source 2g is group g's `.w`, 2g + 1 its `.b`; ONE is a copy's weight; -1 is padding (0).
  const ONE = -2;
  const source = new Int32Array(total).fill(-1);
  const index = new Int32Array(total);
  levels.forEach((lv, l) => {
    for (let c = 0; c < lv.copies; c++) source[weights[l] + c * lv.fanIn] = ONE;
    lv.pl.neurons.forEach((id, r) => {
      const n = graph.neurons[id];
      const row = lv.copies + r;
      for (let k = 0; k < n.sources.length; k++) {
        const at = weights[l] + row * lv.fanIn + k;
        source[at] = 2 * n.group;
        index[at] = n.weightStart + k;
      }
      source[biases[l] + row] = 2 * n.group + 1;
      index[biases[l] + row] = n.index;
    });
  });
  const used = new Set(source);
  const sourceT = b.const(Array.from(source), "i32", [total], span);
  const indexT = b.const(Array.from(index), "i32", [total], span);
  const is = (s: number) => b.binaryBroadcast("eq", sourceT, b.const(s, "i32", [], span), span);
  let pack = used.has(ONE) ? b.cast(is(ONE), "f32", span) : b.broadcastTo(b.const(0, "f32", [], span), [total], span);
  graph.groups.flatMap((_, g) => [ws[g], bs[g]]).forEach((p, s) => {
    // Entries of other sources may index past this parameter: gather clamps them (spec/builtins.md), and the select drops them.
    if (used.has(s)) pack = b.where(is(s), b.gather(p, indexT, 0, span), pack, span);
  });
  return { node: pack, weights, biases };
}

/** Ops after which an activation applied to a whole level equals it applied neuron by neuron. */
const PER_ELEMENT = new Set(["elementwise", "broadcast", "source"]);

/**
 * Each neuron's activation on a level's pre-activations [rows, neurons]. When every activation
 * is elementwise, each is applied to the whole level and a select keeps each neuron's own, so
 * the level stays one kernel; otherwise each run of one group is sliced out and activated alone.
 */
function activateLevel(env: Env, decl: WiredDecl, graph: WiredGraph, resolved: ReadonlyMap<string, Resolution>, lv: Level, pre: number, span: Span): number {
  const b = env.L.b;
  const runs = [
    ...(lv.copies > 0 ? [{ act: "linear", start: 0, end: lv.copies, at: span }] : []),
    ...lv.pl.runs.map((r) => ({ act: graph.groups[r.group].activation, start: lv.copies + r.start, end: lv.copies + r.end, at: groupSpan(decl, graph.groups[r.group].name) ?? span })),
  ];
  const acts = [...new Set(runs.map((r) => r.act))];
  const atOf = (a: string) => runs.find((r) => r.act === a)!.at;
  if (acts.length === 1) return activate(env, resolved, acts[0], pre, atOf(acts[0]));
  const before = b.nodes.length;
  const whole = acts.map((a) => activate(env, resolved, a, pre, atOf(a)));
  if (b.nodes.slice(before).every((n) => PER_ELEMENT.has(CATEGORY[n.attrs.op]))) {
    const rows = lv.copies + lv.pl.neurons.length;
    let out = whole[whole.length - 1];
    for (let i = whole.length - 2; i >= 0; i--) {
      const mine = new Array<number>(rows).fill(0);
      for (const r of runs) if (r.act === acts[i]) mine.fill(1, r.start, r.end);
      out = b.whereBroadcast(b.const(mine, "bool", [rows], span), whole[i], out, span);
    }
    return out;
  }
  const parts = runs.map((r) => activate(env, resolved, r.act, b.sliceAxis(pre, 1, r.start, r.end, 1, r.at), r.at));
  return b.concat(parts, 1, span);
}

function activate(env: Env, resolved: ReadonlyMap<string, Resolution>, name: string, x: number, span: Span): number {
  if (name === "linear") return x;
  // What the activation is, the checker resolved (Semantic.activations).
  const r = resolved.get(name);
  if (r?.kind === "decl" && r.entry.kind === "fn") {
    const v = callFn(env, r.entry.decl, r.entry.module, [{ val: { k: "tensor", id: x }, span }], span);
    if (v.k !== "tensor") throw new LowerError(`activation \`${name}\` did not return a tensor`, span);
    return v.id;
  }
  // The unary built-in functions of the op table (`tanh`, `erf`, ...) are activations as they are.
  const op = r?.kind === "builtin" ? UNARY_FUNCTIONS.get(r.name) : undefined;
  if (op) return env.L.b.unary(op, x, span);
  throw new Error(`the checker recorded no activation \`${name}\`${r ? ` (it resolved it as ${r.kind === "decl" ? `a ${r.entry.kind}` : r.kind})` : ""}`);
}
