// What every generated kernel shares: storage bindings typed by dtype, baked-in constants,
// the workgroup-size choice under the device limits, and dispatches that stay under
// maxComputeWorkgroupsPerDimension by spreading workgroups over a 2-D (or 3-D) grid; each
// kernel recomputes its linear workgroup index from workgroup_id and num_workgroups.
import type { DType, Graph, Node } from "../ir/ir.ts";
import { fmtType, numElements, strides } from "../ir/infer.ts";
import { helperCode } from "./math.ts";
import type { WgslLimits } from "./program.ts";

export interface KernelCtx {
  graph: Graph;
  node: Node;
  limits: WgslLimits;
}

/** One storage binding as the kernel sees it: a WGSL name over a node's slot. */
export interface BindingSpec {
  name: string;
  node: number;
  access: "read" | "read_write";
}

/** What an op emitter produces; `assemble` wraps it into a full module. */
export interface KernelParts {
  bindings: BindingSpec[];
  /** Module-scope declarations: `const`s and `var<workgroup>` arrays. */
  decls: string[];
  /** Math helper names the body calls (see math.ts). */
  helpers?: string[];
  workgroupSize: [number, number];
  /** Statements of `main`; `wg` (linear workgroup index) and `lid`/`lidx` are in scope. */
  body: string;
  /** Number of workgroups, linear; the kernel must ignore `wg >= workgroups`. */
  workgroups: number;
}

export function storageType(dtype: DType): string {
  return dtype === "f32" ? "f32" : dtype === "i32" ? "i32" : "u32";
}

/** A WGSL f32 literal (finite values only; infinities come from math.ts helpers). */
export function f32Lit(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`internal: non-finite literal ${v}`);
  const s = String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

export function u32Lit(v: number): string {
  return `${v}u`;
}

export function i32Lit(v: number): string {
  return v === -2147483648 ? "(-2147483647i - 1i)" : `${v}i`;
}

export function constU32(name: string, v: number): string {
  return `const ${name}: u32 = ${u32Lit(v)};`;
}

/** The largest power of two ≤ n. */
export function pow2Floor(n: number): number {
  let p = 1;
  while (p * 2 <= n) p *= 2;
  return p;
}

/** Threads per workgroup for 1-D kernels: 256 where allowed, never over the device limits. */
export function flatWorkgroupSize(limits: WgslLimits): number {
  return pow2Floor(Math.min(256, limits.maxComputeWorkgroupSizeX, limits.maxComputeInvocationsPerWorkgroup));
}

/** Splits `workgroups` over x, y, z so that each count stays within the per-dimension limit. */
export function splitDispatch(workgroups: number, limits: WgslLimits): [number, number, number] {
  if (workgroups === 0) return [0, 1, 1];
  const maxD = limits.maxComputeWorkgroupsPerDimension;
  const x = Math.min(workgroups, maxD);
  let y = Math.ceil(workgroups / x);
  let z = 1;
  if (y > maxD) {
    z = Math.ceil(y / maxD);
    y = maxD;
    if (z > maxD) throw new Error(`internal: ${workgroups} workgroups exceed a 3-D dispatch`);
  }
  return [x, y, z];
}

/**
 * `let idx = <expr>` lines that decompose the linear index `lin` over `shape` and sum
 * `coord × stride` into `target` (constant strides baked in). Axes of extent 1 cost nothing.
 */
export function stridedOffset(lin: string, shape: readonly number[], strideOf: readonly number[], target: string, base = 0): string {
  const lines: string[] = [`var ${target}: u32 = ${u32Lit(base)};`];
  const rowMajor = strides(shape);
  for (let k = 0; k < shape.length; k++) {
    if (shape[k] === 1 || strideOf[k] === 0) continue;
    let coord = rowMajor[k] === 1 ? lin : `(${lin} / ${u32Lit(rowMajor[k])})`;
    if (k > 0) coord = `(${coord} % ${u32Lit(shape[k])})`;
    lines.push(`${target} += ${coord}${strideOf[k] === 1 ? "" : ` * ${u32Lit(strideOf[k])}`};`);
  }
  return lines.join("\n  ");
}

export function typeOf(node: Node): string {
  return fmtType(node);
}

/** A one-thread-per-element kernel over `n` outputs: `i` is the element index in `body`. */
export function perElement(ctx: KernelCtx, bindings: BindingSpec[], decls: string[], body: string, helpers: string[] = []): KernelParts {
  const n = numElements(ctx.node.shape);
  const wgs = flatWorkgroupSize(ctx.limits);
  return {
    bindings,
    decls: [constU32("N", n), ...decls],
    helpers,
    workgroupSize: [wgs, 1],
    body: `let i = wg * ${u32Lit(wgs)} + lidx;\n  if (i >= N) { return; }\n  ${body}`,
    workgroups: Math.ceil(n / wgs),
  };
}

export interface AssembledKernel {
  code: string;
  dispatch: [number, number, number];
}

export function assemble(header: string[], parts: KernelParts, dtypeOf: (node: number) => DType, limits: WgslLimits): AssembledKernel {
  const binds = parts.bindings.map((b, i) => {
    const access = b.access === "read" ? "read" : "read_write";
    return `@group(0) @binding(${i}) var<storage, ${access}> ${b.name}: array<${storageType(dtypeOf(b.node))}>;`;
  });
  const [wx, wy] = parts.workgroupSize;
  const helpers = helperCode(parts.helpers ?? []);
  const code = [
    ...header.map((h) => `// ${h}`),
    "",
    ...binds,
    "",
    constU32("WORKGROUPS", parts.workgroups),
    ...parts.decls,
    ...(helpers ? ["", helpers] : []),
    "",
    `@compute @workgroup_size(${wx}${wy > 1 ? `, ${wy}` : ""})`,
    "fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,",
    "        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) lidx: u32) {",
    "  // Large dispatches are spread over x, y (and z); this is the linear workgroup index.",
    "  let wg = wid.x + nwg.x * (wid.y + nwg.y * wid.z);",
    "  if (wg >= WORKGROUPS) { return; }",
    `  ${parts.body}`,
    "}",
    "",
  ].join("\n");
  return { code, dispatch: splitDispatch(parts.workgroups, limits) };
}
