// dce: what no output or update reaches goes; inputs and params stay even when unused.
import { describe, expect, it } from "vitest";
import { GraphBuilder } from "../../compiler/ir/builder.ts";
import { dcePass } from "../../compiler/passes/dce.ts";
import { verifyGraph } from "../../compiler/ir/verify.ts";
import { after, ctxOf, ir, programOf, show } from "./helpers.ts";

describe("dce", () => {
  it("drops dead chains and keeps unused inputs and params", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [2]);
    const u = b.input("u", "f32", [2]);
    const w = b.param("w", "f32", [2], { kind: "ones" });
    b.unary("exp", b.add(u, w)); // dead chain
    const g = b.finish({ y: b.unary("neg", x) });
    expect(after(dcePass, g)).toBe(ir(`
      inputs: x=%0, u=%1
      %0: f32[2] = input "x"
      %1: f32[2] = input "u"
      %2: f32[2] = param "w" init=ones
      %3: f32[2] = neg %0
      outputs: y=%3
    `));
  });

  it("keeps a node that only a parameter update uses, and remaps the update", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [2]);
    b.unary("exp", x);
    const w = b.param("w", "f32", [2], { kind: "ones" });
    const next = b.mul(w, x);
    const g = b.finish({ y: x });
    const p = dcePass.run({ ...programOf(g), updates: [{ target: "w", node: next }] }, ctxOf());
    expect(verifyGraph(p.graph)).toEqual([]);
    expect(show(p.graph)).toContain("%2: f32[2] = mul %1, %0");
    expect(p.updates).toEqual([{ target: "w", node: 2 }]);
  });

  it("is idempotent on a graph without dead code", () => {
    const b = new GraphBuilder();
    const x = b.input("x", "f32", [2]);
    const g = b.finish({ y: b.unary("neg", x) });
    expect(after(dcePass, g)).toBe(show(g));
  });
});
