// Loop kernels in WebAssembly: the schedule's loop body (compiler/schedule/schedule.ts) as a
// loop nest. Outer axes are scalar loops; at each outer point the values that do not vary along
// the inner axes are computed once, each reduction runs its own inner loop, and the store runs a
// last inner loop (or a single store when the result is per outer point). The innermost loop
// runs 4 lanes at a time (f32x4/i32x4) when every value on it has a SIMD form and every access
// walks it with stride 0 or 1, with a scalar tail. Every value lives in its own local, so each
// op's code only ever sees `local.get`s.
import type { DType } from "../ir/ir.ts";
import { costOfOp, RECOMPUTE_BUDGET } from "../schedule/fusion.ts";
import { dependencies, fullValues, hasReduction, simplifyBody } from "../schedule/levels.ts";
import type { Fold, LoopBody, LoopValue } from "../schedule/schedule.ts";
import type { View } from "../schedule/view.ts";
import { opCode } from "./ops.ts";
import { f32, get, i32, set, type Fn } from "./wat.ts";

export interface LoopCtx {
  fn: Fn;
  /** Byte offset of a buffer's storage in linear memory. */
  offsetOf(buf: number): number;
  elemBytes(dtype: DType): number;
}

type Mode = "sca" | "vec";

const IDENTITY: Record<Fold, { f32: number; i32: number }> = {
  reduce_sum: { f32: 0, i32: 0 },
  reduce_prod: { f32: 1, i32: 1 },
  reduce_max: { f32: -Infinity, i32: -2147483648 },
  reduce_min: { f32: Infinity, i32: 2147483647 },
};

/** Where the emitter finds each value's address and each domain coordinate at the current point. */
export interface Point {
  /** Byte address of load or gather value `i`. */
  addr(i: number): string;
  /** Domain coordinate along `axis` (for iota). */
  coord(axis: number): string;
  /** The core's accumulator (matmul, conv2d epilogues). */
  acc?: string;
}

/**
 * The values of a body as WebAssembly: which vary along the inner axes ("full"), the locals
 * holding them, and the statements computing a set of them in scalar or 4-lane mode.
 */
export class ValueEmitter {
  readonly full: boolean[];
  /** Each value's readers (with multiplicity); -1 is the store. */
  private readonly users: number[][];

  /** `innerAxes`: how many trailing domain axes are inner; "all" treats every value as full (epilogues). */
  constructor(private readonly ctx: LoopCtx, readonly body: LoopBody, private readonly tag: string, innerAxes: number | "all") {
    this.full = fullValues(body, innerAxes);
    this.users = body.values.map(() => []);
    body.values.forEach((v, i) => {
      if (v.k === "op") for (const a of v.args) this.users[a].push(i);
      if (v.k === "gather") this.users[v.index].push(i);
      if (v.k === "reduce") this.users[v.arg].push(i);
    });
    this.users[body.store.value].push(-1);
  }

  /**
   * The values of `which` that only branch `slot` of the where at `w` reads, directly or through
   * each other (SSA order): a scalar `where` computes them inside an `if` arm instead of always.
   */
  private armOnly(which: Set<number>, w: number, slot: number): number[] {
    const v = this.body.values[w] as Extract<LoopValue, { k: "op" }>;
    const a = v.args[slot];
    const movable = (x: number) => which.has(x) && this.body.values[x].k !== "const" && this.body.values[x].k !== "reduce";
    if (!movable(a) || this.users[a].length !== 1) return [];
    const arm = new Set([a]);
    for (let x = a - 1; x >= 0; x--) {
      if (movable(x) && this.users[x].length > 0 && this.users[x].every((u) => arm.has(u))) arm.add(x);
    }
    return [...arm].sort((p, q) => p - q);
  }

  /** What the arms cost when always computed, in "cheap op" units. */
  private armCost(arm: number[]): number {
    return arm.reduce((c, x) => {
      const v = this.body.values[x];
      return c + (v.k === "op" ? costOfOp(v.attrs.op) : 1);
    }, 0);
  }

  local(i: number, mode: Mode): string {
    const v = this.body.values[i];
    return this.ctx.fn.local(`${mode === "vec" ? "w" : "x"}${this.tag}_${i}`, mode === "vec" ? "v128" : v.dtype === "f32" ? "f32" : "i32");
  }

  /** The values `roots` need, in SSA order; `fullOnly` stops at outer-level ones. */
  chain(roots: number[], fullOnly = true): number[] {
    return dependencies(this.body, roots, (i) => !fullOnly || this.full[i]);
  }

