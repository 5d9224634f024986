// Loop kernels in WGSL: the schedule's loop body (compiler/schedule/schedule.ts) as a compute
// shader. Every buffer is read through its arena's binding, an array<u32> (f32 and i32 are
// bitcast; bool is a u32 0/1), at `offset + Σ coord·stride`. Without a reduction each thread
// computes one point of the domain. With one, each outer point is a workgroup when the inner
// extent is large (every thread folds a strided share, then a tree in workgroup memory) or a
// single thread when it is small (a serial loop); the store follows the same split.
import type { DType } from "../ir/ir.ts";
import { dependencies, fullValues, hasReduction, simplifyBody } from "../schedule/levels.ts";
import type { Fold, LoopBody } from "../schedule/schedule.ts";
import type { View } from "../schedule/view.ts";
import { wgslOp } from "./ops.ts";
import { f32Lit, flatWorkgroupSize, i32Lit, pow2Floor, u32Lit, type ShaderParts } from "./shader.ts";
import type { WgslLimits } from "./program.ts";

export interface WgslCtx {
  limits: WgslLimits;
  /** The arena binding's name and the element offset of a buffer's storage in it. */
  arenaOf(buf: number): string;
  elemOffset(buf: number): number;
  /** Math helpers the kernel calls (see math.ts). */
  helpers: Set<string>;
}

/** What a kernel emitter produces; index.ts wraps it into a module with its bindings. */
export type ShaderBody = ShaderParts;

export function regType(dtype: DType): string {
  return dtype === "f32" ? "f32" : dtype === "i32" ? "i32" : "u32";
}

/** A literal of `dtype`; non-finite floats come from the `specials` helper. */
export function literal(ctx: WgslCtx, dtype: DType, v: number): string {
  if (dtype === "i32") return i32Lit(v | 0);
  if (dtype === "bool") return v ? "1u" : "0u";
  if (Number.isFinite(v)) return f32Lit(v);
  ctx.helpers.add("specials");
  return Number.isNaN(v) ? "f32_nan()" : v > 0 ? "f32_inf()" : "-f32_inf()";
}

export function loadExpr(ctx: WgslCtx, buf: number, dtype: DType, index: string): string {
  const word = `${ctx.arenaOf(buf)}[${index}]`;
  return dtype === "bool" ? word : `bitcast<${regType(dtype)}>(${word})`;
}

export function storeStmt(ctx: WgslCtx, buf: number, dtype: DType, index: string, value: string): string {
  return `${ctx.arenaOf(buf)}[${index}] = ${dtype === "bool" ? value : `bitcast<u32>(${value})`};`;
}

/** `offset + Σ coord[k]·stride[k]` as a u32 expression (zero strides and unit coordinates skipped). */
export function indexExpr(base: number, view: View, coord: (axis: number) => string): string {
  const terms = [u32Lit(base + view.offset)];
  view.strides.forEach((s, k) => {
    if (s !== 0 && view.shape[k] !== 1) terms.push(s === 1 ? coord(k) : `${coord(k)} * ${u32Lit(s)}`);
  });
  return terms.join(" + ");
}

/** `let` lines decomposing linear index `lin` over `shape` into `names`. */
export function decompose(lin: string, shape: readonly number[], names: readonly string[]): string[] {
  const lines: string[] = [];
  let stride = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    const q = stride === 1 ? lin : `(${lin} / ${u32Lit(stride)})`;
    lines.unshift(`let ${names[k]} = ${k === 0 ? q : `${q} % ${u32Lit(shape[k])}`};`);
    stride *= shape[k];
  }
  return lines;
}

/** WGSL statements for the values of a body: `let v<i>` each, in SSA order. */
export class WgslValues {
  constructor(private readonly ctx: WgslCtx, readonly body: LoopBody) {}

  name(i: number): string {
    const v = this.body.values[i];
    return v.k === "const" ? literal(this.ctx, v.dtype, v.value) : `v${i}`;
  }

