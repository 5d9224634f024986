// Test helpers: parse a string, and print expressions and types as compact S-expressions
// so precedence tests read like `(+ a (* b c))` instead of nested object literals.
import { SourceFile } from "../../compiler/source.ts";
import { parse, type ParseResult } from "../../compiler/syntax/parse.ts";
import type * as A from "../../compiler/syntax/ast.ts";

export function p(text: string, file = "t.dl"): ParseResult {
  return parse(new SourceFile(file, text));
}

/** Parses `text`, expecting no diagnostics, and returns its declarations. */
export function decls(text: string): A.Decl[] {
  const r = p(text);
  if (r.diagnostics.length > 0) {
    throw new Error(`unexpected diagnostics: ${r.diagnostics.map((d) => `${d.code} ${d.message}`).join("; ")}`);
  }
  return r.program.decls;
}

/** The value of `x = <expr>` as an S-expression. */
export function exprOf(src: string): string {
  const d = decls(`x = ${src}`);
  if (d.length !== 1 || d[0].kind !== "Const") throw new Error(`expected one const, got ${d.map((x) => x.kind)}`);
  return sx(d[0].value);
}

export function sx(e: A.Expr | A.IndexItem): string {
  switch (e.kind) {
    case "Number":
      return e.raw;
    case "Size":
      return `${e.bytes}B`;
    case "String":
      return JSON.stringify(e.value);
    case "Bool":
      return String(e.value);
    case "Name":
      return e.name;
    case "Unary":
      return `(${e.op} ${sx(e.operand)})`;
    case "Binary":
      return `(${e.op} ${sx(e.left)} ${sx(e.right)})`;
    case "Call":
      return `(call ${sx(e.callee)}${e.args.map((a) => " " + (a.name ? `${a.name.name}:` : "") + sx(a.value)).join("")})`;
    case "Index":
      return `(index ${sx(e.target)}${e.indices.map((i) => " " + sx(i)).join("")})`;
    case "Member":
      return `(. ${sx(e.target)} ${e.name.name})`;
    case "List":
      return `[${e.items.map(sx).join(" ")}]`;
    case "Repeat":
      return `(repeat ${sx(e.count)} ${sx(e.body)})`;
    case "Slice":
      return `(slice ${e.start ? sx(e.start) : "_"} ${e.end ? sx(e.end) : "_"} ${e.step ? sx(e.step) : "_"})`;
  }
}

export function typeSx(t: A.TypeExpr | undefined): string {
  if (!t) return "none";
  if (t.kind === "NamedType") return `named ${t.name.name}`;
  return `${t.dtype.name}[${t.dims.map(dimSx).join(", ")}]`;
}

function dimSx(d: A.DimItem): string {
  switch (d.kind) {
    case "DimNum":
      return String(d.value);
    case "DimName":
      return d.name;
    case "DimWild":
      return "_";
    case "DimVariadic":
      return `..${d.name}`;
    case "DimBin":
      return `(${d.op} ${dimSx(d.left)} ${dimSx(d.right)})`;
  }
}

/** The source text a span covers. */
export function textOf(src: string, s: { start: number; end: number }): string {
  return src.slice(s.start, s.end);
}
