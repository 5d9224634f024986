// The build's one seam with the WASM backend: compile a schedule, or say why it could not.
// The backend (and binaryen, several MB of JS) is imported on first use, so builds for the
// interpreter alone never load it.
import type { Graph } from "./ir/ir.ts";
import type { Schedule } from "./schedule/schedule.ts";

export interface KernelEntry {
  name: string;
  nodes: number[];
  /** "weights": run once per weight change, not per run. */
  phase?: "weights";
}

export type WasmTargetResult =
  | { ok: true; bytes: Uint8Array; plan: unknown; kernels: KernelEntry[]; peakBytes: number }
  | { ok: false; message: string; limit?: "memory" };

export async function compileWasmTarget(graph: Graph, schedule?: Schedule): Promise<WasmTargetResult> {
  try {
    const { compileWasm } = await import("./backend-wasm/index.ts");
    const r = compileWasm(graph, schedule ? { schedule } : {});
    return { ok: true, bytes: r.wasm, plan: r.plan, kernels: r.plan.kernels, peakBytes: r.memory.totalBytes };
  } catch (e) {
    const limit = (e as { limit?: "memory" }).limit;
    return { ok: false, message: e instanceof Error ? e.message : String(e), ...(limit ? { limit } : {}) };
  }
}