  /** Lines computing `which` at the point whose coordinates `coord` names. */
  emit(which: number[], coord: (axis: number) => string, acc?: string): string[] {
    const lines: string[] = [];
    for (const i of which) {
      const v = this.body.values[i];
      const t = regType(v.dtype);
      switch (v.k) {
        case "const":
        case "reduce":
          break;
        case "load":
          lines.push(`let v${i}: ${t} = ${loadExpr(this.ctx, v.buf, v.dtype, indexExpr(this.ctx.elemOffset(v.buf), v.view, coord))};`);
          break;
        case "gather": {
          const k = `clamp(${this.name(v.index)}, 0i, ${i32Lit(Math.max(0, v.size - 1))})`;
          const at = `${indexExpr(this.ctx.elemOffset(v.buf), v.view, coord)} + u32(${k}) * ${u32Lit(v.stride)}`;
          lines.push(`let v${i}: ${t} = ${loadExpr(this.ctx, v.buf, v.dtype, at)};`);
          break;
        }
        case "iota":
          lines.push(`let v${i}: i32 = i32(${coord(v.axis)});`);
          break;
        case "acc":
          lines.push(`let v${i}: f32 = ${acc ?? "0.0"};`);
          break;
        case "op": {
          const op = wgslOp(v.attrs as { op: string }, this.body.values[v.args[0]].dtype, v.dtype);
          op.helpers.forEach((h) => this.ctx.helpers.add(h));
          lines.push(`let v${i}: ${t} = ${op.expr(v.args.map((a) => this.name(a)))};`);
          break;
        }
      }
    }
    return lines;
  }
}

function identity(ctx: WgslCtx, op: Fold, dtype: DType): string {
  const i = dtype === "i32";
  switch (op) {
    case "reduce_sum": return i ? "0i" : "0.0";
    case "reduce_prod": return i ? "1i" : "1.0";
    case "reduce_max": return i ? i32Lit(-2147483648) : literal(ctx, "f32", -Infinity);
    case "reduce_min": return i ? i32Lit(2147483647) : literal(ctx, "f32", Infinity);
  }
}

function combine(ctx: WgslCtx, op: Fold, dtype: DType, a: string, b: string): string {
  if (op === "reduce_sum") return `${a} + ${b}`;
  if (op === "reduce_prod") return `${a} * ${b}`;
  if (dtype === "i32") return `${op === "reduce_max" ? "max" : "min"}(${a}, ${b})`;
  ctx.helpers.add("max_nan");
  return `${op === "reduce_max" ? "max_nan" : "min_nan"}(${a}, ${b})`;
}

/** Inner extents up to this run serially in one thread per outer point. */
const SERIAL_INNER = 32;

