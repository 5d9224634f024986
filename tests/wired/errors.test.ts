import { describe, expect, it } from "vitest";
import { checkText, wired } from "./helpers.ts";

// A valid tail so that tests isolate one problem: h[0] fed by x, output y fed by h[0].
const OK = "  neuron h[1]: relu\n  x[0] -> h[0]\n  output y[1]: linear\n  h -> y";

describe("E0601 index out of range", () => {
  it("points at the index, with the group's size on its declaration", () => {
    const r = checkText(wired("  neuron h[3]: relu\n  x -> h[0], h[1], h[2]\n  output y[1]: linear\n  h[3] -> y"));
    const d = r.only("E0601");
    expect(d.message).toBe("index 3 is out of range: `h` has 3 neurons (0 to 2)");
    expect(r.at(d.span)).toBe("3");
    expect(d.labels.map((l) => [r.at(l.span), l.message])).toEqual([["neuron h[3]: relu", "`h` declared with 3 neurons"]]);
    expect(r.graph).toBeUndefined();
  });

  it("input columns, negative indices", () => {
    const r = checkText(wired("  neuron h[1]: relu\n  x[-5] -> h\n  output y[1]: linear\n  h -> y"));
    const d = r.only("E0601");
    expect(d.message).toBe("index -5 is out of range: `x` has 4 columns (-4 to -1 from the end)");
    expect(r.at(d.span)).toBe("-5");
    expect(r.at(d.labels[0].span)).toBe("input x: f32[B, 4]");
    // h[0] was meant to be fed by the bad endpoint: no E0603 cascade.
    expect(r.codes()).toEqual(["E0601"]);
  });

  it("slice bounds, empty slices and non-positive steps", () => {
    const r = checkText(wired("  neuron h[2]: relu\n  x[1:7] -> h[0]\n  x[3:1] -> h[1]\n  x[::0] -> h\n  output y[1]: linear\n  h -> y"));
    expect(r.codes()).toEqual(["E0601", "E0601", "E0601"]);
    const [bound, empty, step] = r.diagnostics;
    expect(bound.message).toBe("slice bound 7 is out of range: `x` has 4 columns (bounds 0 to 4)");
    expect(r.at(bound.span)).toBe("7");
    expect(empty.message).toBe("the slice x[3:1] selects no columns");
    expect(r.at(empty.span)).toBe("3:1");
    expect(step.message).toBe("a slice step must be positive, found 0");
    expect(r.at(step.span)).toBe("0");
  });

  it("an index that is not a constant integer is E0306", () => {
    const r = checkText(wired("  neuron h[1]: relu\n  x[k] -> h\n  output y[1]: linear\n  h -> y"));
    const d = r.only("E0306");
    expect(d.message).toBe("an index of `x` must be a constant integer");
    expect(r.at(d.span)).toBe("k");
    expect(r.codes()).toEqual(["E0306"]);
  });
});

describe("E0602 cycles", () => {
  it("spells the cycle out and labels the connection statements", () => {
    const r = checkText(
      wired("  neuron h[3]: relu\n  x -> h[0], h[1]\n  h[0] -> h[2]\n  h[1] -> h[0]\n  h[2] -> h[0]\n  output y[1]: linear\n  h -> y"),
    );
    const d = r.only("E0602");
    expect(d.message).toBe("connections form a cycle: h[0] -> h[2] -> h[0]");
    expect(r.at(d.span)).toBe("h[2] -> h[0]");
    expect(d.primaryLabel).toBe("h[2] -> h[0] closes the cycle");
    expect(d.labels.map((l) => [r.at(l.span), l.message])).toEqual([["h[0] -> h[2]", "h[0] -> h[2]"]]);
    expect(r.codes()).toEqual(["E0602"]);
    expect(r.graph).toBeUndefined();
  });

  it("a self-loop is a cycle of one", () => {
    const r = checkText(wired("  neuron h[2]: relu\n  x -> h\n  h[1] -> h[1]\n  output y[1]: linear\n  h -> y"));
    expect(r.only("E0602").message).toBe("connections form a cycle: h[1] -> h[1]");
  });

  it("one diagnostic per tangle, with a note when more neurons are caught than the cycle shown", () => {
    // h[0] <-> h[1] and h[1] <-> h[2]: one strongly connected component of 3 neurons.
    const r = checkText(wired("  neuron h[3]: relu\n  x -> h\n  h[0] -> h[1]; h[1] -> h[0]\n  h[1] -> h[2]; h[2] -> h[1]\n  output y[1]: linear\n  h -> y"));
    const d = r.only("E0602");
    expect(d.message).toBe("connections form a cycle: h[0] -> h[1] -> h[0]");
    expect(d.notes).toEqual(["3 neurons are caught in cycles together: `h[0]`, `h[1]`, `h[2]`"]);
  });

  it("separate tangles are reported separately", () => {
    // `h -> h` connects h[0] and h[1] both ways and to themselves: one tangle of two, whose
    // shortest cycle through h[0] is its self-loop. g is a second, separate tangle.
    const r = checkText(wired("  neuron h[2]: relu\n  neuron g[2]: relu\n  x -> h, g\n  h -> h\n  g[0] -> g[1]; g[1] -> g[0]\n  output y[1]: linear\n  h, g -> y"));
    const cycles = r.diagnostics.filter((d) => d.code === "E0602");
    expect(cycles.map((d) => d.message)).toEqual([
      "connections form a cycle: h[0] -> h[0]",
      "connections form a cycle: g[0] -> g[1] -> g[0]",
    ]);
    expect(cycles[0].notes).toEqual(["2 neurons are caught in cycles together: `h[0]`, `h[1]`"]);
    expect(r.at(cycles[0].span)).toBe("h -> h");
    expect(cycles[0].labels).toEqual([]);
    expect(cycles[1].notes).toBeUndefined();
    expect(r.at(cycles[1].span)).toBe("g[1] -> g[0]");
    expect(r.at(cycles[1].labels[0].span)).toBe("g[0] -> g[1]");
  });
});

