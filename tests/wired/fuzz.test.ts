// Random wired programs, valid and not: the checker must answer every one with diagnostics
// (never an exception, never an internal error), and any graph it returns must be sound.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SourceFile } from "../../compiler/source.ts";
import { parse } from "../../compiler/syntax/parse.ts";
import { checkWired } from "../../compiler/check/wired.ts";
import { CATALOGUE } from "../../compiler/diagnostics/catalogue.ts";
import { testContext } from "./helpers.ts";

const names = ["x", "z", "h", "g", "y", "o", "q"];
const name = fc.constantFrom(...names);
const small = fc.integer({ min: -3, max: 6 });
const index = fc.oneof(
  fc.constant(""),
  small.map((i) => `[${i}]`),
  fc.tuple(fc.option(small), fc.option(small), fc.option(fc.integer({ min: -1, max: 3 }))).map(
    ([a, b, c]) => `[${a ?? ""}:${b ?? ""}${c === null ? "" : `:${c}`}]`,
  ),
  fc.constant("[k]"),
);
const endpoint = fc.tuple(name, index).map(([n, i]) => n + i);
const endpoints = fc.array(endpoint, { minLength: 1, maxLength: 3 }).map((es) => es.join(", "));
const item = fc.oneof(
  fc.tuple(name, fc.constantFrom("f32[B, 3]", "f32[B, 2]", "i32[B, 3]", "f32[3]", "f32[B, D]", "int", "f32[C, 1]")).map(
    ([n, t]) => `input ${n}: ${t}`,
  ),
  fc.tuple(fc.constantFrom("neuron", "output"), name, fc.oneof(small.map(String), fc.constant("n")), fc.constantFrom("relu", "linear", "tanh", "rleu")).map(
    ([kw, n, c, a]) => `${kw} ${n}[${c}]: ${a}`,
  ),
  fc.tuple(endpoints, endpoints).map(([a, b]) => `${a} -> ${b}`),
  fc.tuple(endpoints, endpoints).map(([a, b]) => `${a} -> ${b}`),
);

// A valid base graph plus random extra connections: many of these still check cleanly.
const PREAMBLE = ["input x: f32[B, 3]", "neuron h[2]: relu", "output y[1]: linear", "x[0] -> h[0]", "x[1] -> h[1]", "h[0] -> y"];
const inRange = fc.oneof(
  fc.constant(""),
  fc.integer({ min: -2, max: 1 }).map((i) => `[${i}]`),
  fc.constantFrom("[1:]", "[:1]", "[::2]"),
);
const connection = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom("x", "h"), inRange), { minLength: 1, maxLength: 2 }), fc.tuple(fc.constantFrom("h", "y"), inRange))
  .map(([from, [t, ti]]) => `${from.map(([n, i]) => n + i).join(", ")} -> ${t}${ti}`);

describe("fuzzed wired graphs", () => {
  let graphs = 0; // graphs that checked cleanly

  it("always answer with well-formed diagnostics, and only sound graphs", () => {
    const anyItems = fc.array(item, { maxLength: 10 });
    const wiredItems = fc.array(connection, { maxLength: 3 }).map((cs) => [...PREAMBLE, ...cs]);
    fc.assert(
      fc.property(fc.oneof(anyItems, wiredItems), (items) => {
        const text = `wired F {\n  ${items.join("\n  ")}\n}\n`;
        const parsed = parse(new SourceFile("t.dl", text));
        const decl = parsed.program.decls[0];
        if (!decl || decl.kind !== "Wired") return;
        const r = checkWired(decl, testContext({ n: 2 }));
        for (const d of r.diagnostics) {
          expect(d.code).not.toBe("E0901");
          expect(CATALOGUE[d.code].severity).toBe(d.severity);
          expect(d.span.start).toBeGreaterThanOrEqual(0);
          expect(d.span.end).toBeLessThanOrEqual(text.length);
          expect(d.span.start).toBeLessThanOrEqual(d.span.end);
          expect(d.message.length).toBeGreaterThan(0);
        }
        const errors = r.diagnostics.filter((d) => d.severity === "error");
        expect(r.graph === undefined).toBe(errors.length > 0);
        if (!r.graph) return;
        graphs++;
        const g = r.graph;
        for (const n of g.neurons) {
          expect(n.sources.length).toBeGreaterThan(0);
          for (const s of n.sources) {
            expect(s).toBeLessThan(g.inputWidth + g.neurons.length);
            if (s >= g.inputWidth) expect(g.neurons[s - g.inputWidth].level).toBeLessThan(n.level);
          }
        }
        expect(r.info.outputs.length).toBeGreaterThan(0);
        expect(r.info.parameterCount).toBe(g.neurons.reduce((a, n) => a + n.sources.length + 1, 0));
      }),
      { numRuns: 1500 },
    );
    // The soundness assertions above must actually have run on some graphs.
    expect(graphs).toBeGreaterThan(50);
  });
});
