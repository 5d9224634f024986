// The reference interpreter as a session backend: slow, but the definition of every op.
import type { Graph } from "../../compiler/ir/ir.ts";
import { interpret } from "../interp/interpret.ts";
import { numElements, type Tensor, type TensorData } from "../interp/tensor.ts";
import type { Backend } from "./backend.ts";

export function createInterpBackend(graph: Graph): Backend {
  let g: Graph | undefined = graph;
  const byName = (kind: "input" | "param") => {
    const m = new Map<string, { dtype: Tensor["dtype"]; shape: number[] }>();
    for (const n of graph.nodes) if (n.attrs.op === kind) m.set(n.attrs.name, { dtype: n.dtype, shape: [...n.shape] });
    return m;
  };
  const inputSigs = byName("input");
  const paramSigs = byName("param");
  const inputs = new Map<string, Tensor>();
  const params = new Map<string, Tensor>();
  let outputs = new Map<string, Tensor>();
  const store = (into: Map<string, Tensor>, sigs: typeof inputSigs, name: string, data: TensorData) => {
    const sig = sigs.get(name);
    if (!sig) throw new Error(`interp backend: no such tensor "${name}"`);
    if (data.length !== numElements(sig.shape)) throw new Error(`interp backend: "${name}" needs ${numElements(sig.shape)} elements, got ${data.length}`);
    into.set(name, { dtype: sig.dtype, shape: sig.shape, data: data.slice() });
  };
  return {
    name: "interp",
    setParam: (name, data) => store(params, paramSigs, name, data),
    setInput: (name, data) => store(inputs, inputSigs, name, data),
    run() {
      if (!g) throw new Error("interp backend: disposed");
      // Compiled backends clamp out-of-range gather indices (spec/builtins.md); so does this one,
      // so that both backends give the same numbers on the same data.
      outputs = interpret(g, inputs, params);
    },
    getOutput(name, count) {
      const t = outputs.get(name);
      if (!t) throw new Error(`interp backend: output "${name}" has not been computed`);
      // Wide (f64) tensors arise only from f64 data given to interpret() directly, never here.
      return (t.data instanceof Float64Array ? Float32Array.from(t.data) : t.data).slice(0, count);
    },
    dispose() {
      g = undefined;
      inputs.clear();
      params.clear();
      outputs = new Map();
    },
  };
}
