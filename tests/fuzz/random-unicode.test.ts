// Fuzz: arbitrary Unicode text, and token soups (valid tokens in random order) that get deep into the parser and checker.
import fc from "fast-check";
import { describe, it } from "vitest";
import { checkAndAssert, RUNS, TOKENS } from "./fuzz-support.ts";

describe("fuzz: random unicode", () => {
  it("never throws and reports only well-formed diagnostics", async () => {
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.string({ unit: "grapheme", maxLength: 300 }),
      fc.array(fc.constantFrom(...TOKENS), { maxLength: 150 }).map((t) => t.join(" ")),
      fc.array(fc.constantFrom(...TOKENS), { maxLength: 150 }).map((t) => t.join("")),
    );
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        await checkAndAssert(t);
      }),
      { numRuns: RUNS.unicode },
    );
  });
});
