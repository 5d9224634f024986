// Mangled programs never make the checker throw or report an internal error (E0901).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { check, stdlibFiles } from "./helpers.ts";

const EXAMPLES = join(import.meta.dirname, "../../examples");

test("random edits of the examples and the stdlib give diagnostics, never E0901", async () => {
  const std = stdlibFiles();
  const srcs = [...readdirSync(EXAMPLES).filter((f) => f.endsWith(".dl")).map((f) => readFileSync(join(EXAMPLES, f), "utf8")), ...Object.values(std)];
  const words = ["x", "B", "1", "0", "-1", "2.5", "Linear", "relu", "repeat 3 {", "}", "(", ")", "[", "]", ",", "..N", "f32[B]", "@", "/", "d / 3", "axis: 5", "fn", "layer", "_", "reshape(", "[B, -1]", "Dim"];
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let run = 0; run < 150; run++) {
    let s = srcs[rnd(srcs.length)];
    for (let i = 0, k = 1 + rnd(3); i < k; i++) {
      const p = rnd(s.length + 1);
      const q = Math.min(s.length, p + rnd(10));
      s = s.slice(0, p) + (rnd(2) ? ` ${words[rnd(words.length)]} ` : "") + s.slice(rnd(2) ? q : p);
    }
    const c = await check(s, {}, std);
    expect(c.codes.filter((x) => x === "E0901"), s).toEqual([]);
  }
});
