// Test helpers: parse a `.dl` text holding one wired graph and check it with a small stand-in
// for the checker's WiredContext (numbers as constants, a fixed set of activations).
import { expect } from "vitest";
import { SourceFile } from "../../compiler/source.ts";
import { parse } from "../../compiler/syntax/parse.ts";
import type { Expr, TypeExpr, WiredDecl } from "../../compiler/syntax/ast.ts";
import type { Span } from "../../compiler/source.ts";
import type { Diagnostic } from "../../compiler/diagnostics/diagnostic.ts";
import { checkWired, type WiredContext, type WiredResult } from "../../compiler/check/wired.ts";

export const ACTIVATIONS = ["linear", "relu", "sigmoid", "tanh"];

export interface TestContext extends WiredContext {
  used: string[];
}

/** Constants: integer literals, their negation, and the names in `consts`. */
export function testContext(consts: Record<string, number> = {}): TestContext {
  const used: string[] = [];
  const constInt = (e: Expr): number | undefined => {
    if (e.kind === "Number") return e.isFloat ? undefined : e.value;
    if (e.kind === "Unary" && e.op === "-") {
      const v = constInt(e.operand);
      return v === undefined ? undefined : -v;
    }
    if (e.kind === "Name") return consts[e.name];
    return undefined;
  };
  return {
    file: "t.dl",
    used,
    constInt,
    isActivation: (name) => ACTIVATIONS.includes(name),
    activationCandidates: () => ACTIVATIONS,
    inputType(t: TypeExpr) {
      // Like the real checker: named non-tensor types and `..N` come back undefined unreported.
      if (t.kind !== "TensorType") return undefined;
      const shape: (number | string)[] = [];
      for (const d of t.dims) {
        if (d.kind === "DimVariadic") return undefined;
        if (d.kind === "DimNum") shape.push(d.value);
        else if (d.kind === "DimName") shape.push(d.name);
        else return undefined;
      }
      return { dtype: t.dtype.name, shape };
    },
    markUsed: (name) => used.push(name),
  };
}

export interface Checked extends WiredResult {
  text: string;
  ctx: TestContext;
  /** The source text a span covers. */
  at(span: Span): string;
  /** Diagnostics with this code. */
  codes(): string[];
  only(code: string): Diagnostic;
}

export function checkText(text: string, consts: Record<string, number> = {}): Checked {
  const parsed = parse(new SourceFile("t.dl", text));
  expect(parsed.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  const decl = parsed.program.decls.find((d): d is WiredDecl => d.kind === "Wired");
  if (!decl) throw new Error("no wired declaration in test text");
  const ctx = testContext(consts);
  const r = checkWired(decl, ctx);
  return {
    ...r,
    text,
    ctx,
    at: (s) => text.slice(s.start, s.end),
    codes: () => r.diagnostics.map((d) => d.code),
    only(code) {
      const ds = r.diagnostics.filter((d) => d.code === code);
      expect(ds.map((d) => d.message), `exactly one ${code}`).toHaveLength(1);
      return ds[0];
    },
  };
}

/** A wired graph with one 4-column input, given items in its body. */
export function wired(body: string): string {
  return `wired G {\n  input x: f32[B, 4]\n${body}\n}\n`;
}
