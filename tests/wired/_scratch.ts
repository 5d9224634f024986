import { parse } from "../../compiler/syntax/parse.ts";
import { SourceFile } from "../../compiler/source.ts";
const r = parse(new SourceFile("t.dl", `wired Tiny {
  input x: f32[B, 4]
  neuron h[3]: relu
  x[0], x[1] -> h[0];  x[2] -> h[1];  h[0], x[3] -> h[2]
  output y[2]: linear
  h[1:], h -> y[0];  h[0], h[2] -> y[1]
}`));
console.log(JSON.stringify(r, null, 1).slice(0, 4000));
