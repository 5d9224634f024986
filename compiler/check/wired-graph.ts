// The resolved form of a `wired` graph, built by checkWired once it has no errors, and the graph
// algorithms the checker needs on it (cycles, levels). The layout is chosen for the lowering:
// following Freewire, every value lives on one "tape" of slots — input columns first, then
// neurons — and each level (neurons whose sources are all on earlier levels) becomes one
// padded gather + multiply + sum over that tape, then bias and activation.

export interface WiredInput {
  name: string;
  /** Columns (the constant last dimension of `f32[B, n]`). */
  width: number;
  /** Tape slot of column 0; columns are slots offset .. offset + width − 1. */
  offset: number;
}

export interface WiredGroup {
  name: string;
  isOutput: boolean;
  count: number;
  /** `linear` or the name of a unary f32 function in scope. */
  activation: string;
  /** Global id of neuron 0 of the group; its neurons are ids first .. first + count − 1. */
  first: number;
  /** Length of the group's weight parameter `<name>.w`: its incoming connections, all neurons together. */
  weightCount: number;
  /** Offset of `<name>.w` in the concatenation of every group's `.w`, in group order. */
  weightOffset: number;
}

export interface WiredNeuron {
  /** Index into WiredGraph.groups. */
  group: number;
  /** Index within its group: neuron `h[index]`. */
  index: number;
  /** Tape slot: inputWidth + global id. */
  slot: number;
  /** 1 + the largest level among its sources; input columns are level 0. */
  level: number;
  /** Tape slots of its sources, ascending (inputs by declaration and column, then neurons by id). */
  sources: number[];
  /** Its weights are `<group>.w[weightStart + k]` for sources[k]. */
  weightStart: number;
}

export interface WiredGraph {
  name: string;
  inputs: WiredInput[];
  /** Hidden and output groups in declaration order. */
  groups: WiredGroup[];
  /** Indexed by global id: groups in declaration order, neurons by index within each. */
  neurons: WiredNeuron[];
  /** Total input columns: the first neuron's slot. */
  inputWidth: number;
  /** levels[l − 1] lists the ids of level-l neurons, ascending (so grouped by group, then index). */
  levels: number[][];
}

/** One level, ready to lower to gather + multiply + sum. Rows are the level's neurons. */
export interface PaddedLevel {
  neurons: number[];
  /** Row width: the largest fan-in in the level. */
  fanIn: number;
  /** rows × fanIn tape slots; padding entries hold slot 0 and have mask 0. */
  sourceSlots: Int32Array;
  /** rows × fanIn indices into the concatenation of all groups' `.w` (see WiredGroup.weightOffset); 0 where padded. */
  weightIndex: Int32Array;
  /** rows × fanIn: 1 for a real connection, 0 for padding. */
  mask: Float32Array;
  /** Maximal runs of rows from one group, so bias and activation apply per run. */
  runs: { group: number; start: number; end: number }[];
}

export function padLevel(graph: WiredGraph, level: number): PaddedLevel {
  return padNeurons(graph, graph.levels[level - 1] ?? []);
}

/** Gather tables for any set of neurons whose sources are all computed before them. */
export function padNeurons(graph: WiredGraph, neurons: number[]): PaddedLevel {
  let fanIn = 0;
  for (const id of neurons) fanIn = Math.max(fanIn, graph.neurons[id].sources.length);
  const sourceSlots = new Int32Array(neurons.length * fanIn);
  const weightIndex = new Int32Array(neurons.length * fanIn);
  const mask = new Float32Array(neurons.length * fanIn);
  const runs: PaddedLevel["runs"] = [];
  neurons.forEach((id, row) => {
    const n = graph.neurons[id];
    const base = graph.groups[n.group].weightOffset + n.weightStart;
    n.sources.forEach((slot, k) => {
      sourceSlots[row * fanIn + k] = slot;
      weightIndex[row * fanIn + k] = base + k;
      mask[row * fanIn + k] = 1;
    });
    const last = runs[runs.length - 1];
    if (last && last.group === n.group && last.end === row) last.end = row + 1;
    else runs.push({ group: n.group, start: row, end: row + 1 });
  });
  return { neurons, fanIn, sourceSlots, weightIndex, mask, runs };
}

