import { nodeGpu } from "./cli/node-gpu.ts";
import { load } from "./runtime/session.ts";
import { buildExample, values } from "./tests/runtime-session/session-support.ts";
const gpu = await nodeGpu();
const art = await buildExample(process.argv[2]!, 4, ["wgsl"]);
console.log("kernels", JSON.parse(new TextDecoder().decode(art.files["wgsl/program.json"])).kernels.map((k: any) => k.name + ":" + k.dispatch.join("x")).join(" "));
let t = performance.now();
const s = await load(art, { backend: "webgpu", gpu });
console.log("load", (performance.now() - t).toFixed(0));
s.initWeights(1);
const inputs: any = {};
for (const i of s.inputs) inputs[i.name] = { data: values(i.shape.reduce((a, b) => a * b, 1), 3), shape: i.shape };
for (let r = 0; r < 3; r++) { t = performance.now(); await s.runAsync(inputs); console.log("run", r, (performance.now() - t).toFixed(0)); }
s.dispose();
