// Lowering walks what the checker decided (shared/design.md, "The middle end"): overridden
// model arguments are checked, not re-derived; each randwire call's generated graph, each
// parameter's final path and each input's free dimensions come from the check result.
import { describe, expect, it } from "vitest";
import { checkProgram } from "../../compiler/check/checker.ts";
import type { ModelDecl } from "../../compiler/syntax/ast.ts";
import { lowerSource } from "./helpers.ts";

const REPEATED = `
use std.nn.{Linear}
model M(depth: int = 3, width: int = 8) {
  input x: f32[B, width]
  blocks = repeat depth { Linear(width, width) }
  output y = blocks(x)
}`;

describe("overridden model arguments are checked with their values", () => {
  it("the checker checks a model with given arguments instead of its defaults", async () => {
    const { load } = await lowerSource(REPEATED, "M");
    const decl = load.modules.get("main.dl")!.ast.decls.find((d): d is ModelDecl => d.kind === "Model")!;
    const res = checkProgram(load, { modelArgs: { model: decl, args: { depth: 2, width: 4 } } });
    const info = res.semantic!.models.get(decl)!;
    expect(info.parameters.map((p) => `${p.name}[${p.shape.join(",")}]`)).toEqual(["blocks.0.w[4,4]", "blocks.0.b[4]", "blocks.1.w[4,4]", "blocks.1.b[4]"]);
    expect(info.inputs[0].shape).toEqual(["B", 4]);
  });

  it("lowering with arguments names and shapes the parameters as that check does", async () => {
    const { lowered } = await lowerSource(REPEATED, "M", { batch: 2, args: { depth: 2, width: 4 } });
    expect(lowered.diagnostics).toEqual([]);
    expect(lowered.params.map((p) => `${p.name}[${p.shape.join(",")}]`)).toEqual(["blocks.0.w[4,4]", "blocks.0.b[4]", "blocks.1.w[4,4]", "blocks.1.b[4]"]);
  });

  it("an argument value the checker rejects is its diagnostic, not a lowering failure", async () => {
    const { lowered } = await lowerSource(REPEATED, "M", { batch: 2, args: { depth: 0 } });
    expect(lowered.graph).toBeUndefined();
    expect(lowered.diagnostics.map((d) => d.code)).toEqual(["E0415"]);
  });
});
