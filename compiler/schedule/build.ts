// Builds the schedule of a graph: buffers for sources, materialized nodes and concats; one
// kernel per fusion group (fusion.ts), its members lowered to loop values whose loads read
// buffers through strided views; and the copy kernels that views cannot replace (a graph
// output must own its bytes; a reshape of a strided region; an operand a core kernel needs
// contiguous). A concat has no kernel: each input is written straight into its region of the
// concat's buffer when that is legal, and copied there otherwise.
import type { Graph, Node } from "../ir/ir.ts";
import { Fusion, reduceOperandView, type Group } from "./fusion.ts";
import { GraphFacts, isSource } from "./graph-facts.ts";
import type { Kernel, LoopBody, LoopValue, Schedule, ScheduledBuffer } from "./schedule.ts";
import { contiguous, expand, isContiguous, reshape, slice, type View } from "./view.ts";

export interface ScheduleOptions {
  /** Merge kernels (default true); false gives one kernel per compute node (`dlc build -O0`). */
  fuse?: boolean;
  /** Run kernels that read only weights once per weight change (default: as `fuse`). */
  hoist?: boolean;
}

/** A kernel before the order is known: its id and name are set once every kernel exists. */
interface Pending {
  key: number;
  kernel: Kernel;
}

export function scheduleGraph(graph: Graph, options: ScheduleOptions = {}): Schedule {
  const fuse = options.fuse ?? true;
  return new Scheduler(graph, fuse, options.hoist ?? fuse).build();
}

const FOLD_OPS = new Set(["reduce_sum", "reduce_max", "reduce_min", "reduce_prod"]);
/** Ops rendered by an emitter of their own over contiguous buffers. */
const OPAQUE_KERNELS = new Set(["max_pool2d", "avg_pool2d", "argmax"]);

class Scheduler {
  private readonly facts: GraphFacts;
  private readonly buffers: ScheduledBuffer[] = [];
  /** Buffer of each source, group root, concat and copied node. */
  private readonly bufOf = new Map<number, number>();
  private readonly viewCache = new Map<number, { buf: number; view: View }>();
  private readonly pending: Pending[] = [];
  /** Copies whose source may not have a view yet when they are requested (outputs, concat regions). */
  private readonly deferred: { key: number; make: () => Kernel }[] = [];
  private groups: Group[] = [];
  private groupOf = new Map<number, Group>();

  constructor(private readonly graph: Graph, private readonly fuse: boolean, private readonly hoist: boolean) {
    this.facts = new GraphFacts(graph);
  }

  build(): Schedule {
    const fusion = new Fusion(this.facts, this.fuse, this.hoist);
    this.groups = fusion.run();
    this.groupOf = fusion.groupOf;
    const nodes = this.graph.nodes;
    for (const n of nodes) {
      if (isSource(n)) this.addBuffer(n, n.attrs.op as "input" | "param" | "const");
      else if (n.attrs.op === "concat") this.addBuffer(n, "temp");
    }
    for (const g of this.groups) this.addBuffer(nodes[g.root], "temp");
    const outputs = this.placeOutputs();
    this.placeConcats();
    for (const g of this.groups) this.pending.push({ key: g.root, kernel: this.groupKernel(g) });
    // Copies requested while building come right after the value they copy exists.
    for (const c of this.deferred) this.pending.push({ key: c.key, kernel: c.make() });
    this.pending.sort((a, b) => a.key - b.key);
    const ordered = this.pending.map((p) => p.kernel);
    if (this.hoist) this.markWeightsPhase(ordered);
    // The weights phase first: its kernels depend on nothing the run phase computes.
    const kernels = [...ordered.filter((k) => k.phase === "weights"), ...ordered.filter((k) => k.phase === "run")];
    kernels.forEach((k, i) => {
      k.id = i;
      k.name = `k${i}_${k.name}`;
    });
    const prepareKernels = kernels.filter((k) => k.phase === "weights").length;
    const named = (role: "input" | "param") => this.buffers.filter((b) => b.role === role).map((b) => ({ name: b.name!, buf: b.id }));
    return { buffers: this.buffers, kernels, inputs: named("input"), params: named("param"), outputs, prepareKernels, fused: this.fuse };
  }

