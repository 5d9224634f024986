// What every generated kernel shares: one storage binding per arena it touches (an array<u32>
// that every dtype is read from and written to through bitcasts), baked-in constants, the
// workgroup-size choice under the device limits, and dispatches that stay under
// maxComputeWorkgroupsPerDimension by spreading workgroups over a 2-D (or 3-D) grid; each
// kernel recomputes its linear workgroup index from workgroup_id and num_workgroups.
import { helperCode } from "./math.ts";
import type { WgslLimits } from "./program.ts";

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

export interface AssembledKernel {
  code: string;
  dispatch: [number, number, number];
}

/** A binding of one arena: `a<arena>`, read-only unless the kernel writes into that arena. */
export interface ArenaBinding {
  arena: number;
  access: "read" | "read_write";
}

export interface ShaderParts {
  decls: string[];
  workgroupSize: [number, number];
  body: string;
  workgroups: number;
}

export function assemble(header: string[], parts: ShaderParts, bindings: ArenaBinding[], helpers: readonly string[], limits: WgslLimits): AssembledKernel {
  const binds = bindings.map((b, i) => `@group(0) @binding(${i}) var<storage, ${b.access}> a${b.arena}: array<u32>;`);
  const [wx, wy] = parts.workgroupSize;
  const helperText = helperCode(helpers);
  const code = [
    ...header.map((h) => `// ${h}`),
    "",
    ...binds,
    "",
    constU32("WORKGROUPS", parts.workgroups),
    ...parts.decls,
    ...(helperText ? ["", helperText] : []),
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
