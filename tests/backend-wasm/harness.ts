// Test plumbing for the WASM backend: seeded random tensors, and a runner that compiles a
// graph, runs it in WebAssembly and returns both its outputs and the interpreter's.
import { expect } from "vitest";
import { compileWasm, type CompileWasmResult } from "../../compiler/backend-wasm/index.ts";
import { instantiateWasm } from "../../compiler/backend-wasm/instantiate.ts";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import type { DType, Graph } from "../../compiler/ir/ir.ts";
import { verifyGraph } from "../../compiler/ir/verify.ts";
import { mulberry32, type Rng } from "../../compiler/graphgen/prng.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import { numElements, tensorOf, type Tensor } from "../../runtime/interp/tensor.ts";
import { expectClose, type Tolerance } from "../interp/close.ts";

export function rng(seed: number): Rng {
  return mulberry32(seed);
}

/** Uniform values in [low, high); i32 values are integers in [low, high); bool is 0/1. */
export function randomTensor(r: Rng, dtype: DType, shape: number[], low = -2, high = 2): Tensor {
  const values = Array.from({ length: numElements(shape) }, () => {
    if (dtype === "bool") return r() < 0.5 ? 0 : 1;
    const u = low + r() * (high - low);
    return dtype === "i32" ? Math.floor(u) : u;
  });
  return tensorOf(dtype, shape, values);
}

export interface Ran {
  wasm: Map<string, Tensor>;
  interp: Map<string, Tensor>;
  compiled: CompileWasmResult;
}

/** Compiles and runs `graph` in WASM and in the interpreter (gather clamps in both). */
export async function runBoth(graph: Graph, inputs: Map<string, Tensor>, params = new Map<string, Tensor>(), text = false): Promise<Ran> {
  const problems = verifyGraph(graph);
  if (problems.length > 0) throw new Error(`graph does not verify: ${problems.join("; ")}`);
  const compiled = compileWasm(graph, { emitText: text });
  const inst = await instantiateWasm(compiled);
  for (const [name, t] of inputs) inst.setInput(name, t.data);
  for (const [name, t] of params) inst.setParam(name, t.data);
  inst.run();
  const interp = interpret(graph, inputs, params);
  const wasm = new Map<string, Tensor>();
  for (const o of compiled.plan.outputs) wasm.set(o.name, { dtype: o.dtype, shape: o.shape, data: inst.getOutput(o.name) });
  return { wasm, interp, compiled };
}

/** Every output of WASM matches the interpreter: f32 within tolerance, i32 and bool exactly. */
export function expectSame(ran: Ran, tol?: Tolerance): void {
  for (const [name, want] of ran.interp) {
    const got = ran.wasm.get(name);
    expect(got, `output ${name}`).toBeDefined();
    if (want.dtype === "f32") expectClose(got!, want, tol);
    else {
      expect(got!.dtype).toBe(want.dtype);
      expect(got!.shape).toEqual(want.shape);
      expect(Array.from(got!.data)).toEqual(Array.from(want.data));
    }
  }
}

/** Builds a graph with inputs a0, a1, … from `args`, one output "out", and checks WASM against the interpreter. */
export async function checkOp(args: Tensor[], body: (b: GraphBuilder, ids: number[]) => number, tol?: Tolerance): Promise<Ran> {
  const b = new GraphBuilder();
  const ids = args.map((t, i) => b.input(`a${i}`, t.dtype, t.shape));
  const out = body(b, ids);
  const g = b.finish([{ name: "out", node: out }]);
  const ran = await runBoth(g, new Map(args.map((t, i) => [`a${i}`, t] as const)));
  expectSame(ran, tol);
  return ran;
}

/** Values that IEEE arithmetic must pass through without trapping. */
export const SPECIALS = [NaN, Infinity, -Infinity, 0, -0, 1, -1, 0.5, -2.5, 1e-40, 3e38, -3e38, 88.5, -100, 7];
