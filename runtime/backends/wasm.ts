// The WASM backend as a session backend: the module and memory plan that compiler/backend-wasm
// produced, instantiated with the plain WebAssembly API (no binaryen at run time). The plan
// was checked against the manifest when the artifact was read (artifact-check.ts).
import type { WasmPlan } from "../../compiler/backend-wasm/index.ts";
import { instantiateWasm, type WasmInstance } from "../../compiler/backend-wasm/instantiate.ts";
import { ArtifactError, type Artifact } from "../artifact.ts";
import { DisposedError } from "../errors.ts";
import type { Backend } from "./backend.ts";

export async function createWasmBackend(artifact: Artifact): Promise<Backend> {
  const spec = artifact.manifest.backends.wasm;
  if (!spec) throw new ArtifactError("no-backend", `artifact "${artifact.manifest.model}" was not built for the wasm backend`);
  const wasm = Object.hasOwn(artifact.files, spec.file) ? artifact.files[spec.file] : undefined;
  if (!wasm) throw new ArtifactError("missing-file", `artifact "${artifact.manifest.model}": ${spec.file} is missing`, spec.file);
  const plan = spec.plan as WasmPlan;
  let inst: WasmInstance | undefined;
  try {
    inst = await instantiateWasm({ wasm, plan });
  } catch (e) {
    throw new ArtifactError("bad-wasm", `artifact "${artifact.manifest.model}": ${spec.file} does not instantiate (${e instanceof Error ? e.message : String(e)})`, spec.file);
  }
  const live = (): WasmInstance => {
    if (!inst) throw new DisposedError("wasm backend");
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
