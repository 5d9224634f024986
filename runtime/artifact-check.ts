// What a loaded artifact must satisfy before anything runs. The manifest is checked whole, and
// against the parts it describes: the WASM plan (in the manifest), the graph (when the
// interpreter loads it) and the WGSL program (backends/webgpu-program.ts). Each part is made
// by the compiler from the same graph, so any disagreement means an edited or mixed-up
// artifact, and it is an ArtifactError naming the tensor or kernel, never a wrong answer later.
import type { WasmPlan, TensorSlot } from "../compiler/backend-wasm/index.ts";
import type { Graph } from "../compiler/ir/ir.ts";
import { ArtifactError, ARTIFACT_FORMAT, ARTIFACT_VERSION, MANIFEST_FILE, type ArtifactTensor, type Manifest } from "./artifact.ts";

/** Deeper JSON than any artifact file needs (the manifest nests 6 levels); checked before parsing. */
export const MAX_JSON_DEPTH = 32;
/** Element count of any one tensor: WebAssembly's 4 GiB memory holds no more f32s than this. */
export const MAX_TENSOR_ELEMENTS = 2 ** 30;
const WASM_PAGE = 65536;
const MAX_WASM_PAGES = 65536;

type Bad = (what: string) => never;

/**
 * A parsed manifest.json (or an in-memory manifest) checked field by field. `written`: it
 * came from a file, so the file table and the integrity digest are required.
 */
export function checkManifest(raw: unknown, { written }: { written: boolean }): Manifest {
  const bad: Bad = (what) => {
    throw new ArtifactError("bad-manifest", `${MANIFEST_FILE}: ${what}`, MANIFEST_FILE);
  };
  if (!isObject(raw)) return bad("must be a JSON object");
  if (raw.format !== ARTIFACT_FORMAT) bad(`format must be "${ARTIFACT_FORMAT}", got ${JSON.stringify(raw.format)}`);
  if (raw.version !== ARTIFACT_VERSION) {
    bad(`version ${JSON.stringify(raw.version)} is not supported (this runtime reads version ${ARTIFACT_VERSION}; rebuild the artifact with this dlc)`);
  }
  if (typeof raw.model !== "string") bad("model must be a string");
  const b = raw.batch;
  if (!isObject(b) || !posInt(b.built) || !posInt(b.min) || !posInt(b.max) || !(b.min <= b.built && b.built <= b.max) || b.max !== b.built) {
    bad("batch must be {built, min, max} with 1 ≤ min ≤ built = max");
  }
  if (b.fixedBecause !== undefined && typeof b.fixedBecause !== "string") bad("batch.fixedBecause must be a string");
  const batch = b as unknown as Manifest["batch"];
  const tensors = (key: "inputs" | "outputs" | "parameters"): ArtifactTensor[] => {
    const list = raw[key];
    if (!Array.isArray(list)) return bad(`${key} must be an array`);
    const names = new Set<string>();
    for (const t of list) {
      if (!isObject(t) || typeof t.name !== "string" || !isDtype(t.dtype) || !isShape(t.shape)) {
        bad(`every entry of ${key} needs a name, a dtype (f32, i32, bool) and a shape of non-negative integers`);
      }
      if (names.has(t.name)) bad(`${key} lists "${t.name}" twice`);
      names.add(t.name);
      if (elements(t.shape) > MAX_TENSOR_ELEMENTS) bad(`${key} "${t.name}": shape [${t.shape.join(", ")}] has more than ${MAX_TENSOR_ELEMENTS} elements`);
      if (key === "parameters") {
        if (!isObject(t.init) || typeof t.init.kind !== "string" || typeof t.trainable !== "boolean") bad(`parameter "${t.name}" needs an init and trainable`);
      } else if (t.batchAxis !== undefined) {
        if (t.batchAxis !== 0) bad(`${key} "${t.name}": batchAxis must be 0 when present`);
        if (t.shape[0] !== batch.built) bad(`${key} "${t.name}": its batch axis is ${t.shape[0]}, but the artifact was built for batch ${batch.built}`);
      }
    }
    return list as ArtifactTensor[];
  };
  const inputs = tensors("inputs");
  const outputs = tensors("outputs");
  tensors("parameters");
  // The build's rule (compiler/build.ts): a batch below the built one is padded, which is only
  // exact when some input carries the batch and every output does.
  if (batch.min < batch.max) {
    if (!inputs.some((t) => t.batchAxis === 0)) bad(`batch.min ${batch.min} < batch.max ${batch.max}, but no input has a batch axis`);
    const fixed = outputs.find((t) => t.batchAxis !== 0);
    if (fixed) bad(`batch.min ${batch.min} < batch.max ${batch.max}, but output "${fixed.name}" has no batch axis`);
  }
  if (!isObject(raw.backends)) bad("backends must be an object");
  const backends = raw.backends as Record<string, unknown>;
  const named: string[] = [];
  for (const [key, spec] of Object.entries(backends)) {
    if (key !== "wasm" && key !== "interp" && key !== "wgsl") bad(`backends.${key} is not a backend (wasm, interp, wgsl)`);
    if (!isObject(spec) || typeof spec.file !== "string") bad(`backends.${key} needs a file`);
    checkFileName(spec.file as string, `backends.${key}.file`);
    named.push(spec.file as string);
    if (spec.kernels !== undefined) checkKernelList(spec.kernels, `backends.${key}.kernels`, bad);
    if (spec.peakBytes !== undefined && !isSize(spec.peakBytes)) bad(`backends.${key}.peakBytes must be a non-negative integer`);
  }
  if (raw.ir !== undefined) {
    if (typeof raw.ir !== "string") bad("ir must be a file name");
    checkFileName(raw.ir, "ir");
    named.push(raw.ir);
  }
  const m = raw as unknown as Manifest;
  if (m.backends.wasm) checkWasmPlan(m, bad);
  if (written || raw.files !== undefined) {
    if (!isObject(raw.files)) bad("files must list every file of the artifact with its bytes and sha256 (rebuild the artifact with this dlc)");
    for (const [name, e] of Object.entries(raw.files)) {
      checkFileName(name, "a name in files");
      if (name === MANIFEST_FILE) bad(`files must not list ${MANIFEST_FILE} itself`);
      if (!isObject(e) || !isSize(e.bytes) || typeof e.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(e.sha256)) bad(`files["${name}"] needs bytes (an integer) and sha256 (64 hex digits)`);
    }
    for (const f of named) if (!Object.hasOwn(raw.files, f)) bad(`${f} is named by the manifest but not listed in files`);
  }
  if (written && (typeof raw.integrity !== "string" || !/^[0-9a-f]{64}$/.test(raw.integrity))) bad("integrity must be the manifest's SHA-256 (64 hex digits)");
  return m;
}