  /** Whether `chain` can run 4 lanes at once along the innermost domain axis. */
  vectorizable(chain: number[]): boolean {
    const d = this.body.domain.length;
    for (const i of chain) {
      const v = this.body.values[i];
      if (v.dtype === "bool" || v.k === "gather" || v.k === "iota" || v.k === "reduce") return false;
      if (v.k === "load" && v.view.strides[d - 1] !== 0 && v.view.strides[d - 1] !== 1) return false;
      if (v.k === "op") {
        if (v.args.some((a) => this.body.values[a].dtype === "bool")) return false;
        if (!opCode(this.ctx.fn, v.attrs as { op: string }, this.body.values[v.args[0]].dtype, v.dtype).vec) return false;
      }
    }
    return true;
  }

  /** Value `i` as an operand in `mode`: its local, a literal, or an outer-level scalar's splat. */
  operand(i: number, mode: Mode): string {
    const v = this.body.values[i];
    if (v.k === "const") return constOf(v.dtype, v.value, mode);
    if (mode === "sca" || this.full[i]) return get(this.local(i, mode));
    return get(this.ctx.fn.local(`s${this.tag}_${i}`, "v128"));
  }

  /** Splats of the outer-level values a vector chain reads (and `extra`), to set once before its loop. */
  splats(chain: number[], extra: number[] = []): string {
    const need = new Set<number>(extra.filter((a) => !this.full[a] && this.body.values[a].k !== "const"));
    for (const i of chain) {
      const v = this.body.values[i];
      if (v.k === "op") for (const a of v.args) if (!this.full[a] && this.body.values[a].k !== "const") need.add(a);
    }
    return [...need].map((a) => set(this.ctx.fn.local(`s${this.tag}_${a}`, "v128"),
      `(${this.body.values[a].dtype === "f32" ? "f32x4" : "i32x4"}.splat ${get(this.local(a, "sca"))})`)).join("\n ");
  }

  /**
   * Statements that set the locals of `which` (in SSA order) at point `p`. In scalar mode a
   * `where` whose arms cost more than recomputation is allowed to (a wired level's per-neuron
   * choice among activations) branches, and each arm computes only what it alone needs.
   */
  compute(which: number[], mode: Mode, p: Point): string {
    const fn = this.ctx.fn;
    const d = this.body.domain.length;
    const lines: string[] = [];
    const arms = new Map<number, [number[], number[]]>();
    const inArm = new Set<number>();
    if (mode === "sca") {
      const set = new Set(which);
      for (let k = which.length - 1; k >= 0; k--) {
        const i = which[k];
        const v = this.body.values[i];
        if (v.k !== "op" || v.attrs.op !== "where" || inArm.has(i)) continue;
        const pair: [number[], number[]] = [this.armOnly(set, i, 1), this.armOnly(set, i, 2)];
        if (this.armCost(pair[0]) + this.armCost(pair[1]) <= RECOMPUTE_BUDGET) continue;
        arms.set(i, pair);
        for (const x of [...pair[0], ...pair[1]]) inArm.add(x);
      }
    }
    for (const i of which) {
      const v = this.body.values[i];
      if (inArm.has(i)) continue;
      const arm = arms.get(i);
      if (arm && v.k === "op") {
        const [c, a, b] = v.args;
        const t = v.dtype === "f32" ? "f32" : "i32";
        const branch = (xs: number[], r: number) => `${this.compute(xs, "sca", p)}\n ${this.operand(r, "sca")}`;
        lines.push(set(this.local(i, mode), `(if (result ${t}) ${this.operand(c, "sca")}\n (then ${branch(arm[0], a)})\n (else ${branch(arm[1], b)}))`));
        continue;
      }
      let e: string;
      switch (v.k) {
        case "const":
        case "reduce":
          continue;
        case "load":
          e = mode === "vec"
            ? v.view.strides[d - 1] === 0 ? `(v128.load32_splat ${p.addr(i)})` : `(v128.load align=4 ${p.addr(i)})`
            : loadScalar(v.dtype, p.addr(i), this.ctx.elemBytes(v.dtype));
          break;
        case "gather": {
          const t = fn.local(`g${this.tag}_${i}`, "i32");
          const es = this.ctx.elemBytes(v.dtype);
          lines.push(set(t, this.operand(v.index, "sca")));
          lines.push(set(t, `(select (i32.const 0) ${get(t)} (i32.lt_s ${get(t)} (i32.const 0)))`));
          lines.push(set(t, `(select ${i32(Math.max(0, v.size - 1))} ${get(t)} (i32.ge_s ${get(t)} ${i32(v.size)}))`));
          e = loadScalar(v.dtype, `(i32.add ${p.addr(i)} (i32.mul ${get(t)} ${i32(v.stride * es)}))`, es);
          break;
        }
        case "iota":
          e = p.coord(v.axis);
          break;
        case "acc":
          e = p.acc ?? "";
          break;
        case "op": {
          const code = opCode(fn, v.attrs as { op: string }, this.body.values[v.args[0]].dtype, v.dtype);
          const xs = v.args.map((a) => this.operand(a, mode));
          e = mode === "vec" ? code.vec!(xs) : code.sca(xs);
          break;
        }
      }
      lines.push(set(this.local(i, mode), e));
    }
    return lines.join("\n ");
  }
}

