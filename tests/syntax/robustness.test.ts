// parse() must answer every input with a program and diagnostics, never an exception,
// and every diagnostic must point inside the file.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SourceFile } from "../../compiler/source.ts";
import { parse } from "../../compiler/syntax/parse.ts";
import { transformerSource } from "./big-source.ts";

function checkParse(text: string): void {
  const r = parse(new SourceFile("fuzz.dl", text));
  expect(r.program.kind).toBe("Program");
  for (const d of r.diagnostics) {
    expect(d.code).not.toBe("E0901");
    expect(d.span.file).toBe("fuzz.dl");
    expect(d.span.start).toBeGreaterThanOrEqual(0);
    expect(d.span.end).toBeGreaterThanOrEqual(d.span.start);
    expect(d.span.end).toBeLessThanOrEqual(text.length);
    expect(d.message.length).toBeGreaterThan(0);
  }
  // Every AST span must lie in the file too, and be well-formed.
  const stack: unknown[] = [r.program];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    const rec = node as Record<string, unknown>;
    for (const key of ["span", "opSpan", "argsSpan"]) {
      const s = rec[key] as { start: number; end: number } | undefined;
      if (!s || key === "span" && rec.kind === "Program") continue;
      expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
      expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
    }
    for (const v of Object.values(rec)) if (typeof v === "object") stack.push(v);
  }
}

// Pieces of DL, so random sequences reach deep into the grammar instead of failing at the first character.
const PIECES = [
  "use", "std", ".", "nn", "{", "}", "(", ")", "[", "]", ",", ";", ":", "..", "->", "=", "==", "+", "-", "*",
  "**", "/", "@", "<", "&&", "||", "!", "layer", "model", "fn", "wired", "train", "param", "state", "input",
  "output", "neuron", "repeat", "true", "x", "f32", "B", "_", "1", "2.5", "64 MiB", "1f1b", '"s"', '"open',
  "/*", "*/", "//", "\n", " ", "$", "1e999", "99999999999999999999", "as", "*",
];

describe("parse never throws", () => {
  it("on arbitrary strings (500 runs)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), checkParse), { numRuns: 500 });
  });

  it("on sequences of DL tokens (500 runs)", () => {
    const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join(" "));
    fc.assert(fc.property(soup, checkParse), { numRuns: 500 });
  });

  it("on valid programs cut off at any point", () => {
    const text = transformerSource(1);
    for (let i = 0; i <= text.length; i += 11) checkParse(text.slice(0, i));
  });

  it("on deeply nested input", () => {
    for (const n of [99, 101, 300, 5000]) {
      checkParse("x = " + "(".repeat(n) + "1" + ")".repeat(n));
      checkParse("x = " + "(".repeat(n) + "1");
      checkParse("x = " + "[".repeat(n));
      checkParse("x = " + "f(".repeat(n) + ")".repeat(n));
      checkParse("x = " + "repeat 2 { ".repeat(n) + "1" + " }".repeat(n));
      checkParse("x = " + "a ** ".repeat(n) + "1");
      checkParse("x = " + "-".repeat(n) + "1");
    }
  });
});

describe("the nesting limit", () => {
  it("accepts 100 levels", () => {
    const r = parse(new SourceFile("t.dl", "x = " + "(".repeat(100) + "1" + ")".repeat(100)));
    expect(r.diagnostics).toEqual([]);
    expect(parse(new SourceFile("t.dl", "x = " + "a ** ".repeat(100) + "1")).diagnostics).toEqual([]);
  });

  it("reports the first token past 100 levels and parses the other declarations", () => {
    const text = "a = 1\nx = " + "(".repeat(300) + "1" + ")".repeat(300) + "\nb = 2";
    const r = parse(new SourceFile("t.dl", text));
    expect(r.diagnostics.map((d) => [d.code, d.span.start, d.message])).toEqual([
      ["E0004", 10 + 100, "nesting deeper than 100 levels"],
    ]);
    expect(r.program.decls.map((d) => (d.kind === "Const" ? d.name.name : d.kind))).toEqual(["a", "b"]);
  });

  it("counts a chain of `**` as nesting, but not separate statements", () => {
    const chain = "x = " + "a ** ".repeat(101) + "1";
    expect(parse(new SourceFile("t.dl", chain)).diagnostics.map((d) => d.code)).toEqual(["E0004"]);
    const many = Array.from({ length: 200 }, (_, i) => `x${i} = a ** 2`).join("\n");
    expect(parse(new SourceFile("t.dl", many)).diagnostics).toEqual([]);
  });
});

