// Lowering of `wired` graphs, levelized as the checker's layout intends (wired-graph.ts): all
// values live on a tape f32[B, slots]; each level gathers its neurons' sources from the tape
// (padded to the level's largest fan-in), multiplies by the gathered weights, sums, adds the
// bias, applies each group's activation, and appends its neurons to the tape.
import { lookupTop } from "../check/scope.ts";
import { UNARY_FUNCTIONS } from "../ir/ops/table.ts";
import { padLevel, type WiredGraph } from "../check/wired-graph.ts";
import type { Span } from "../source.ts";
import type { WiredDecl } from "../syntax/ast.ts";
import { callFn } from "./eval.ts";
import type { DimBinding } from "./lower.ts";
import { type Env, LowerError, type Lowering, Owner, Scope } from "./values.ts";

export interface WiredLowered {
  owner: Owner;
  outputs: { name: string; node: number }[];
  /** Input name → 0 for each input whose rows are the batch (every wired input is [rows, width]). */
  batchAxes: Record<string, number>;
}

export function lowerWired(L: Lowering, decl: WiredDecl, module: string, graph: WiredGraph, batch: (name: string) => DimBinding): WiredLowered {
  const b = L.b;
  const span = decl.span;
  const owner = new Owner();
  const env: Env = { L, module, scope: new Scope(), dims: new Map() };
  // Inputs in declaration order: the tape's first columns, as WiredInput.offset lays them out.
  const inputs: number[] = [];
  const batchAxes: Record<string, number> = {};
  for (const item of decl.items) {
    if (item.kind !== "Input" || item.type.kind !== "TensorType") continue;
    const [bd, wd] = item.type.dims;
    const rows = bd?.kind === "DimNum" ? { size: bd.value, batch: false } : batch(bd?.kind === "DimName" ? bd.name : "_");
    const info = graph.inputs.find((i) => i.name === item.name.name);
    if (!info || wd === undefined) throw new LowerError(`wired input \`${item.name.name}\` is not in the checked graph`, item.span);
    inputs.push(b.input(item.name.name, "f32", [rows.size, info.width], item.span));
    if (rows.batch) batchAxes[item.name.name] = 0;
  }
  const param = (local: string, n: number, init: "glorot_uniform" | "zeros", at: Span) => {
    const node = b.param(`%param${L.nextParam++}`, "f32", [n], { kind: init }, {}, at);
    L.params.set(node, { dtype: "f32", shape: [n], init: { kind: init }, trainable: true });
    owner.entries.push({ kind: "param", local, node, trainable: true });
    return node;
  };
  const ws: number[] = [];
  const bs: number[] = [];
  for (const g of graph.groups) {
    const at = decl.items.find((i) => i.kind === "Neuron" && i.name.name === g.name)?.span ?? span;
    ws.push(param(`${g.name}.w`, g.weightCount, "glorot_uniform", at));
    bs.push(param(`${g.name}.b`, g.count, "zeros", at));
  }
  const wAll = ws.length === 1 ? ws[0] : b.concat(ws, 0, span);
  const bAll = bs.length === 1 ? bs[0] : b.concat(bs, 0, span);
  let tape = inputs.length === 1 ? inputs[0] : b.concat(inputs, 1, span);
  /** Tape column of each slot computed so far. */
  const column = new Map<number, number>();
  for (let s = 0; s < graph.inputWidth; s++) column.set(s, s);
  let width = graph.inputWidth;
  for (let level = 1; level <= graph.levels.length; level++) {
    const pl = padLevel(graph, level);
    const rows = pl.neurons.length;
    const cols = Array.from(pl.sourceSlots, (slot) => column.get(slot)!);
    const picked = b.reshape(b.gather(tape, b.const(cols, "i32", [cols.length], span), 1, span), [-1, rows, pl.fanIn], span);
    let w = b.gather(wAll, b.const(Array.from(pl.weightIndex), "i32", [cols.length], span), 0, span);
    if (pl.mask.some((m) => m === 0)) w = b.mul(w, b.const(Array.from(pl.mask), "f32", [cols.length], span), span);
    const summed = b.reduce("reduce_sum", b.binaryBroadcast("mul", picked, b.reshape(w, [rows, pl.fanIn], span), span), -1, false, span);
    const ids = pl.neurons.map((id) => graph.groups[graph.neurons[id].group].first + graph.neurons[id].index);
    const pre = b.binaryBroadcast("add", summed, b.gather(bAll, b.const(ids, "i32", [rows], span), 0, span), span);
    const parts = pl.runs.map((r) => {
      const g = graph.groups[r.group];
      const at = decl.items.find((i) => i.kind === "Neuron" && i.name.name === g.name)?.span ?? span;
      const part = pl.runs.length === 1 ? pre : b.sliceAxis(pre, 1, r.start, r.end, 1, at);
      return activate(env, g.activation, part, at);
    });
    const out = parts.length === 1 ? parts[0] : b.concat(parts, 1, span);
    tape = b.concat([tape, out], 1, span);
    pl.neurons.forEach((id, row) => column.set(graph.neurons[id].slot, width + row));
    width += rows;
  }
  const outputs: WiredLowered["outputs"] = [];
  for (const g of graph.groups) {
    if (!g.isOutput) continue;
    const cols = Array.from({ length: g.count }, (_, i) => column.get(graph.inputWidth + g.first + i)!);
    const contiguous = cols.every((c, i) => c === cols[0] + i);
    const node = contiguous ? b.sliceAxis(tape, 1, cols[0], cols[0] + g.count, 1, span) : b.gather(tape, b.const(cols, "i32", [g.count], span), 1, span);
    outputs.push({ name: g.name, node });
  }
  return { owner, outputs, batchAxes };
}

function activate(env: Env, name: string, x: number, span: Span): number {
  if (name === "linear") return x;
  const m = env.L.modules.get(env.module);
  const found = m ? lookupTop(m, name, env.L.modules) : undefined;
  if (found?.kind === "top" && found.entry.kind === "fn") {
    const v = callFn(env, found.entry.decl, found.entry.module, [{ val: { k: "tensor", id: x }, span }], span);
    if (v.k !== "tensor") throw new LowerError(`activation \`${name}\` did not return a tensor`, span);
    return v.id;
  }
  // The unary built-in functions of the op table (`tanh`, `erf`, ...) are activations as they are.
  const op = UNARY_FUNCTIONS.get(name);
  if (op) return env.L.b.unary(op, x, span);
  throw new LowerError(`unknown activation \`${name}\``, span);
}
