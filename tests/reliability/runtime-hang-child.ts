// Run by runtime-bounds.test.ts in a child process (the hung kernel keeps a lavapipe thread
// spinning until the process dies, so it must not live in the test worker). Loads a WGSL
// artifact whose first kernel never ends, and reports as JSON on stdout: the error, how long
// it took, the longest the main thread went without running a timer, and how long dispose took.
import { load } from "../../runtime/session.ts";
import { handArtifact, realGpu } from "../webgpu-runtime/gpu-support.ts";

const TIMEOUT_MS = Number(process.argv[2] ?? 1500);
const gpu = await realGpu();
if (!gpu) {
  process.stdout.write(JSON.stringify({ noAdapter: true }) + "\n");
  process.exit(0);
}
// Spins forever when x[0] is 12345 (never at load, whose warmup runs on zeroed buffers), or always.
const spin = (when: string) => (name: string, code: string) =>
  name !== "k0_relu_mul" ? code : code.replace("g: vec3u) {", `g: vec3u) {\n  if (${when}) { var i = 0u; loop { a1[i % 8u] = i; i = i + 1u; if (a0[1] == 4294967295u) { break; } } }`);
let last = performance.now();
let worstGap = 0;
const beat = setInterval(() => {
  const t = performance.now();
  worstGap = Math.max(worstGap, t - last);
  last = t;
}, 10);
const codeOf = (e: unknown) => (e as { code?: string }).code ?? `untyped: ${String(e)}`;

// 1. The hang is in load() (its warmup runs every kernel once).
let t0 = performance.now();
let loadCode: string | undefined;
try {
  (await load(handArtifact(4, spin("true")), { backend: "webgpu", gpu, timeoutMs: TIMEOUT_MS })).dispose();
} catch (e) {
  loadCode = codeOf(e);
}
const loadMs = performance.now() - t0;

// 2. The hang is in a run; then the session is disposed.
const s = await load(handArtifact(4, spin("bitcast<f32>(a0[0]) == 12345.0")), { backend: "webgpu", gpu, timeoutMs: TIMEOUT_MS });
s.setWeights({ w: new Float32Array([1, 2, 3]) });
const ok = await s.runAsync({ x: new Float32Array([1, 2, 3]) });
t0 = performance.now();
let runCode: string | undefined;
try {
  await s.runAsync({ x: new Float32Array([12345, 2, 3]) });
} catch (e) {
  runCode = codeOf(e);
}
const runMs = performance.now() - t0;
let nextCode: string | undefined;
try {
  await s.runAsync({ x: new Float32Array([1, 2, 3]) });
} catch (e) {
  nextCode = codeOf(e);
}
t0 = performance.now();
s.dispose();
const disposeMs = performance.now() - t0;
await new Promise((r) => setTimeout(r, 100));
clearInterval(beat);
process.stdout.write(JSON.stringify({ loadCode, loadMs, okY: Array.from(ok.y!.data), runCode, runMs, nextCode, disposeMs, worstGap }) + "\n");
// The spinning driver thread would keep the process alive: this is what abandoning costs.
process.exit(0);