describe("E0603 neurons nothing feeds", () => {
  it("lists the unfed neurons of a group on its declaration", () => {
    const r = checkText(wired("  neuron h[4]: relu\n  x -> h[0], h[2]\n  output y[1]: linear\n  h -> y"));
    const d = r.only("E0603");
    expect(d.message).toBe("neurons `h[1]`, `h[3]` have no incoming connection");
    expect(r.at(d.span)).toBe("neuron h[4]: relu");
    expect(d.hint).toContain("e.g. `x[0] -> h[1]`");
  });

  it("output neurons, and a group with none connected", () => {
    const r = checkText(wired("  neuron h[1]: relu\n  x -> h\n  output y[2]: linear\n  output z[1]: linear\n  h -> y[0]"));
    expect(r.codes()).toEqual(["E0603", "E0603"]);
    expect(r.diagnostics[0].message).toBe("output neuron `y[1]` has no incoming connection");
    expect(r.diagnostics[1].message).toBe("output neuron `z[0]` has no incoming connection (none of `z` is connected)");
  });

  it("long lists are cut short", () => {
    const r = checkText(wired("  neuron h[20]: relu\n  x -> h[0]\n  output y[1]: linear\n  h -> y"));
    expect(r.only("E0603").message).toBe("neurons `h[1]`, `h[2]`, `h[3]`, `h[4]`, `h[5]`, `h[6]` and 13 more have no incoming connection");
  });
});

describe("W0003 neurons that feed nothing", () => {
  it("only hidden neurons: outputs are meant to be sinks", () => {
    const r = checkText(wired("  neuron h[3]: relu\n  x -> h\n  output y[2]: linear\n  h[1] -> y"));
    const w = r.only("W0003");
    expect(w.message).toBe("neurons `h[0]`, `h[2]` feed nothing");
    expect(r.codes()).toEqual(["W0003"]);
  });

  it("no warning for a neuron whose statement had a bad destination", () => {
    const r = checkText(wired("  neuron h[1]: relu\n  x -> h\n  output y[1]: linear\n  h -> y[1]"));
    expect(r.codes()).toEqual(["E0601", "E0603"]); // y[1] bad; y[0] really has no input
  });
});

describe("E0604 unknown activation", () => {
  it("suggests the closest activation", () => {
    const r = checkText(wired("  neuron h[1]: rleu\n  x -> h\n  output y[1]: linear\n  h -> y"));
    const d = r.only("E0604");
    expect(d.message).toBe("`rleu` is not a known activation");
    expect(r.at(d.span)).toBe("rleu");
    expect(d.hint).toBe("did you mean `relu`?");
    expect(r.ctx.used).toEqual([]);
    expect(r.info.parameterCount).toBe(4 + 1 + 1 + 1); // the group still counts: no cascade
  });

  it("explains what an activation is when nothing is close", () => {
    const r = checkText(wired("  neuron h[1]: softplusish\n  x -> h\n  output y[1]: linear\n  h -> y"));
    expect(r.only("E0604").hint).toContain("use `linear` or a function in scope");
  });
});

