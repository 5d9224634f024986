// The build's one seam with the WGSL backend: compile a schedule to a WgslProgram, or say why
// it could not. Imported on first use, like build-wasm.ts, so that builds for other targets
// never load the WGSL code generator.
import type { SourceLookup } from "./backend-wgsl/index.ts";
import type { WgslLimits, WgslProgram } from "./backend-wgsl/program.ts";
import type { Graph } from "./ir/ir.ts";
import type { Schedule } from "./schedule/schedule.ts";

export type WgslTargetResult =
  | { ok: true; program: WgslProgram }
  | { ok: false; message: string; limit?: "buffer" | "bindings"; node?: number };

/** `sources` lets each kernel name the `.dl` line it came from (in its header and in errors). */
export async function compileWgslTarget(graph: Graph, sources?: SourceLookup, limits?: WgslLimits, schedule?: Schedule): Promise<WgslTargetResult> {
  try {
    const { compileWgsl, DEFAULT_LIMITS } = await import("./backend-wgsl/index.ts");
    return { ok: true, program: compileWgsl(graph, limits ?? DEFAULT_LIMITS, { ...(sources ? { sources } : {}), ...(schedule ? { schedule } : {}) }) };
  } catch (e) {
    const { limit, node } = e as { limit?: "buffer" | "bindings"; node?: number };
    return { ok: false, message: e instanceof Error ? e.message : String(e), ...(limit ? { limit } : {}), ...(node !== undefined ? { node } : {}) };
  }
}