  /**
   * A kernel is in the weights phase when everything it reads is a parameter, a constant, or
   * written only by weights-phase kernels (a concat filled partly per run is a run buffer).
   */
  private markWeightsPhase(kernels: Kernel[]): void {
    const writers = new Map<number, Kernel[]>();
    for (const k of kernels) writers.set(k.output, [...(writers.get(k.output) ?? []), k]);
    const done = new Set<Kernel>();
    const fixed = (buf: number): boolean => {
      const b = this.buffers[this.storageOf(buf)];
      if (b.role === "param" || b.role === "const") return true;
      const ws = writers.get(b.id) ?? [];
      return ws.length > 0 && ws.every((w) => done.has(w) && w.phase === "weights");
    };
    for (const k of kernels) {
      if (k.reads.every(fixed) && k.nodes.every((n) => this.facts.weightOnly[n])) k.phase = "weights";
      done.add(k);
    }
  }

  private addBuffer(n: Node, role: ScheduledBuffer["role"], shape: readonly number[] = n.shape): number {
    const b: ScheduledBuffer = { id: this.buffers.length, node: n.id, dtype: n.dtype, shape: [...shape], role };
    const a = n.attrs;
    if (a.op === "input" || a.op === "param") b.name = a.name;
    if (a.op === "const") b.constData = [...a.value];
    this.buffers.push(b);
    if (!this.bufOf.has(n.id)) this.bufOf.set(n.id, b.id);
    return b.id;
  }

  /**
   * Each graph output owns a buffer. A materialized node becomes the output's buffer (also when
   * the output is a reshape of it, which is the same bytes); anything else is copied there.
   */
  private placeOutputs(): { name: string; buf: number }[] {
    const out: { name: string; buf: number }[] = [];
    const claimed = new Set<number>();
    this.graph.outputs.forEach((o, k) => {
      const root = this.facts.rootOf(o.node);
      const rb = this.bufOf.get(root);
      const chainIsReshape = (): boolean => {
        for (let id = o.node; id !== root; id = this.facts.node(id).inputs[0]) {
          const op = this.facts.node(id).attrs.op;
          if (op !== "reshape" && op !== "dropout" && op !== "cast") return false;
        }
        return true;
      };
      if (rb !== undefined && !claimed.has(rb) && this.buffers[rb].role === "temp" && chainIsReshape()) {
        const b = this.buffers[rb];
        b.role = "output";
        b.name = o.name;
        b.shape = [...this.facts.node(o.node).shape];
        claimed.add(rb);
        out.push({ name: o.name, buf: rb });
        return;
      }
      const n = this.facts.node(o.node);
      const buf = this.newBuffer(n, "output");
      this.buffers[buf].name = o.name;
      out.push({ name: o.name, buf });
      this.deferred.push({ key: this.graph.nodes.length + k, make: () => this.copyKernel(o.node, buf, contiguous(n.shape)) });
    });
    return out;
  }

  private newBuffer(n: Node, role: ScheduledBuffer["role"], shape: readonly number[] = n.shape): number {
    const b: ScheduledBuffer = { id: this.buffers.length, node: n.id, dtype: n.dtype, shape: [...shape], role };
    this.buffers.push(b);
    return b.id;
  }

  /** Concat inputs: written in place into their region when legal, else copied there. */
  private placeConcats(): void {
    const nodes = this.graph.nodes;
    const aliased = new Set<number>();
    for (let id = nodes.length - 1; id >= 0; id--) {
      const c = nodes[id];
      if (c.attrs.op !== "concat") continue;
      const axis = c.attrs.axis;
      const cb = this.bufOf.get(c.id)!;
      let start = 0;
      c.inputs.forEach((u) => {
        const un = nodes[u];
        const len = un.shape[axis];
        const starts = c.shape.map((_, k) => (k === axis ? start : 0));
        const ends = c.shape.map((d, k) => (k === axis ? start + len : d));
        const region = (): View => slice(this.baseView(cb), starts, ends, c.shape.map(() => 1));
        start += len;
        const ub = this.bufOf.get(u);
        const canAlias = ub !== undefined && !aliased.has(ub) && this.buffers[ub].role === "temp" &&
          this.facts.uses(u).every((use) => use.consumer < 0 ? false : true) &&
          this.facts.uses(u).filter((use) => nodes[use.consumer]?.attrs.op === "concat").length === 1 &&
          this.storeAccepts(u, region());
        if (canAlias) {
          this.buffers[ub].alias = { of: cb, view: region() };
          aliased.add(ub);
        } else {
          this.deferred.push({ key: c.id - 0.5, make: () => this.copyKernel(u, cb, region()) });
        }
      });
    }
  }

