// Fuzz: arbitrary bytes as a .dl file (mostly invalid UTF-8), and byte soups close to source text.
import fc from "fast-check";
import { describe, it } from "vitest";
import { checkAndAssert, RUNS, TOKENS } from "./fuzz-support.ts";

const encoder = new TextEncoder();

describe("fuzz: random bytes", () => {
  it("never throws and reports only well-formed diagnostics", async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 512 }),
      // Mostly-valid text with a few raw bytes spliced in, so the lexer and parser run too.
      fc
        .tuple(fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }))
        .map(([toks, raw]) => {
          const text = encoder.encode(toks.join(" "));
          const out = Array.from(text);
          for (const [at, b] of raw) out.splice(out.length === 0 ? 0 : at % out.length, 0, b);
          return new Uint8Array(out);
        }),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (b) => {
        await checkAndAssert(b);
      }),
      { numRuns: RUNS.bytes },
    );
  });
});