describe("the expression depth limit", () => {
  const codes = (text: string) => parse(new SourceFile("t.dl", text)).diagnostics.map((d) => [d.code, d.span.start, d.message]);
  const tooDeep = "expression nested too deeply (more than 256 levels)";

  it("accepts a flat chain of 256 operators", () => {
    expect(codes("x = " + "a + ".repeat(256) + "a")).toEqual([]);
    expect(codes("x = " + "-".repeat(256) + "1")).toEqual([]);
  });

  it("reports a long flat chain once, at the 257th operator, and keeps the other declarations", () => {
    for (const n of [300, 5000, 100_000]) {
      const r = parse(new SourceFile("t.dl", "x = " + "a + ".repeat(n) + "a\ny = 1"));
      // "x = " is 4 characters, each "a + " 4 more; the 257th `+` is 2 into its group.
      expect(r.diagnostics.map((d) => [d.code, d.span.start, d.message])).toEqual([["E0004", 4 + 256 * 4 + 2, tooDeep]]);
      expect(r.program.decls.map((d) => (d.kind === "Const" ? d.name.name : d.kind))).toEqual(["y"]);
    }
  });

  it("counts unary, member and call chains too", () => {
    expect(codes("x = " + "-".repeat(300) + "1")).toEqual([["E0004", 4 + 256, tooDeep]]);
    expect(codes("x = " + "!".repeat(300) + "true")).toEqual([["E0004", 4 + 256, tooDeep]]);
    expect(codes("x = a" + ".b".repeat(300))).toEqual([["E0004", 5 + 256 * 2, tooDeep]]);
    expect(codes("x = f" + "()".repeat(300))).toEqual([["E0004", 5 + 256 * 2, tooDeep]]);
    expect(codes("x = a" + "[0]".repeat(300))).toEqual([["E0004", 5 + 256 * 3, tooDeep]]);
  });

  it("is not reset by `true` inside a chain, but is by separate statements", () => {
    expect(codes("x = " + "a + true + ".repeat(200) + "a").map((d) => d[0])).toEqual(["E0004"]);
    const many = Array.from({ length: 100 }, (_, i) => `x${i} = ${"a + ".repeat(200)}a`).join("\n");
    expect(codes(many)).toEqual([]);
  });

  it("counts only the expression, not the declaration bodies around it", () => {
    const chain = (n: number) => "x" + " + x".repeat(n);
    const around: ((e: string) => string)[] = [
      (e) => `y = ${e}`,
      (e) => `model M {\n  input x: f32[B, 4]\n  output y = ${e}\n}`,
      (e) => `fn f(x: f32[B, 4]) -> f32[B, 4] { ${e} }`,
      (e) => `layer L(n: int) {\n  fn (x: f32[B, 4]) -> f32[B, 4] {\n    z = x\n    ${e}\n  }\n}`,
      (e) => `use std.nn.{relu}\nmodel M {\n  input x: f32[B, 4]\n  b = repeat 2 { relu }\n  output y = ${e}\n}`,
    ];
    for (const wrap of around) {
      expect(codes(wrap(chain(256))), wrap("…")).toEqual([]);
      expect(codes(wrap(chain(257))).map((d) => d[2]), wrap("…")).toEqual([tooDeep]);
    }
  });

  it("bounds dimension expressions in types", () => {
    expect(codes("fn f(x: f32[" + "B + ".repeat(300) + "B]) { x }").map((d) => d[0])).toEqual(["E0004"]);
  });
});

describe("a large file", () => {
  const text = transformerSource(48);
  const source = new SourceFile("big.dl", text);

  it("parses without diagnostics", () => {
    const r = parse(source);
    expect(r.diagnostics).toEqual([]);
    // use + gelu + 2 layers per block + model + wired + train
    expect(r.program.decls).toHaveLength(1 + 1 + 2 * 48 + 3);
  });

  it("parses in reasonable time once warm", () => {
    for (let i = 0; i < 3; i++) parse(source);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      parse(source);
      times.push(performance.now() - t0);
    }
    // A loose bound (shared CI machines are noisy); the report gives real timings.
    expect(Math.min(...times)).toBeLessThan(250);
  });
});