  /** Whether the kernel that writes node `u` can store through `view`. */
  private storeAccepts(u: number, view: View): boolean {
    const n = this.facts.node(u);
    if (n.attrs.op === "concat") return true;
    const g = this.groupOf.get(u);
    if (!g || g.root !== u) return false;
    if (g.core === undefined) return !OPAQUE_KERNELS.has(n.attrs.op) || (isContiguous(view) && view.offset === 0);
    const core = this.facts.node(g.core);
    if (core.attrs.op === "conv2d") return isContiguous(view);
    const v = reshape(view, core.shape);
    return v !== undefined && (v.strides[v.strides.length - 1] === 1 || core.shape[core.shape.length - 1] === 1);
  }

  /** Where a buffer's bytes are: its own, or its region of the buffer it aliases. */
  private baseView(buf: number): View {
    const b = this.buffers[buf];
    return b.alias ? b.alias.view : contiguous(b.shape);
  }

  /** The storage buffer of a buffer (following aliases). */
  storageOf(buf: number): number {
    let b = this.buffers[buf];
    while (b.alias) b = this.buffers[b.alias.of];
    return b.id;
  }

  /** The buffer and view holding a node's value: sources, materialized nodes, concats and views of them. */
  private viewOf(id: number): { buf: number; view: View } {
    const hit = this.viewCache.get(id);
    if (hit) return hit;
    let r: { buf: number; view: View };
    const own = this.bufOf.get(id);
    if (own !== undefined) {
      const b = this.buffers[own];
      r = { buf: this.storageOf(own), view: b.alias ? b.alias.view : contiguous(this.facts.node(id).shape) };
    } else if (this.facts.isView(id)) {
      const n = this.facts.node(id);
      const inner = this.viewOf(n.inputs[0]);
      const v = this.facts.throughChain([id], inner.view);
      if (v) r = { buf: inner.buf, view: v };
      else {
        // No strided view says it (a reshape of a strided region): copy the input to contiguous.
        const src = this.facts.node(n.inputs[0]);
        const buf = this.newBuffer(n, "temp");
        this.pending.push({ key: id, kernel: this.copyKernel(src.id, buf, contiguous(src.shape)) });
        this.bufOf.set(id, buf);
        r = { buf, view: contiguous(n.shape) };
      }
    } else {
      throw new Error(`internal: node %${id} (${this.facts.node(id).attrs.op}) has no buffer`);
    }
    this.viewCache.set(id, r);
    return r;
  }

  /** `node`'s value copied to buffer `dst` through `view` (over node's shape). */
  private copyKernel(node: number, dst: number, view: View): Kernel {
    const n = this.facts.node(node);
    const src = this.viewOf(node);
    const body: LoopBody = {
      domain: [...n.shape],
      inner: 0,
      values: [{ k: "load", buf: src.buf, view: src.view, dtype: n.dtype }],
      store: { value: 0, view },
    };
    return {
      kind: "loop", id: -1, phase: "run", name: "copy", nodes: [node], output: this.storageOf(dst), reads: [src.buf],
      ...(this.graph.spans[node] ? { span: this.graph.spans[node] } : {}), body,
    };
  }

  /** A copy of `node` as a contiguous temp buffer, for operands a kernel needs contiguous. */
  private contiguousCopy(node: number): { buf: number; view: View } {
    const n = this.facts.node(node);
    const buf = this.newBuffer(n, "temp");
    const key = this.keyBefore(node);
    this.pending.push({ key, kernel: this.copyKernel(node, buf, contiguous(n.shape)) });
    return { buf, view: contiguous(n.shape) };
  }

  private keyBefore(node: number): number {
    // Right after the value exists: after its own producer, before any consumer.
    return this.facts.rootOf(node) + 0.25;
  }

