// Diagnostic helpers: labels that say where an expected type came from ("declared at 3:8"),
// and a guard that keeps errors from cascading (an error value is compatible with everything).
import { type DiagnosticExtras, type Label, diag } from "../diagnostics/diagnostic.ts";
import type { DiagnosticCode } from "../diagnostics/catalogue.ts";
import type { Span } from "../source.ts";
import type { Env } from "./context.ts";
import { type Origin, type Ty, printTy } from "./types.ts";

export function report(env: Env, code: DiagnosticCode, span: Span, message: string, extras: DiagnosticExtras = {}): void {
  env.sink.push(diag(code, span, message, extras));
}

/** The hint for a layer constructor used where an instance or a tensor belongs. */
export function constructorHint(name: string): string {
  return `\`${name}\` is a layer constructor; call it with its arguments first: \`${name}(…)(x)\``;
}

/** The hint for a layer instance used where a tensor belongs. */
export function instanceHint(name?: string): string {
  return `apply the layer to a tensor first: \`${name ?? "layer"}(x)\``;
}

/** `3:8` in the same file, `std/nn.dl:5:9` in another. */
export function where(env: Env, span: Span, from?: Span): string {
  const src = env.c.load.sources.get(span.file);
  if (!src) return span.file;
  const lc = src.lineCol(span.start);
  const at = `${lc.line}:${lc.column}`;
  return from && from.file === span.file ? at : `${span.file}:${at}`;
}

function overlaps(a: Span, b: Span): boolean {
  return a.file === b.file && a.start < b.end && b.start < a.end;
}

/** A label for an origin, unless it points at the primary span itself. */
export function originLabel(env: Env, origin: Origin | undefined, primary: Span): Label[] {
  if (!origin || overlaps(origin.span, primary)) return [];
  return [{ span: origin.span, message: `${origin.what}, declared at ${where(env, origin.span, primary)}` }];
}

/** Label an operand with its type, plus where that type came from when it is elsewhere. */
export function operandLabels(env: Env, span: Span, ty: Ty, primary: Span): Label[] {
  const out: Label[] = [{ span, message: `this is ${printTy(ty)}` }];
  if (ty.k === "tensor") out.push(...originLabel(env, ty.origin, primary));
  return out;
}
