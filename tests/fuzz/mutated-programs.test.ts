// Fuzz: valid programs (the examples and the stdlib) with slices deleted, duplicated or moved
// and tokens inserted: inputs that are almost right, where checkers tend to trip.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAndAssert, EXAMPLES, RUNS, STDLIB, TOKENS } from "./fuzz-support.ts";

type Mutation =
  | { kind: "delete"; at: number; len: number }
  | { kind: "duplicate"; at: number; len: number; to: number }
  | { kind: "insert"; at: number; token: string }
  | { kind: "swap"; at: number; len: number; to: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 80 }), to: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), token: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 30 }), to: fc.nat() }),
);

export function mutate(text: string, ops: Mutation[]): string {
  let s = text;
  for (const op of ops) {
    const n = s.length + 1;
    const at = op.at % n;
    switch (op.kind) {
      case "delete":
        s = s.slice(0, at) + s.slice(at + op.len);
        break;
      case "duplicate": {
        const piece = s.slice(at, at + op.len);
        const to = op.to % n;
        s = s.slice(0, to) + piece + s.slice(to);
        break;
      }
      case "insert":
        s = s.slice(0, at) + " " + op.token + " " + s.slice(at);
        break;
      case "swap": {
        const piece = s.slice(at, at + op.len);
        const rest = s.slice(0, at) + s.slice(at + op.len);
        const to = op.to % (rest.length + 1);
        s = rest.slice(0, to) + piece + rest.slice(to);
        break;
      }
    }
  }
  return s;
}

const examples = Object.entries(EXAMPLES);
const stdlib = Object.entries(STDLIB);

describe("fuzz: mutated programs", () => {
  it("has a corpus", () => {
    expect(examples.length).toBeGreaterThan(0);
    expect(stdlib.length).toBeGreaterThan(0);
  });

  it("mutated examples and stdlib modules as the main file", async () => {
    const corpus = [...examples, ...stdlib].map(([, text]) => text);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (pick, ops) => {
        await checkAndAssert(mutate(corpus[pick % corpus.length], ops));
      }),
      { numRuns: Math.round(RUNS.mutations * 0.7) },
    );
  });

  it("an intact example against a mutated stdlib", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (pickEx, pickStd, ops) => {
        const [, main] = examples[pickEx % examples.length];
        const [name, std] = stdlib[pickStd % stdlib.length];
        await checkAndAssert(main, { stdlib: { ...STDLIB, [name]: mutate(std, ops) } });
      }),
      { numRuns: Math.round(RUNS.mutations * 0.3) },
    );
  });
});
