// Test plumbing for the WGSL backend: compile a graph, run it on the real adapter and in the
// interpreter (gather clamps in both), and compare: f32 within 1e-4 rel / 1e-5 abs, i32 and
// bool exactly; every kernel must compile without errors or warnings.
import { expect } from "vitest";
import { compileWgsl, type CompileWgslOptions } from "../../compiler/backend-wgsl/index.ts";
import { DEFAULT_LIMITS, type WgslLimits, type WgslProgram } from "../../compiler/backend-wgsl/program.ts";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import type { Graph } from "../../compiler/ir/ir.ts";
import { verifyGraph } from "../../compiler/ir/verify.ts";
import { interpret } from "../../runtime/interp/interpret.ts";
import type { Tensor } from "../../runtime/interp/tensor.ts";
import { expectClose, type Tolerance } from "../interp/close.ts";
import { getDevice, runProgram, type Executed } from "./run-program.ts";

export { randomTensor, rng, SPECIALS } from "../backend-wasm/harness.ts";

export interface Ran {
  gpu: Map<string, Tensor>;
  interp: Map<string, Tensor>;
  program: WgslProgram;
  executed: Executed;
}

/** The device for these tests; without an adapter (allowed only outside CI) the test is skipped by the caller. */
export async function device(limits?: Partial<WgslLimits>): Promise<GPUDevice> {
  const d = await getDevice(limits);
  if (!d) throw new Error("no WebGPU adapter");
  return d;
}

export async function runBoth(graph: Graph, inputs: Map<string, Tensor>, params = new Map<string, Tensor>(),
  limits: WgslLimits = DEFAULT_LIMITS, options: CompileWgslOptions = {}): Promise<Ran> {
  const problems = verifyGraph(graph);
  if (problems.length > 0) throw new Error(`graph does not verify: ${problems.join("; ")}`);
  const program = compileWgsl(graph, limits, options);
  const executed = await runProgram(await device(), program, inputs, params);
  for (const [name, msgs] of executed.messages) {
    expect(msgs.map((m) => `${name} ${m.lineNum}:${m.linePos} ${m.type}: ${m.message}`)).toEqual([]);
  }
  const interp = interpret(graph, inputs, params);
  return { gpu: executed.outputs, interp, program, executed };
}

export function expectSame(ran: Ran, tol?: Tolerance): void {
  for (const [name, want] of ran.interp) {
    const got = ran.gpu.get(name);
    expect(got, `output ${name}`).toBeDefined();
    if (want.dtype === "f32") expectClose(got!, want, tol);
    else {
      expect(got!.dtype).toBe(want.dtype);
      expect(got!.shape).toEqual(want.shape);
      expect(Array.from(got!.data)).toEqual(Array.from(want.data));
    }
  }
}

export async function checkOp(args: Tensor[], body: (b: GraphBuilder, ids: number[]) => number, tol?: Tolerance): Promise<Ran> {
  const b = new GraphBuilder();
  const ids = args.map((t, i) => b.input(`a${i}`, t.dtype, t.shape));
  const out = body(b, ids);
  const g = b.finish([{ name: "out", node: out }]);
  const ran = await runBoth(g, new Map(args.map((t, i) => [`a${i}`, t] as const)));
  expectSame(ran, tol);
  return ran;
}