  private groupKernel(g: Group): Kernel {
    const nodes = this.graph.nodes;
    const root = nodes[g.root];
    const members = [...g.members].sort((a, b) => a - b);
    const out = this.bufOf.get(g.root)!;
    const storage = this.storageOf(out);
    const reads = new Set<number>();
    const values: LoopValue[] = [];
    const valueOf = new Map<number, number>();
    const push = (v: LoopValue): number => {
      values.push(v);
      return values.length - 1;
    };
    const core = g.core !== undefined ? nodes[g.core] : undefined;
    const domain = core ? [...core.shape] : [...g.domain];
    const toKernel = (v: View | undefined): View | undefined => (v && core ? reshape(v, domain) : v);
    /** A load of leaf operand `u` as member `m` sees it, mapped onto the kernel's domain. */
    const leafLoad = (m: number, u: number, map: (v: View) => View | undefined): number => {
      const uniform = this.uniformConst(u);
      if (uniform !== undefined) return push({ k: "const", value: uniform, dtype: nodes[u].dtype });
      let src = this.viewOf(u);
      let v = toKernel(map(src.view));
      if (!v) {
        src = this.contiguousCopy(u);
        v = toKernel(map(src.view));
        if (!v) {
          // The operand's view over the whole domain, materialized: loads it contiguously.
          throw new Error(`internal: operand %${u} of %${m} has no view over the kernel domain`);
        }
      }
      reads.add(src.buf);
      return push({ k: "load", buf: src.buf, view: v, dtype: nodes[u].dtype });
    };
    const base = { id: -1, phase: "run" as const, name: summarize(members.map((m) => nodes[m].attrs.op)), nodes: members, output: storage,
      ...(this.graph.spans[g.root] ? { span: this.graph.spans[g.root] } : {}) };
    if (OPAQUE_KERNELS.has(root.attrs.op)) {
      const inputs = root.inputs.map((i) => {
        const v = this.viewOf(i);
        return (isContiguous(v.view) && v.view.offset === 0 ? v : this.contiguousCopy(i)).buf;
      });
      return { kind: "opaque", ...base, reads: inputs, node: root.id, inputs };
    }
    let coreKernel: { a?: { buf: number; view: View }; b?: { buf: number; view: View }; x?: number; w?: number } = {};
    for (const m of members) {
      const n = nodes[m];
      const f = g.toDomain.get(m)!;
      if (m === g.core) {
        if (n.attrs.op === "matmul") {
          const a = this.viewOf(n.inputs[0]);
          let b = this.viewOf(n.inputs[1]);
          if (b.view.strides[b.view.strides.length - 1] !== 1 && b.view.shape[b.view.shape.length - 1] !== 1) b = this.contiguousCopy(n.inputs[1]);
          reads.add(a.buf).add(b.buf);
          coreKernel = { a, b };
        } else {
          const [x, w] = n.inputs.map((i) => {
            const v = this.viewOf(i);
            return isContiguous(v.view) ? v : this.contiguousCopy(i);
          });
          reads.add(x.buf).add(w.buf);
          coreKernel = { x: x.buf, w: w.buf, a: x, b: w };
        }
        valueOf.set(m, push({ k: "acc", dtype: "f32" }));
        continue;
      }
      const arg = (slot: number): number => {
        const u = n.inputs[slot];
        const r = this.facts.rootOf(u);
        if (g.members.has(r) && this.throughViewsOnly(u, r)) return valueOf.get(r)!;
        return leafLoad(m, u, (v) => f(v));
      };
      if (FOLD_OPS.has(n.attrs.op)) {
        const u = n.inputs[0];
        const r = this.facts.rootOf(u);
        let a: number;
        if (g.members.has(r)) a = valueOf.get(r)!;
        else {
          // The reduction's operand is a buffer: map it the way fusion maps a member operand.
          a = leafLoad(m, u, (v) => reduceOperandView(n, g, f, v));
        }
        valueOf.set(m, push({ k: "reduce", node: m, op: n.attrs.op as "reduce_sum", arg: a, dtype: n.dtype }));
        continue;
      }
      if (n.attrs.op === "gather") {
        valueOf.set(m, this.gatherValue(n, f, toKernel, push, reads));
        continue;
      }
      if (n.attrs.op === "one_hot") {
        const idx = leafLoad(m, n.inputs[0], (v) => f(expandLast(v, n.shape)));
        const iota = push({ k: "iota", axis: domain.length - 1, dtype: "i32" });
        const eq = push({ k: "op", node: m, attrs: { op: "eq" }, args: [idx, iota], dtype: "bool" });
        valueOf.set(m, push({ k: "op", node: m, attrs: { op: "cast", to: "f32" }, args: [eq], dtype: "f32" }));
        continue;
      }
      const args = n.inputs.map((_, s) => arg(s));
      valueOf.set(m, push({ k: "op", node: m, attrs: n.attrs, args, dtype: n.dtype }));
    }
    // The root's own shape (an output buffer adopted through a reshape has the output's shape).
    const ob = this.buffers[out];
    const storeView = toKernel(g.toDomain.get(g.root)!(ob.alias ? ob.alias.view : contiguous(root.shape)));
    if (!storeView) throw new Error(`internal: kernel for %${g.root} cannot store through its view`);
    const body: LoopBody = { domain, inner: core ? 0 : g.inner, values, store: { value: valueOf.get(g.root)!, view: storeView } };
    const full = { ...base, reads: [...reads] };
    if (core?.attrs.op === "matmul") return { kind: "matmul", ...full, a: coreKernel.a!, b: coreKernel.b!, body };
    if (core?.attrs.op === "conv2d") return { kind: "conv2d", ...full, node: core.id, x: coreKernel.x!, w: coreKernel.w!, body };
    return { kind: "loop", ...full, body };
  }