describe("E0605 neuron counts", () => {
  it("zero, negative, non-constant", () => {
    const r = checkText(wired("  neuron a[0]: relu\n  neuron b[-2]: relu\n  neuron c[n]: relu\n  neuron d[1.5]: relu\n" + OK));
    expect(r.codes()).toEqual(["E0605", "E0605", "E0605", "E0605"]);
    expect(r.diagnostics.map((d) => r.at(d.span))).toEqual(["0", "-2", "n", "1.5"]);
    expect(r.diagnostics[0].message).toBe("neuron group `a` must have at least one neuron, found 0");
    expect(r.diagnostics[2].message).toBe("the size of neuron group `c` must be a constant integer");
    // Broken groups have no parameters and raise no cascade.
    expect(r.info.parameters.map((p) => p.name)).toEqual(["h.w", "h.b", "y.w", "y.b"]);
  });

  it("references to a broken group stay quiet", () => {
    const r = checkText(wired("  neuron a[0]: relu\n  x -> a[3]\n  a -> h\n" + OK));
    expect(r.codes()).toEqual(["E0605"]);
  });

  it("too many neurons", () => {
    const r = checkText(wired("  neuron big[2000000]: relu\n" + OK));
    expect(r.only("E0605").message).toBe("neuron group `big` takes the graph past 262144 neurons, the most a wired graph may have");
  });
});

