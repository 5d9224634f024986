// Shared plumbing for the pass tests: wrap a hand-built graph in a Program, run one pass,
// print the result without spans (so expected IR reads like the printer's own output), and
// compare interpreter results bit for bit.
import { expect } from "vitest";
import type { Graph } from "../../compiler/ir/ir.ts";
import { printGraph } from "../../compiler/ir/print.ts";
import { verifyGraph } from "../../compiler/ir/verify.ts";
import type { Pass, PassContext, PassOptions, Program } from "../../compiler/passes/program.ts";
import type { Tensor } from "../../runtime/interp/tensor.ts";

export function programOf(graph: Graph, batchAxes: Record<string, number> = {}): Program {
  return { graph, params: [], batchAxes, updates: [] };
}

export function ctxOf(options: PassOptions = {}): PassContext {
  return { sources: new Map(), options };
}

export function show(g: Graph): string {
  return printGraph(g, { file: "none" });
}

/** The pass's output graph, printed, after checking that it verifies and left its input alone. */
export function after(pass: Pass, graph: Graph, options: PassOptions = {}): string {
  const before = show(graph);
  const out = pass.run(programOf(graph), ctxOf(options)).graph;
  expect(verifyGraph(out)).toEqual([]);
  expect(show(graph), "a pass must not modify the program it was given").toBe(before);
  return show(out);
}

/** A printed graph as a template literal: the lines of `text`, trimmed, newline-terminated. */
export function ir(text: string): string {
  return text.trim().split("\n").map((l) => l.trim()).join("\n") + "\n";
}

/** Equal dtype, shape and every element bit for bit (NaN equals NaN, −0 differs from +0). */
export function expectSameTensor(got: Tensor | undefined, want: Tensor | undefined, what: string): void {
  expect(got, what).toBeDefined();
  expect(want, what).toBeDefined();
  expect(got!.dtype, what).toBe(want!.dtype);
  expect(got!.shape, what).toEqual(want!.shape);
  const diff = Array.from(got!.data).findIndex((v, i) => !Object.is(v, want!.data[i]));
  expect(diff, `${what}: first differing element`).toBe(-1);
  expect(got!.data.length, what).toBe(want!.data.length);
}