function constOf(dtype: DType, value: number, mode: Mode): string {
  if (mode === "vec") {
    const s = dtype === "f32" ? numLit(value) : String(value | 0);
    return `(v128.const ${dtype === "f32" ? "f32x4" : "i32x4"} ${s} ${s} ${s} ${s})`;
  }
  return dtype === "f32" ? f32(value) : i32(value);
}

function numLit(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  return Object.is(v, -0) ? "-0" : String(v);
}

export function loadScalar(dtype: DType, addr: string, es: number): string {
  return `(${dtype === "f32" ? "f32.load" : es === 1 ? "i32.load8_u" : "i32.load"} ${addr})`;
}

export function storeScalar(dtype: DType, addr: string, value: string, es: number): string {
  return `(${dtype === "f32" ? "f32.store" : es === 1 ? "i32.store8" : "i32.store"} ${addr} ${value})`;
}

function foldScalar(fn: Fn, op: Fold, dtype: DType, a: string, b: string): string {
  if (dtype === "f32") return `(f32.${{ reduce_sum: "add", reduce_prod: "mul", reduce_max: "max", reduce_min: "min" }[op]} ${a} ${b})`;
  if (op === "reduce_sum") return `(i32.add ${a} ${b})`;
  if (op === "reduce_prod") return `(i32.mul ${a} ${b})`;
  const tag = fn.label().slice(2);
  const [u, v] = [fn.local(`fu${tag}`, "i32"), fn.local(`fv${tag}`, "i32")];
  return `(select (local.tee ${u} ${a}) (local.tee ${v} ${b}) (i32.${op === "reduce_max" ? "gt_s" : "lt_s"} ${get(u)} ${get(v)}))`;
}

const VEC_FOLD: Record<Fold, { f32: string; i32: string }> = {
  reduce_sum: { f32: "f32x4.add", i32: "i32x4.add" },
  reduce_prod: { f32: "f32x4.mul", i32: "i32x4.mul" },
  reduce_max: { f32: "f32x4.max", i32: "i32x4.max_s" },
  reduce_min: { f32: "f32x4.min", i32: "i32x4.min_s" },
};

/** Byte address of `view` at a point given by coordinate expressions (constant parts folded). */
export function addressAt(base: number, es: number, view: View, coord: (axis: number) => string | undefined): string {
  let e = i32(base + view.offset * es);
  view.strides.forEach((s, k) => {
    const c = coord(k);
    if (s !== 0 && c !== undefined) e = `(i32.add ${e} (i32.mul ${c} ${i32(s * es)}))`;
  });
  return e;
}