export function emitLoop(ctx: WgslCtx, body0: LoopBody, output: number): ShaderBody {
  const body = simplifyBody(body0);
  const d = body.domain.length;
  const values = new WgslValues(ctx, body);
  const storeV = body.values[body.store.value];
  const storeIndex = (coord: (k: number) => string) => indexExpr(ctx.elemOffset(output), body.store.view, coord);
  const store = (coord: (k: number) => string) => storeStmt(ctx, output, storeV.dtype, storeIndex(coord), values.name(body.store.value));
  const all = body.values.map((_, i) => i);
  if (!hasReduction(body)) {
    // One thread per point of the domain.
    const n = body.domain.reduce((a, b) => a * b, 1);
    const wgs = flatWorkgroupSize(ctx.limits);
    const names = body.domain.map((_, k) => `c${k}`);
    const lines = [`let i = wg * ${u32Lit(wgs)} + lidx;`, `if (i >= ${u32Lit(n)}) { return; }`, ...decompose("i", body.domain, names),
      ...values.emit(all, (k) => names[k]), store((k) => names[k])];
    return { decls: [], workgroupSize: [wgs, 1], body: lines.join("\n  "), workgroups: Math.ceil(n / wgs) };
  }
  const nOuter = d - body.inner;
  const outerShape = body.domain.slice(0, nOuter);
  const innerShape = body.domain.slice(nOuter);
  const outerN = outerShape.reduce((a, b) => a * b, 1);
  const innerN = innerShape.reduce((a, b) => a * b, 1);
  const full = fullValues(body, body.inner);
  const oNames = outerShape.map((_, k) => `co${k}`);
  const iNames = innerShape.map((_, k) => `ci${k}`);
  const coord = (k: number) => (k < nOuter ? oNames[k] : iNames[k - nOuter]);
  const serial = innerN <= SERIAL_INNER;
  const wgMax = pow2Floor(Math.min(256, ctx.limits.maxComputeWorkgroupSizeX, ctx.limits.maxComputeInvocationsPerWorkgroup,
    ctx.limits.maxComputeWorkgroupStorageSize / 8));
  let wgSize = 1;
  while (!serial && wgSize < innerN && wgSize < wgMax) wgSize *= 2;
  const threads = serial ? flatWorkgroupSize(ctx.limits) : wgSize;
  const lines: string[] = serial
    ? [`let o = wg * ${u32Lit(threads)} + lidx;`, `if (o >= ${u32Lit(outerN)}) { return; }`, ...decompose("o", outerShape, oNames)]
    : decompose("wg", outerShape, oNames);
  const done = new Set<number>();
  const outerDeps = (roots: number[]): string[] => {
    const need = dependencies(body, roots).filter((i) => !full[i] && !done.has(i) && body.values[i].k !== "reduce");
    need.forEach((i) => done.add(i));
    return values.emit(need, coord);
  };
  /** A loop over this thread's share of the inner points running `each` after the full values of `chain`. */
  const innerLoop = (chain: number[], each: string[]): string[] => {
    const start = serial ? "0u" : "lidx";
    const step = serial ? "1u" : u32Lit(wgSize);
    const inner = [...decompose("j", innerShape, iNames), ...values.emit(chain, coord), ...each];
    return [`for (var j = ${start}; j < ${u32Lit(innerN)}; j += ${step}) {`, ...inner.map((l) => `  ${l}`), "}"];
  };
  const decls: string[] = [];
  const partials = new Set<string>();
  body.values.forEach((v, i) => {
    if (v.k !== "reduce") return;
    lines.push(...outerDeps([v.arg]));
    const chain = dependencies(body, [v.arg], (x) => full[x]);
    const t = regType(v.dtype);
    lines.push(`var r${i}: ${t} = ${identity(ctx, v.op, v.dtype)};`);
    lines.push(...innerLoop(chain, [`r${i} = ${combine(ctx, v.op, v.dtype, `r${i}`, values.name(v.arg))};`]));
    if (!serial) {
      const arr = `partial_${t}`;
      if (!partials.has(arr)) {
        partials.add(arr);
        decls.push(`var<workgroup> ${arr}: array<${t}, ${wgSize}>;`);
      }
      lines.push(`${arr}[lidx] = r${i};`, "workgroupBarrier();",
        `for (var half = ${u32Lit(wgSize / 2)}; half > 0u; half = half / 2u) {`,
        `  if (lidx < half) { ${arr}[lidx] = ${combine(ctx, v.op, v.dtype, `${arr}[lidx]`, `${arr}[lidx + half]`)}; }`,
        "  workgroupBarrier();", "}",
        `let v${i}: ${t} = ${arr}[0];`,
        // Nobody may overwrite the partials before every thread has read the result.
        "workgroupBarrier();");
    } else {
      lines.push(`let v${i}: ${t} = r${i};`);
    }
    done.add(i);
  });
  const sv = body.store.value;
  const storeVaries = body.store.view.strides.some((s, k) => k >= nOuter && s !== 0 && body.domain[k] !== 1);
  lines.push(...outerDeps([sv]));
  if (full[sv] || storeVaries) {
    lines.push(...innerLoop(dependencies(body, [sv], (x) => full[x]), [store(coord)]));
  } else {
    const at = store((k) => (k < nOuter ? oNames[k] : "0u"));
    lines.push(serial ? at : `if (lidx == 0u) { ${at} }`);
  }
  return { decls, workgroupSize: [threads, 1], body: lines.join("\n  "), workgroups: serial ? Math.ceil(outerN / threads) : outerN };
}