describe("E0606 invalid connections", () => {
  it("into an input", () => {
    const r = checkText(wired("  x[0] -> x[1]\n" + OK));
    const d = r.only("E0606");
    expect(d.message).toBe("cannot connect into input `x`: inputs only feed neurons");
    expect(r.at(d.span)).toBe("x[1]");
    expect(r.at(d.labels[0].span)).toBe("x");
  });

  it("out of an output group", () => {
    const r = checkText(wired(OK + "\n  neuron g[1]: relu\n  y -> g\n  g -> y"));
    const d = r.only("E0606");
    expect(d.message).toBe("output group `y` cannot feed other neurons: outputs are the graph's sinks");
    expect(r.at(d.span)).toBe("y");
    // g was meant to be fed by the rejected statement: no E0603 for it. (g -> y keeps it used.)
    expect(r.codes()).toEqual(["E0606"]);
  });

  it("a duplicate across statements, labelled where first made", () => {
    const r = checkText(wired("  neuron h[2]: relu\n  x -> h\n  x[1], x[2] -> h[1]\n  output y[1]: linear\n  h -> y"));
    const d = r.only("E0606");
    expect(d.message).toBe("duplicate connection x[1] -> h[1] (and 1 more): it is already made above");
    expect(r.at(d.span)).toBe("x[1], x[2] -> h[1]");
    expect(d.labels.map((l) => [r.at(l.span), l.message])).toEqual([["x -> h", "x[1] -> h[1] first made here"]]);
    expect(r.graph).toBeUndefined();
    // Parameters count each connection once.
    expect(r.info.parameters[0]).toEqual({ name: "h.w", shape: [8], dtype: "f32", init: { kind: "glorot_uniform" } });
  });

  it("a duplicate within one statement", () => {
    const r = checkText(wired("  neuron h[1]: relu\n  x[0], x[0] -> h\n  output y[1]: linear\n  h -> y"));
    const d = r.only("E0606");
    expect(d.message).toBe("duplicate connection x[0] -> h[0]: this statement makes it twice");
    expect(d.labels).toEqual([]);
  });

  it("more connections than the limit", () => {
    const t0 = performance.now();
    const r = checkText("wired G {\n input x: f32[B, 3000]\n neuron h[2000]: relu\n x -> h\n output y[1]: linear\n h -> y\n}");
    const d = r.only("E0606");
    expect(d.message).toBe("this connection takes the graph past 2097152 connections, the most a wired graph may have");
    expect(d.primaryLabel).toBe("3000 × 2000 connections");
    // The graph is incomplete, so no E0603 for h and no W0003.
    expect(r.codes()).toEqual(["E0606"]);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe("names", () => {
  it("E0201 unknown group, with did-you-mean", () => {
    const r = checkText(wired("  neuron hidden[1]: relu\n  x -> hiden\n  x -> hidden\n  output y[1]: linear\n  hidden -> y"));
    const d = r.only("E0201");
    expect(d.message).toBe("unknown input or neuron group `hiden`");
    expect(d.hint).toBe("did you mean `hidden`?");
    expect(r.codes()).toEqual(["E0201"]);
  });

  it("E0202 duplicate names across inputs and groups", () => {
    const r = checkText(wired("  neuron x[2]: relu\n" + OK));
    const d = r.only("E0202");
    expect(d.message).toBe("`x` is declared twice in wired graph `G`");
    expect(r.at(d.span)).toBe("x");
    expect(r.at(d.labels[0].span)).toBe("x");
    expect(d.labels[0].span.start).toBeLessThan(d.span.start);
    expect(r.graph).toBeUndefined();
    // The redeclaration takes no neurons or parameters.
    expect(r.info.parameters.map((p) => p.name)).toEqual(["h.w", "h.b", "y.w", "y.b"]);
  });

  it("E0202 for a repeated group: its own mistakes are still reported, references mean the first", () => {
    const r = checkText(wired(OK + "\n  output y[0]: rleu"));
    expect(r.codes()).toEqual(["E0202", "E0605", "E0604"]);
    expect(r.info.outputs).toEqual([{ name: "y", shape: ["B", 1], dtype: "f32" }]);
  });
});

describe("E0503 / E0507 missing output or input", () => {
  it("no output group", () => {
    const r = checkText(wired("  neuron h[1]: relu\n  x -> h"));
    const d = r.only("E0503");
    expect(d.message).toBe("wired graph `G` declares no output group");
    expect(r.at(d.span)).toBe("G");
    expect(r.codes()).toEqual(["E0503", "W0003"]);
  });

  it("no input", () => {
    const r = checkText("wired G {\n  output y[1]: linear\n}");
    expect(r.codes()).toEqual(["E0507", "E0603"]);
    expect(r.diagnostics[1].hint).not.toContain("e.g.");
  });
});

describe("input types", () => {
  const input = (t: string) => checkText(`wired G {\n  input x: ${t}\n  output y[1]: linear\n  x[0] -> y\n}`);

  it("must be f32 (E0401)", () => {
    const r = input("i32[B, 4]");
    const d = r.only("E0401");
    expect(d.message).toBe("wired input `x` must be f32, found i32");
    expect(r.at(d.span)).toBe("i32");
  });

  it("must have rank 2 (E0402)", () => {
    expect(input("f32[B, 4, 4]").only("E0402").message).toBe("wired input `x` must have exactly two dimensions, [batch, columns], found 3");
    expect(input("f32[4]").only("E0402").message).toBe("wired input `x` must have exactly two dimensions, [batch, columns], found 1");
    expect(input("f32[..S, 4]").only("E0402").message).toContain("`..` dimensions are not allowed");
  });

  it("must be a tensor (E0414)", () => {
    expect(input("int").only("E0414").message).toBe("wired input `x` must be a tensor `f32[batch, columns]`, found `int`");
  });

  it("column count must be a constant (E0306)", () => {
    const r = input("f32[B, D]");
    const d = r.only("E0306");
    expect(d.message).toBe("the column count of wired input `x` must be a constant, found `D`");
    expect(r.at(d.span)).toBe("D");
    // The broken input is not listed, and connections from it stay quiet.
    expect(r.info.inputs).toEqual([]);
    expect(r.codes()).toEqual(["E0306"]);
  });

  it("inputs share one batch dimension (E0403)", () => {
    const r = checkText("wired G {\n  input a: f32[B, 2]\n  input b: f32[C, 2]\n  output y[1]: linear\n  a, b -> y\n}");
    const d = r.only("E0403");
    expect(d.message).toBe("wired inputs must share one batch dimension: `b` has C, `a` has B");
    expect(r.at(d.span)).toBe("C");
    expect(r.at(d.labels[0].span)).toBe("B");
  });
});

describe("robustness", () => {
  it("a context that throws yields E0901, never an exception", async () => {
    const { parse } = await import("../../compiler/syntax/parse.ts");
    const { SourceFile } = await import("../../compiler/source.ts");
    const { checkWired } = await import("../../compiler/check/wired.ts");
    const { testContext } = await import("./helpers.ts");
    const decl = parse(new SourceFile("t.dl", wired(OK))).program.decls[0];
    if (decl.kind !== "Wired") throw new Error("expected a wired decl");
    const ctx = { ...testContext(), constInt: () => { throw new Error("boom"); } };
    const r = checkWired(decl, ctx);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["E0901"]);
    expect(r.diagnostics[0].message).toContain("boom");
    expect(r.info.name).toBe("G");
  });
});
