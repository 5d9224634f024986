// Whole-graph checks once every edge is known: neurons nothing feeds (E0603), hidden neurons
// that feed nothing (W0003), and cycles (E0602, spelled out neuron by neuron).
import { diag, type Diagnostic, type Label } from "../diagnostics/diagnostic.ts";
import type { Edges } from "./wired-connect.ts";
import { neuronName, slotName } from "./wired-connect.ts";
import { cyclicComponents, shortestCycleIn } from "./wired-graph.ts";
import type { Group, Groups } from "./wired-groups.ts";

/** Names listed in one message before "and N more". */
const LIST_LIMIT = 6;
/** Neurons spelled out in a cycle message before eliding the middle. */
const CYCLE_LIMIT = 12;
/** Connection statements labelled on a cycle. */
const CYCLE_LABEL_LIMIT = 8;

export function checkStructure(groups: Groups, edges: Edges, out: Diagnostic[]): void {
  const feeds = new Uint8Array(groups.neuronCount);
  const succ: number[][] = Array.from({ length: groups.neuronCount }, () => []);
  edges.preds.forEach((preds, dst) => {
    for (const src of preds.keys()) {
      if (src < groups.inputWidth) continue;
      feeds[src - groups.inputWidth] = 1;
      succ[src - groups.inputWidth].push(dst);
    }
  });
  for (const g of groups.neuronGroups) {
    if (g.size === undefined) continue;
    const unfed: number[] = [];
    const idle: number[] = [];
    for (let id = g.base; id < g.base + g.size; id++) {
      if (edges.preds[id].size === 0 && !edges.maybeFed.has(id)) unfed.push(id);
      if (g.role === "hidden" && !feeds[id] && !edges.maybeFeeding.has(id)) idle.push(id);
    }
    if (unfed.length > 0) out.push(unfedDiagnostic(groups, g, unfed));
    if (idle.length > 0) out.push(idleDiagnostic(groups, g, idle));
  }
  for (const comp of cyclicComponents(succ)) out.push(cycleDiagnostic(groups, edges, succ, comp));
}

function unfedDiagnostic(groups: Groups, g: Group, ids: number[]): Diagnostic {
  const role = g.role === "output" ? "output neuron" : "neuron";
  const subject = ids.length === 1 ? `${role} ${nameList(groups, ids)} has` : `${role}s ${nameList(groups, ids)} have`;
  const whole = ids.length === g.size ? ` (none of \`${g.name}\` is connected)` : "";
  const source = groups.inputs.find((i) => i.size !== undefined);
  const example = source ? `, e.g. \`${source.name}[0] -> ${neuronName(groups, ids[0])}\`` : "";
  return diag("E0603", g.decl.span, `${subject} no incoming connection${whole}`, {
    primaryLabel: ids.length === 1 ? "this neuron is never fed" : "these neurons are never fed",
    hint: `every neuron computes act(Σ w·source + b) over its incoming connections: connect at least one source to it${example}`,
  });
}

function idleDiagnostic(groups: Groups, g: Group, ids: number[]): Diagnostic {
  const subject = ids.length === 1 ? `neuron ${nameList(groups, ids)} feeds` : `neurons ${nameList(groups, ids)} feed`;
  return diag("W0003", g.decl.span, `${subject} nothing`, {
    primaryLabel: "output unused",
    hint: "connect it to another neuron or an output group, or remove it",
  });
}

function cycleDiagnostic(groups: Groups, edges: Edges, succ: number[][], comp: number[]): Diagnostic {
  const cycle = shortestCycleIn(succ, comp);
  const names = cycle.map((id) => neuronName(groups, id));
  const spelled =
    names.length <= CYCLE_LIMIT ? names.join(" -> ") : `${names.slice(0, CYCLE_LIMIT - 3).join(" -> ")} -> … -> ${names.slice(-3).join(" -> ")}`;
  // Which statement made each edge of the cycle; one label per statement, in source order.
  const byStmt = new Map<number, string[]>();
  for (let i = 0; i + 1 < cycle.length; i++) {
    const from = groups.inputWidth + cycle[i];
    const stmt = edges.preds[cycle[i + 1]].get(from)!;
    const text = `${slotName(groups, from)} -> ${neuronName(groups, cycle[i + 1])}`;
    const list = byStmt.get(stmt);
    if (list) list.push(text);
    else byStmt.set(stmt, [text]);
  }
  const stmts = [...byStmt.keys()].sort((a, b) => a - b);
  // The latest statement is the one that closes the cycle as the reader goes down the file.
  const last = stmts[stmts.length - 1];
  const describe = (s: number) => {
    const texts = byStmt.get(s)!;
    return texts.length <= 2 ? texts.join(", ") : `${texts.slice(0, 2).join(", ")} and ${texts.length - 2} more`;
  };
  const labels: Label[] = stmts
    .filter((s) => s !== last)
    .slice(0, CYCLE_LABEL_LIMIT)
    .map((s) => ({ span: edges.statements[s].span, message: describe(s) }));
  const notes: string[] = [];
  if (comp.length > cycle.length - 1) {
    notes.push(`${comp.length} neurons are caught in cycles together: ${nameList(groups, comp)}`);
  }
  return diag("E0602", edges.statements[last].span, `connections form a cycle: ${spelled}`, {
    primaryLabel: `${describe(last)} closes the cycle`,
    labels,
    hint: "a wired graph must be acyclic (each neuron is computed once, after its sources): remove one of these connections",
    notes,
  });
}

function nameList(groups: Groups, ids: number[]): string {
  const shown = ids.slice(0, LIST_LIMIT).map((id) => `\`${neuronName(groups, id)}\``);
  const rest = ids.length - shown.length;
  return rest > 0 ? `${shown.join(", ")} and ${rest} more` : shown.join(", ");
}
