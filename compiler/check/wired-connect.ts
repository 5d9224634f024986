// Connection statements (`x[0], x[1] -> h[0]`) expanded into edges: every source feeds every
// destination. Each edge remembers the statement that made it, for cycle and duplicate labels.
//
// A duplicate edge (the same source and destination connected twice, by one statement or two)
// is an error, not merged: each connection carries its own weight, so a repeat would silently
// add a redundant parameter, and `x -> h` followed by `x[0] -> h[0]` is almost always a mistake.
import { diag, type Diagnostic } from "../diagnostics/diagnostic.ts";
import type { ConnectDecl, WiredDecl } from "../syntax/ast.ts";
import { memberAt, resolveEndpoint, type ResolvedEndpoint } from "./wired-endpoints.ts";
import type { Groups } from "./wired-groups.ts";
import type { WiredContext } from "./wired.ts";

/** Most edges a wired graph may have: bounds the checker's memory (about 50 bytes an edge, measured). */
export const MAX_EDGES = 1 << 21;

/** Shared by every neuron with no incoming edge yet; never written to. */
const NO_EDGES: ReadonlyMap<number, number> = new Map();

export interface Edges {
  /** preds[id]: source tape slot → index (in `statements`) of the statement that made the edge. */
  preds: ReadonlyMap<number, number>[];
  statements: ConnectDecl[];
  /** Neurons some statement meant to feed but could not (a bad source): no E0603 for them. */
  maybeFed: Set<number>;
  /** Neurons some statement meant to read but could not (a bad destination): no W0003 for them. */
  maybeFeeding: Set<number>;
  /** The edge limit was hit: the graph is incomplete, so structural checks would mislead. */
  truncated: boolean;
}

export function collectEdges(decl: WiredDecl, groups: Groups, ctx: WiredContext, out: Diagnostic[]): Edges {
  const edges: Edges = {
    // One shared empty map until a neuron gets its first edge: a huge group with few
    // connections should not cost a map per neuron.
    preds: new Array<ReadonlyMap<number, number>>(groups.neuronCount).fill(NO_EDGES),
    statements: [],
    maybeFed: new Set(),
    maybeFeeding: new Set(),
    truncated: false,
  };
  let total = 0;
  for (const item of decl.items) {
    if (item.kind !== "Connect") continue;
    const stmt = edges.statements.length;
    edges.statements.push(item);
    const from = resolveAll(item.from, "from", groups, ctx, out);
    const to = resolveAll(item.to, "to", groups, ctx, out);
    if (edges.truncated) continue;
    // Count before listing: sources may be millions of input columns, and an endpoint list may
    // repeat a big group many times.
    const sourceCount = from.ok.reduce((n, r) => n + r.members.count, 0);
    const destCount = to.ok.reduce((n, r) => n + r.members.count, 0);
    if (sourceCount > MAX_EDGES || destCount > MAX_EDGES || total + sourceCount * destCount > MAX_EDGES) {
      edges.truncated = true;
      if (sourceCount * destCount > 0) {
        out.push(
          diag("E0606", item.span, `this connection takes the graph past ${MAX_EDGES} connections, the most a wired graph may have`, {
            primaryLabel: `${sourceCount} × ${destCount} connections`,
            hint: "for layers this dense, use a `model` with dense layers instead",
          }),
        );
      }
      continue;
    }
    const dests = to.ok.flatMap((r) => slotsOf(groups, r)).map((slot) => slot - groups.inputWidth);
    if (from.failed) for (const d of dests) edges.maybeFed.add(d);
    if (to.failed) {
      for (const r of from.ok) {
        if (r.group.role === "input") continue;
        for (const slot of slotsOf(groups, r)) edges.maybeFeeding.add(slot - groups.inputWidth);
      }
    }
    const sources = from.ok.flatMap((r) => slotsOf(groups, r));
    total += sources.length * dests.length;
    addEdges(edges, stmt, sources, dests, groups, out);
  }
  return edges;
}

function resolveAll(
  eps: ConnectDecl["from"],
  side: "from" | "to",
  groups: Groups,
  ctx: WiredContext,
  out: Diagnostic[],
): { ok: ResolvedEndpoint[]; failed: boolean } {
  const ok: ResolvedEndpoint[] = [];
  let failed = false;
  for (const ep of eps) {
    const r = resolveEndpoint(ep, side, groups, ctx, out);
    if (r) ok.push(r);
    else failed = true;
  }
  return { ok, failed };
}

/** Tape slots of an endpoint's members. */
function slotsOf(groups: Groups, r: ResolvedEndpoint): number[] {
  const base = r.group.role === "input" ? r.group.base : groups.inputWidth + r.group.base;
  const slots = new Array<number>(r.members.count);
  for (let k = 0; k < r.members.count; k++) slots[k] = base + memberAt(r.members, k);
  return slots;
}

function addEdges(edges: Edges, stmt: number, sources: number[], dests: number[], groups: Groups, out: Diagnostic[]): void {
  const item = edges.statements[stmt];
  let firstDup: { src: number; dst: number; earlier: number } | undefined;
  let dups = 0;
  for (const dst of dests) {
    let preds = edges.preds[dst] as Map<number, number>;
    if (preds === NO_EDGES) edges.preds[dst] = preds = new Map();
    for (const src of sources) {
      const earlier = preds.get(src);
      if (earlier === undefined) {
        preds.set(src, stmt);
        continue;
      }
      dups++;
      firstDup ??= { src, dst, earlier };
    }
  }
  if (!firstDup) return;
  const what = `${slotName(groups, firstDup.src)} -> ${slotName(groups, groups.inputWidth + firstDup.dst)}`;
  const same = firstDup.earlier === stmt;
  const more = dups > 1 ? ` (and ${dups - 1} more)` : "";
  out.push(
    diag("E0606", item.span, `duplicate connection ${what}${more}: ${same ? "this statement makes it twice" : "it is already made above"}`, {
      primaryLabel: same ? "connected twice here" : "connected again here",
      labels: same ? [] : [{ span: edges.statements[firstDup.earlier].span, message: `${what} first made here` }],
      hint: "each connection has its own weight, so connect each pair once",
    }),
  );
}

/** `x[2]` or `h[0]` for a tape slot. */
export function slotName(groups: Groups, slot: number): string {
  if (slot < groups.inputWidth) {
    for (const g of groups.inputs) {
      if (g.size !== undefined && slot >= g.base && slot < g.base + g.size) return `${g.name}[${slot - g.base}]`;
    }
    return `input[${slot}]`;
  }
  return neuronName(groups, slot - groups.inputWidth);
}

/** `h[0]` for a global neuron id. */
export function neuronName(groups: Groups, id: number): string {
  // Groups are few and ordered by base; a linear scan is fine for messages.
  for (const g of groups.neuronGroups) {
    if (g.size !== undefined && id >= g.base && id < g.base + g.size) return `${g.name}[${id - g.base}]`;
  }
  return `neuron ${id}`;
}
