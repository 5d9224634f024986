// TEMPORARY stand-in for wired.ts (owned by the wired engineer) until it lands. Delete then.
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { Expr, TypeExpr, WiredDecl } from "../syntax/ast.ts";
import type { ModelInfo } from "./result.ts";

export interface WiredContext {
  file: string;
  constInt(e: Expr): number | undefined;
  isActivation(name: string): boolean;
  inputType(t: TypeExpr): { dtype: string; shape: (number | string)[] } | undefined;
  markUsed(name: string): void;
}

export function checkWired(decl: WiredDecl, ctx: WiredContext): { diagnostics: Diagnostic[]; info: ModelInfo } {
  return { diagnostics: [], info: { name: decl.name.name, kind: "wired", file: ctx.file, span: decl.span, inputs: [], outputs: [], parameters: [], state: [], parameterCount: 0 } };
}