/** A whole loop kernel: the loop nest over the body's domain. */
export function emitLoopKernel(ctx: LoopCtx, body0: LoopBody, output: number): string {
  const body = simplifyBody(body0);
  const fn = ctx.fn;
  const d = body.domain.length;
  // With no reduction the innermost axis is still the one outer-level values are hoisted from.
  const hasReduce = hasReduction(body);
  const inner = body.inner === 0 && d > 0 && !hasReduce ? 1 : body.inner;
  // An empty outer domain computes nothing; an empty inner one still stores each reduction's identity.
  if (body.domain.slice(0, d - inner).some((x) => x === 0)) return "";
  const nOuter = d - inner;
  const em = new ValueEmitter(ctx, body, "", inner);
  const o = Array.from({ length: nOuter }, (_, k) => fn.local(`o${k}`, "i32"));
  const j = Array.from({ length: inner }, (_, k) => fn.local(`j${k}`, "i32"));
  const coord = (k: number): string => (k < nOuter ? get(o[k]) : get(j[k - nOuter]));
  const storeV = body.values[body.store.value];
  const storeEs = ctx.elemBytes(storeV.dtype);

  // Outer part of every access's address, set once per outer point.
  const pa = new Map<number, string>();
  const pre: string[] = [];
  const outerPart = (key: number, base: number, es: number, view: View): string => {
    let l = pa.get(key);
    if (!l) {
      l = fn.local(`pa${key < 0 ? "s" : key}`, "i32");
      pa.set(key, l);
      pre.push(set(l, addressAt(base, es, view, (k) => (k < nOuter ? get(o[k]) : undefined))));
    }
    return get(l);
  };
  const innerPart = (e: string, es: number, view: View): string => {
    for (let k = nOuter; k < d; k++) if (view.strides[k] !== 0) e = `(i32.add ${e} (i32.mul ${coord(k)} ${i32(view.strides[k] * es)}))`;
    return e;
  };
  const addr = (i: number): string => {
    const v = body.values[i] as Extract<LoopValue, { k: "load" | "gather" }>;
    const es = ctx.elemBytes(v.dtype);
    return innerPart(outerPart(i, ctx.offsetOf(v.buf), es, v.view), es, v.view);
  };
  const storeAddr = (): string => innerPart(outerPart(-1, ctx.offsetOf(output), storeEs, body.store.view), storeEs, body.store.view);
  const point: Point = { addr, coord };

  /** An inner loop nest running `chain` then `each` (per element, in the mode given). */
  const innerNest = (chain: number[], vec: boolean, each: (mode: Mode) => string, extra: number[] = []): string => {
    const n = d > 0 ? body.domain[d - 1] : 1;
    const nv = vec && inner > 0 ? Math.floor(n / 4) * 4 : 0;
    const last = (mode: Mode, from: number, to: number, step: number): string =>
      fn.range(j[inner - 1], from, to, step, `${em.compute(chain, mode, point)}\n ${each(mode)}`);
    let loops = inner > 0 ? `${nv > 0 ? last("vec", 0, nv, 4) : ""}\n${last("sca", nv, n, 1)}` : `${em.compute(chain, "sca", point)}\n ${each("sca")}`;
    for (let k = inner - 2; k >= 0; k--) loops = fn.range(j[k], 0, body.domain[nOuter + k], 1, loops);
    return `${vec ? em.splats(chain, extra) : ""}\n${loops}`;
  };

  const steps: string[] = [];
  const done = new Set<number>();
  const outerValues = (upTo: number): number[] => {
    const need = em.chain([upTo], false).filter((i) => !em.full[i] && !done.has(i));
    need.forEach((i) => done.add(i));
    return need;
  };
  body.values.forEach((v, i) => {
    if (v.k !== "reduce") return;
    // Outer-level operands first (the statistics a later reduction reads).
    const deps = em.chain([v.arg], false).filter((x) => !em.full[x] && !done.has(x) && x !== i);
    for (const x of deps) {
      if (body.values[x].k === "reduce") continue;
      steps.push(em.compute([x], "sca", point));
      done.add(x);
    }
    const chain = em.chain([v.arg]);
    const dt = v.dtype;
    const st = dt === "f32" ? "f32" : "i32";
    const vec = (v.dtype === "f32" || v.dtype === "i32") && inner > 0 && em.full[v.arg] && em.vectorizable(chain) && body.domain[d - 1] >= 4;
    const r = em.local(i, "sca");
    const va = fn.local(`va_${i}`, "v128");
    const id = IDENTITY[v.op][st];
    const lines = [set(r, st === "f32" ? f32(id) : i32(id))];
    if (vec) lines.push(set(va, `(${st}x4.splat ${st === "f32" ? f32(id) : i32(id)})`));
    lines.push(innerNest(chain, vec, (mode) => mode === "vec"
      ? set(va, `(${VEC_FOLD[v.op][st]} ${get(va)} ${em.operand(v.arg, "vec")})`)
      : set(r, foldScalar(fn, v.op, dt, get(r), em.operand(v.arg, "sca")))));
    if (vec) {
      const lane = (k: number) => `(${st}x4.extract_lane ${k} ${get(va)})`;
      const h = foldScalar(fn, v.op, dt, foldScalar(fn, v.op, dt, lane(0), lane(1)), foldScalar(fn, v.op, dt, lane(2), lane(3)));
      lines.push(set(r, foldScalar(fn, v.op, dt, get(r), h)));
    }
    steps.push(lines.join("\n "));
    done.add(i);
  });
  const sv = body.store.value;
  const storeVaries = body.store.view.strides.some((s, k) => k >= nOuter && s !== 0 && body.domain[k] !== 1);
  if (em.full[sv] || storeVaries) {
    steps.push(em.compute(outerValues(sv), "sca", point));
    const chain = em.chain([sv]);
    const vec = storeV.dtype !== "bool" && d > 0 && body.store.view.strides[d - 1] === 1 && em.vectorizable(chain) && inner > 0;
    steps.push(innerNest(chain, vec, (mode) => mode === "vec"
      ? `(v128.store align=4 ${storeAddr()} ${em.operand(sv, "vec")})`
      : storeScalar(storeV.dtype, storeAddr(), em.operand(sv, "sca"), storeEs), [sv]));
  } else {
    steps.push(em.compute(outerValues(sv), "sca", point));
    // Inner coordinates are 0 for a per-outer-point store (its view has zero inner strides).
    steps.push(storeScalar(storeV.dtype, outerPart(-1, ctx.offsetOf(output), storeEs, body.store.view), em.operand(sv, "sca"), storeEs));
  }
  const perPoint = steps.join("\n");
  let code = `${pre.join("\n")}\n${perPoint}`;
  for (let k = nOuter - 1; k >= 0; k--) code = fn.range(o[k], 0, body.domain[k], 1, code);
  return code;
}
