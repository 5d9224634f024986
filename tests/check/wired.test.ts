// The checker's side of wired graphs: activations in scope, constants, inputs, train blocks.
import { expect, test } from "vitest";
import { check, show } from "./helpers.ts";

const TINY = `use std.nn.{relu, cross_entropy}
wired Tiny {
  input x: f32[B, 4]
  neuron h[3]: relu
  x[0], x[1] -> h[0];  x[2] -> h[1];  h[0], x[3] -> h[2]
  output y[2]: linear
  h[1], h[2] -> y[0];  h[0], h[2] -> y[1]
}
`;

test("a wired graph checks, marks its activation import used, and yields ModelInfo", async () => {
  const c = await check(TINY.replace(", cross_entropy", ""));
  expect(c.diagnostics, show(c)).toEqual([]);
  const m = c.models[0];
  expect(m.kind).toBe("wired");
  expect(m.inputs).toEqual([{ name: "x", dtype: "f32", shape: ["B", 4] }]);
  expect(m.outputs).toEqual([{ name: "y", dtype: "f32", shape: ["B", 2] }]);
  // h: 5 incoming weights + 3 biases; y: 4 weights + 2 biases.
  expect(m.parameterCount).toBe(14);
  expect(c.semantic?.wired.size).toBe(1);
});

test("a train block on a wired graph sees its inputs and outputs", async () => {
  const c = await check(`${TINY}train Tiny { input label: i32[B]; loss = cross_entropy(y, label); optimizer = sgd(lr: 0.1) }`);
  expect(c.diagnostics, show(c)).toEqual([]);
});

test("activations: user functions with the right signature count; others do not", async () => {
  const c = await check(`fn swish(x: f32[..S]) -> f32[..S] { x * sigmoid(x) }
fn shrink(x: f32[..S, 2]) -> f32[..S] { sum(x, axis: -1) }
wired W {
  input x: f32[B, 2]
  neuron h[2]: swish
  neuron g[1]: shrink
  x[0] -> h[0]; x[1] -> h[1]; h[0] -> g[0]
  output y[1]: tanh
  g[0], h[1] -> y[0]
}`);
  expect(c.errors.map((d) => d.code), show(c)).toEqual(["E0604"]);
  expect(c.text(c.errors[0].span)).toBe("shrink");
});

test("a neuron count from a constant", async () => {
  const c = await check(`width = 2
wired W { input x: f32[B, 1]; neuron h[width]: sigmoid; x[0] -> h[0]; x[0] -> h[1]; output y[1]: linear; h[0], h[1] -> y[0] }`);
  expect(c.errors, show(c)).toEqual([]);
  expect(c.models[0].parameters.map((p) => `${p.name}:${JSON.stringify(p.shape)}`)).toEqual(["h.w:[2]", "h.b:[2]", "y.w:[2]", "y.b:[1]"]);
});