/** File names stay inside the artifact: relative, no `..`, no empty or hidden tricks, printable. */
export function checkFileName(name: string, where: string): void {
  // eslint-disable-next-line no-control-regex
  const ok = name.length > 0 && name.length <= 255 && !/[\u0000-\u001f\u007f\\:]/.test(name) && !name.startsWith("/")
    && name.split("/").every((seg) => seg !== "" && seg !== "." && seg !== "..");
  if (!ok) throw new ArtifactError("bad-file-name", `${MANIFEST_FILE}: ${where} ${JSON.stringify(name)} is not a plain relative file name inside the artifact`, MANIFEST_FILE);
}

function checkKernelList(list: unknown, where: string, bad: Bad): void {
  if (!Array.isArray(list)) bad(`${where} must be an array`);
  for (const k of list as unknown[]) {
    if (!isObject(k) || typeof k.name !== "string" || !Array.isArray(k.nodes) || !k.nodes.every(isSize)) bad(`every entry of ${where} needs a name and a list of node numbers`);
    if (isObject(k) && k.phase !== undefined && k.phase !== "weights") bad(`${where}: a kernel's phase is "weights" or absent`);
  }
}

/** The plan places every input, parameter and output inside memory, apart, with the manifest's dtype and shape. */
function checkWasmPlan(m: Manifest, bad: Bad): void {
  const raw = m.backends.wasm!.plan;
  const where = "backends.wasm.plan";
  if (!isObject(raw)) bad(`${where} must be an object`);
  const plan = raw as unknown as WasmPlan;
  if (!posInt(plan.memoryPages) || plan.memoryPages > MAX_WASM_PAGES) bad(`${where}.memoryPages must be 1..${MAX_WASM_PAGES}`);
  if (!isSize(plan.fixedBytes) || !isSize(plan.totalBytes) || !isSize(plan.peakBytes)) bad(`${where} needs fixedBytes, peakBytes and totalBytes`);
  if (plan.fixedBytes > plan.totalBytes || plan.totalBytes > plan.memoryPages * WASM_PAGE) bad(`${where}: fixedBytes ≤ totalBytes ≤ memoryPages × 64 KiB does not hold`);
  const mismatch = (what: string): never => {
    throw new ArtifactError("mismatch", `${MANIFEST_FILE}: ${where} disagrees with the manifest: ${what}`, MANIFEST_FILE);
  };
  const slots: { s: TensorSlot; kind: string }[] = [];
  const group = (kind: "inputs" | "params" | "outputs", want: readonly ArtifactTensor[], label: string): void => {
    const list = (plan as unknown as Record<string, unknown>)[kind];
    if (!Array.isArray(list)) return bad(`${where}.${kind} must be an array`);
    if (list.length !== want.length) mismatch(`it has ${list.length} ${label}s, the manifest ${want.length}`);
    const byName = new Map<string, TensorSlot>();
    for (const s of list as unknown[]) {
      if (!isObject(s) || typeof s.name !== "string" || !isDtype(s.dtype) || !isShape(s.shape) || !isSize(s.offset) || !isSize(s.length) || !isSize(s.byteLength)) {
        bad(`every entry of ${where}.${kind} needs name, dtype, shape, offset, length and byteLength`);
      }
      if (byName.has(s.name)) mismatch(`${label} "${s.name}" is placed twice`);
      byName.set(s.name, s as unknown as TensorSlot);
    }
    for (const t of want) {
      const s = byName.get(t.name) ?? mismatch(`${label} "${t.name}" has no place in memory`);
      if (s.dtype !== t.dtype || !sameShape(s.shape, t.shape)) mismatch(`${label} "${t.name}" is ${s.dtype}[${s.shape.join(", ")}] in the plan, ${t.dtype}[${t.shape.join(", ")}] in the manifest`);
      const size = s.dtype === "bool" ? 1 : 4;
      if (s.length !== elements(s.shape) || s.byteLength !== s.length * size) mismatch(`${label} "${t.name}": length ${s.length} and byteLength ${s.byteLength} do not fit its shape`);
      // The planner places every slot of the fixed region on a 16-byte boundary (compiler/backend-wasm).
      if (s.offset % 16 !== 0 || s.offset + s.byteLength > plan.fixedBytes) mismatch(`${label} "${t.name}" at offset ${s.offset} is not 16-byte aligned or lies outside the fixed region (${plan.fixedBytes} bytes)`);
      slots.push({ s, kind: label });
    }
  };
  group("inputs", m.inputs, "input");
  group("params", m.parameters as unknown as ArtifactTensor[], "parameter");
  group("outputs", m.outputs, "output");
  slots.sort((a, b) => a.s.offset - b.s.offset);
  for (let i = 1; i < slots.length; i++) {
    const p = slots[i - 1]!;
    const q = slots[i]!;
    if (p.s.offset + p.s.byteLength > q.s.offset && p.s.byteLength > 0 && q.s.byteLength > 0) mismatch(`${p.kind} "${p.s.name}" and ${q.kind} "${q.s.name}" overlap`);
  }
  if (!Array.isArray(plan.kernels) || !plan.kernels.every((k) => isObject(k) && typeof k.name === "string")) bad(`${where}.kernels must list the kernels by name`);
  const listed = m.backends.wasm!.kernels;
  if (listed !== undefined) {
    const a = plan.kernels.map((k) => k.name).join(", ");
    const b = listed.map((k) => k.name).join(", ");
    if (a !== b) mismatch(`the plan runs kernels [${a}], backends.wasm.kernels lists [${b}]`);
  }
  const p = plan.prepareKernels;
  if (!isSize(p) || p > plan.kernels.length || plan.kernels.some((k, i) => (k.phase === "weights") !== (i < p))) {
    bad(`${where}.prepareKernels must count the leading kernels whose phase is "weights"`);
  }
}

