// The build's one seam with the WASM backend: compile a graph, or say why it could not.
// The backend (and binaryen, several MB of JS) is imported on first use, so builds for the
// interpreter alone never load it.
import type { Graph } from "./ir/ir.ts";

export type WasmTargetResult = { ok: true; bytes: Uint8Array; plan: unknown } | { ok: false; message: string };

export async function compileWasmTarget(graph: Graph): Promise<WasmTargetResult> {
  try {
    const { compileWasm } = await import("./backend-wasm/index.ts");
    const r = compileWasm(graph);
    return { ok: true, bytes: r.wasm, plan: r.plan };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
