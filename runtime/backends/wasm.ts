// The WASM backend as a session backend: the module and memory plan that compiler/backend-wasm
// produced, instantiated with the plain WebAssembly API (no binaryen at run time).
import type { WasmPlan } from "../../compiler/backend-wasm/index.ts";
import { instantiateWasm, type WasmInstance } from "../../compiler/backend-wasm/instantiate.ts";
import { ArtifactError, type Artifact } from "../artifact.ts";
import type { Backend } from "./backend.ts";

export async function createWasmBackend(artifact: Artifact): Promise<Backend> {
  const spec = artifact.manifest.backends.wasm;
  if (!spec) throw new ArtifactError("no-backend", `artifact "${artifact.manifest.model}" was not built for the wasm backend`);
  const wasm = artifact.files[spec.file];
  if (!wasm) throw new ArtifactError("missing-file", `artifact "${artifact.manifest.model}": ${spec.file} is missing`);
  const plan = spec.plan as WasmPlan;
  if (!plan || !Array.isArray(plan.inputs) || !Array.isArray(plan.params) || !Array.isArray(plan.outputs)) {
    throw new ArtifactError("bad-manifest", `artifact "${artifact.manifest.model}": backends.wasm.plan lacks inputs, params or outputs`);
  }
  let inst: WasmInstance | undefined;
  try {
    inst = await instantiateWasm({ wasm, plan });
  } catch (e) {
    throw new ArtifactError("bad-graph", `artifact "${artifact.manifest.model}": ${spec.file} does not instantiate (${e instanceof Error ? e.message : String(e)})`);
  }
  const live = (): WasmInstance => {
    if (!inst) throw new Error("wasm backend: disposed");
    return inst;
  };
  return {
    name: "wasm",
    setParam: (name, data) => live().setParam(name, data),
    setInput: (name, data) => live().setInput(name, data),
    run: () => live().run(),
    getOutput: (name, count) => {
      const all = live().getOutput(name);
      return count === all.length ? all : all.slice(0, count);
    },
    dispose() {
      // The instance owns the memory; dropping the only reference lets both be collected.
      inst = undefined;
    },
  };
}