  private throughViewsOnly(u: number, r: number): boolean {
    return u === r || this.facts.isView(u);
  }

  /** A gather inside a kernel: a load whose position along one axis comes from an index value. */
  private gatherValue(n: Node, f: (v: View) => View | undefined, toKernel: (v: View | undefined) => View | undefined,
    push: (v: LoopValue) => number, reads: Set<number>): number {
    const axis = (n.attrs as { axis: number }).axis;
    const [xId, iId] = n.inputs;
    const x = this.viewOf(xId);
    const idx = this.viewOf(iId);
    const ir = this.facts.node(iId).shape.length;
    const xs = x.view;
    // x's strides over the gather's output shape: the index axes do not move in x directly.
    const direct: View = {
      shape: [...n.shape],
      strides: [...xs.strides.slice(0, axis), ...new Array<number>(ir).fill(0), ...xs.strides.slice(axis + 1)],
      offset: xs.offset,
    };
    const embed: View = {
      shape: [...n.shape],
      strides: [...new Array<number>(axis).fill(0), ...idx.view.strides, ...new Array<number>(n.shape.length - axis - ir).fill(0)],
      offset: idx.view.offset,
    };
    const dv = toKernel(f(direct));
    const iv = toKernel(f(embed));
    if (!dv || !iv) throw new Error(`internal: gather %${n.id} has no view over its kernel's domain`);
    reads.add(x.buf).add(idx.buf);
    const index = push({ k: "load", buf: idx.buf, view: iv, dtype: "i32" });
    return push({ k: "gather", buf: x.buf, view: dv, stride: xs.strides[axis], size: xs.shape[axis], index, dtype: n.dtype });
  }

  /** The single value of a const whose elements are all equal (inlined instead of loaded). */
  private uniformConst(u: number): number | undefined {
    const r = this.facts.rootOf(u);
    const n = this.facts.node(r);
    if (n.attrs.op !== "const" || n.attrs.value.length === 0) return undefined;
    const v0 = n.attrs.value[0];
    return n.attrs.value.every((v) => Object.is(v, v0)) ? v0 : undefined;
  }
}

/** A one_hot's index operand as a view over the one_hot's shape (constant along the depth axis). */
function expandLast(v: View, shape: readonly number[]): View {
  return expand({ shape: [...v.shape, 1], strides: [...v.strides, 0], offset: v.offset }, shape);
}

function summarize(ops: string[]): string {
  const seen: string[] = [];
  for (const op of ops) if (!seen.includes(op)) seen.push(op);
  const s = seen.slice(0, 4).join("_");
  return seen.length > 4 ? `${s}_etc` : s;
}