/**
 * Strongly connected components that contain a cycle (two or more nodes, or a self-loop), each
 * as its node list, ascending; components ordered by their smallest node. Iterative Tarjan:
 * graphs can have a million neurons, far past the JS stack.
 */
export function cyclicComponents(succ: readonly (readonly number[])[]): number[][] {
  const n = succ.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const out: number[][] = [];
  let next = 0;
  const work: { v: number; i: number }[] = [];
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    work.push({ v: root, i: 0 });
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const top = work[work.length - 1];
      const { v } = top;
      if (top.i < succ[v].length) {
        const w = succ[v][top.i++];
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack.push(w);
          onStack[w] = 1;
          work.push({ v: w, i: 0 });
        } else if (onStack[w]) {
          low[v] = Math.min(low[v], index[w]);
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].v;
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] !== index[v]) continue;
      const comp: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = 0;
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || succ[v].includes(v)) out.push(comp.sort((a, b) => a - b));
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * A shortest cycle through `start` inside `component` (which must contain one), as the node
 * sequence start → … → start (first and last equal).
 */
export function shortestCycleThrough(succ: readonly (readonly number[])[], component: readonly number[], start: number): number[] {
  const inComp = new Set(component);
  const parent = new Map<number, number>();
  const queue = [start];
  for (let qi = 0; qi < queue.length; qi++) {
    const v = queue[qi];
    for (const w of succ[v]) {
      if (w === start) {
        const between: number[] = [];
        for (let u = v; u !== start; u = parent.get(u)!) between.push(u);
        return [start, ...between.reverse(), start];
      }
      if (!inComp.has(w) || parent.has(w)) continue;
      parent.set(w, v);
      queue.push(w);
    }
  }
  return [start, start]; // unreachable for a cyclic component
}

/** Edge visits shortestCycleIn spends on searching beyond the first node's cycle. */
const CYCLE_SEARCH_BUDGET = 4_000_000;

/**
 * A shortest cycle inside `component` (which must contain one), as start → … → start: a
 * breadth-first search from each node in turn, each cut off at the length of the best cycle
 * so far. In a tangle too large to search whole (past CYCLE_SEARCH_BUDGET edge visits) it is
 * the shortest found by then, and at worst the shortest through the component's first node.
 */
export function shortestCycleIn(succ: readonly (readonly number[])[], component: readonly number[], budget = CYCLE_SEARCH_BUDGET): number[] {
  let best = shortestCycleThrough(succ, component, component[0]!);
  const inComp = new Set(component);
  const dist = new Map<number, number>();
  const parent = new Map<number, number>();
  let spent = 0;
  for (let k = 1; k < component.length && best.length > 2 && spent < budget; k++) {
    const start = component[k]!;
    dist.clear();
    parent.clear();
    dist.set(start, 0);
    const queue = [start];
    search: for (let qi = 0; qi < queue.length; qi++) {
      const v = queue[qi]!;
      const d = dist.get(v)!;
      // A cycle closed from v has d + 1 edges; best has best.length - 1.
      if (d + 1 >= best.length - 1) break;
      for (const w of succ[v]!) {
        if (++spent > budget) break search;
        if (w === start) {
          const between: number[] = [];
          for (let u = v; u !== start; u = parent.get(u)!) between.push(u);
          best = [start, ...between.reverse(), start];
          break search;
        }
        if (!inComp.has(w) || dist.has(w)) continue;
        dist.set(w, d + 1);
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return best;
}

/**
 * Level of each node given its predecessors (none may be on a cycle): 1 + the largest level of
 * its predecessors, where a node with only input (non-neuron) sources has level 1. Kahn's order,
 * so no recursion.
 */
export function levelize(pred: readonly (readonly number[])[]): number[] {
  const n = pred.length;
  const succ: number[][] = Array.from({ length: n }, () => []);
  const waiting = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    for (const u of pred[v]) succ[u].push(v);
    waiting[v] = pred[v].length;
  }
  const level = new Array<number>(n).fill(1);
  const ready: number[] = [];
  for (let v = 0; v < n; v++) if (waiting[v] === 0) ready.push(v);
  for (let qi = 0; qi < ready.length; qi++) {
    const u = ready[qi];
    for (const v of succ[u]) {
      level[v] = Math.max(level[v], level[u] + 1);
      if (--waiting[v] === 0) ready.push(v);
    }
  }
  return level;
}