/** The decoded graph's inputs, outputs and parameters are the manifest's, with the same dtypes and shapes. */
export function checkGraphAgainstManifest(g: Graph, m: Manifest, file: string): void {
  const mismatch = (what: string): never => {
    throw new ArtifactError("mismatch", `${file} disagrees with the manifest: ${what}`, file);
  };
  const node = (i: unknown) => (isSize(i) && i < g.nodes.length ? g.nodes[i]! : mismatch(`node ${JSON.stringify(i)} does not exist`));
  const same = (label: string, entries: readonly { name: string; node: number }[], want: readonly ArtifactTensor[]): void => {
    if (entries.length !== want.length) mismatch(`it has ${entries.length} ${label}s, the manifest ${want.length}`);
    const byName = new Map(entries.map((e) => [e.name, e]));
    for (const t of want) {
      const e = byName.get(t.name) ?? mismatch(`it has no ${label} "${t.name}"`);
      const n = node(e.node);
      if (n.dtype !== t.dtype || !sameShape(n.shape, t.shape)) mismatch(`${label} "${t.name}" is ${n.dtype}[${n.shape.join(", ")}] in the graph, ${t.dtype}[${t.shape.join(", ")}] in the manifest`);
    }
  };
  same("input", g.inputs, m.inputs);
  same("output", g.outputs, m.outputs);
  const params = g.nodes.flatMap((n) => (n.attrs.op === "param" ? [{ name: n.attrs.name, node: n.id }] : []));
  same("parameter", params, m.parameters as unknown as ArtifactTensor[]);
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function posInt(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 1;
}
export function isSize(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}
function isDtype(v: unknown): v is "f32" | "i32" | "bool" {
  return v === "f32" || v === "i32" || v === "bool";
}
function isShape(v: unknown): v is number[] {
  return Array.isArray(v) && v.length <= 16 && v.every(isSize);
}
/** The element count, saturating at +Infinity instead of losing precision past 2^53. */
export function elements(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) {
    n *= d;
    if (n > Number.MAX_SAFE_INTEGER) return Infinity;
  }
  return n;
}
export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
