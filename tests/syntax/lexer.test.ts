import { describe, expect, it } from "vitest";
import { SourceFile } from "../../compiler/source.ts";
import { decodeString, lex, sizeBytes } from "../../compiler/syntax/lexer.ts";

function kinds(text: string): string[] {
  return lex(new SourceFile("t.dl", text)).tokens.map((t) => `${t.tokenType.name}:${t.image}`);
}

function diags(text: string) {
  return lex(new SourceFile("t.dl", text)).diagnostics.map((d) => ({ code: d.code, start: d.span.start, end: d.span.end }));
}

describe("lexer tokens", () => {
  it("keywords are reserved, but only as whole words", () => {
    expect(kinds("layer layers input_x useful use")).toEqual([
      "Kw_layer:layer",
      "Identifier:layers",
      "Identifier:input_x",
      "Identifier:useful",
      "Kw_use:use",
    ]);
  });

  it("reads a size with or without a space before the unit", () => {
    expect(kinds("64 MiB 512KiB 1.5 GB 100 B")).toEqual(["SizeLit:64 MiB", "SizeLit:512KiB", "SizeLit:1.5 GB", "SizeLit:100 B"]);
  });

  it("does not take a name that starts with a unit as a size", () => {
    expect(kinds("4 Bx")).toEqual(["IntegerLit:4", "Identifier:Bx"]);
    expect(kinds("4\nB")).toEqual(["IntegerLit:4", "Identifier:B"]);
  });

  it("computes size values in bytes", () => {
    expect(sizeBytes("64 MiB")).toBe(64 * 1024 * 1024);
    expect(sizeBytes("2KB")).toBe(2000);
    expect(sizeBytes("1 GiB")).toBe(2 ** 30);
    expect(sizeBytes("3 GB")).toBe(3e9);
    expect(sizeBytes("7 MB")).toBe(7e6);
    expect(sizeBytes("9 B")).toBe(9);
    expect(sizeBytes("1.5 KiB")).toBe(1536);
  });

  it("reads 1f1b as one token, but not 1f1bx", () => {
    expect(kinds("1f1b")).toEqual(["ScheduleName:1f1b"]);
    expect(kinds("1f1bx")).toEqual(["IntegerLit:1", "Identifier:f1bx"]);
  });

  it("tells integers and floats apart", () => {
    expect(kinds("3 3.0 1e-3 2E5 0.5e+2")).toEqual([
      "IntegerLit:3",
      "FloatLit:3.0",
      "FloatLit:1e-3",
      "FloatLit:2E5",
      "FloatLit:0.5e+2",
    ]);
  });

  it("prefers the longer punctuation", () => {
    expect(kinds("..N a.b -> - ** * == = != ! <= < >= > && ||")).toEqual([
      "DotDot:..",
      "Identifier:N",
      "Identifier:a",
      "Dot:.",
      "Identifier:b",
      "Arrow:->",
      "Minus:-",
      "StarStar:**",
      "Star:*",
      "EqEq:==",
      "Eq:=",
      "NotEq:!=",
      "Bang:!",
      "LtEq:<=",
      "Lt:<",
      "GtEq:>=",
      "Gt:>",
      "AndAnd:&&",
      "OrOr:||",
    ]);
  });

  it("reads `1..3` as integer, `..`, integer (a float needs digits after the dot)", () => {
    expect(kinds("1..3")).toEqual(["IntegerLit:1", "DotDot:..", "IntegerLit:3"]);
  });

  it("skips comments and whitespace", () => {
    expect(kinds("a // line ( comment\n/* block\n */ b\t\r\n")).toEqual(["Identifier:a", "Identifier:b"]);
  });

  it("ignores a byte-order mark at the start, but not elsewhere", () => {
    expect(kinds("\uFEFFa")).toEqual(["Identifier:a"]);
    expect(diags("\uFEFFa")).toEqual([]);
    expect(diags("a \uFEFF")).toEqual([{ code: "E0001", start: 2, end: 3 }]);
  });

  it("does not nest block comments", () => {
    expect(kinds("/* a /* b */ c */")).toEqual(["Identifier:c", "Star:*", "Slash:/"]);
  });
});

describe("lexer diagnostics", () => {
  it("reports an unterminated string (E0002) and keeps it as a string", () => {
    const r = lex(new SourceFile("t.dl", 'x = "abc\ny'));
    expect(r.diagnostics.map((d) => [d.code, d.span.start, d.span.end])).toEqual([["E0002", 4, 8]]);
    expect(r.tokens.map((t) => t.tokenType.name)).toEqual(["Identifier", "Eq", "UnterminatedString", "Identifier"]);
  });

  it("reports an unterminated block comment (E0003) at its opening", () => {
    expect(diags("a /* never closed\n b")).toEqual([{ code: "E0003", start: 2, end: 4 }]);
  });

  it("reports invalid characters (E0001) with their span", () => {
    expect(diags("a $ b")).toEqual([{ code: "E0001", start: 2, end: 3 }]);
    expect(diags("a & b")).toEqual([{ code: "E0001", start: 2, end: 3 }]);
    const d = lex(new SourceFile("t.dl", "a ' b")).diagnostics[0];
    expect(d.message).toBe("invalid character `'`");
    expect(d.hint).toContain("double quotes");
  });

  it("reports a run of invalid characters once", () => {
    expect(diags("a $$$ b")).toEqual([{ code: "E0001", start: 2, end: 5 }]);
  });

  it("names control characters by code point", () => {
    const d = lex(new SourceFile("t.dl", "a \u0001 b")).diagnostics[0];
    expect(d.message).toContain("U+0001");
  });

  it("reports integers beyond 2^53 - 1 (E0005)", () => {
    expect(diags("9007199254740991")).toEqual([]);
    expect(diags("9007199254740992")).toEqual([{ code: "E0005", start: 0, end: 16 }]);
    expect(diags("x = 99999999999999999999")).toEqual([{ code: "E0005", start: 4, end: 24 }]);
  });

  it("reports non-finite floats and sizes (E0005)", () => {
    expect(diags("1e308")).toEqual([]);
    expect(diags("1e999")).toEqual([{ code: "E0005", start: 0, end: 5 }]);
    expect(diags("1e300 GiB")).toEqual([{ code: "E0005", start: 0, end: 9 }]);
  });

  it("reports an unknown escape at the backslash", () => {
    expect(diags('x = "a\\qb"')).toEqual([{ code: "E0004", start: 6, end: 8 }]);
  });
});

describe("string values", () => {
  it("decodes the four escapes", () => {
    expect(decodeString('"a\\"b\\\\c\\nd\\te"', true).value).toBe('a"b\\c\nd\te');
  });

  it("decodes an unterminated string up to the end of its line", () => {
    expect(decodeString('"abc', false).value).toBe("abc");
    expect(decodeString('"ab\\"', false).value).toBe('ab"');
  });
});
