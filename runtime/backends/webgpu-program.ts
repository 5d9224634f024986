// The WGSL program as artifact files (wgsl/program.json + one wgsl/<kernel>.wgsl per kernel)
// and back. The kernels are separate files so that a user can read, diff and report the exact
// WGSL a driver rejected; program.json names each kernel's file in place of its code.
//
// Reading checks everything the runtime later trusts (indices, sizes, offsets, alignment), so
// a hand-edited or truncated artifact fails here with an ArtifactError instead of as a GPU
// validation error deep inside a run.
import type { WgslKernel, WgslProgram, WgslTensor } from "../../compiler/backend-wgsl/program.ts";
import { ArtifactError, parseJsonFile, type Artifact, type ArtifactTensor } from "../artifact.ts";
import { checkFileName, elements, isObject, isSize, sameShape } from "../artifact-check.ts";

export const WGSL_PROGRAM_FILE = "wgsl/program.json";

type StoredKernel = Omit<WgslKernel, "code"> & { file: string };
type StoredProgram = Omit<WgslProgram, "kernels"> & { kernels: StoredKernel[] };

/** The files of the wgsl backend and its manifest entry. */
export function encodeWgslProgram(program: WgslProgram): { files: Record<string, Uint8Array>; entry: { file: string } } {
  const enc = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  const kernels: StoredKernel[] = program.kernels.map(({ code, ...rest }, i) => {
    // Kernel names are unique by contract; the index keeps file names unique even if they are not.
    const file = `wgsl/${String(i).padStart(3, "0")}_${rest.name.replace(/[^A-Za-z0-9_.-]/g, "_")}.wgsl`;
    files[file] = enc.encode(code.endsWith("\n") ? code : code + "\n");
    return { ...rest, file };
  });
  const stored: StoredProgram = { ...program, kernels };
  files[WGSL_PROGRAM_FILE] = enc.encode(JSON.stringify(stored) + "\n");
  return { files, entry: { file: WGSL_PROGRAM_FILE } };
}

/** The artifact's WGSL program with every kernel's code read back in; checked for consistency. */
export function artifactWgslProgram(a: Artifact): WgslProgram {
  const model = a.manifest.model;
  const spec = a.manifest.backends.wgsl;
  if (!spec) throw new ArtifactError("no-backend", `artifact "${model}" was not built for the webgpu backend (build it with --target wgsl or --target all)`);
  const bad = (what: string): never => {
    throw new ArtifactError("bad-program", `artifact "${model}": ${spec.file}: ${what}`, spec.file);
  };
  const mismatch = (what: string): never => {
    throw new ArtifactError("mismatch", `artifact "${model}": ${spec.file} disagrees with the manifest: ${what}`, spec.file);
  };
  const bytesOf = (file: string): Uint8Array => {
    const bytes = Object.hasOwn(a.files, file) ? a.files[file] : undefined;
    if (bytes === undefined) throw new ArtifactError("missing-file", `artifact "${model}": ${file} is missing`, file);
    return bytes;
  };
  const raw = parseJsonFile(bytesOf(spec.file), spec.file, "bad-program") as StoredProgram;
  if (!isObject(raw) || !Array.isArray(raw.arenas) || !Array.isArray(raw.tensors) || !Array.isArray(raw.kernels) || !isObject(raw.limits)) {
    bad("must be an object with arenas, tensors, kernels and limits");
  }
  for (const [key, v] of Object.entries(raw.limits)) if (!isSize(v)) bad(`limit ${key} must be a non-negative integer`);
  for (const [i, ar] of raw.arenas.entries()) if (!isObject(ar) || !isSize(ar.byteSize) || ar.byteSize === 0) bad(`arena ${i} needs a positive byteSize`);
  raw.tensors.forEach((t, i) => checkTensor(t, i, raw, bad));
  const kernels: WgslKernel[] = raw.kernels.map((k, i) => {
    if (!isObject(k) || typeof k.name !== "string" || typeof k.file !== "string" || !Array.isArray(k.bindings) || !Array.isArray(k.dispatch) || k.dispatch.length !== 3) {
      return bad(`kernel ${i} needs a name, a file, bindings and a dispatch [x, y, z]`);
    }
    if (!k.dispatch.every((d) => isSize(d) && d <= (raw.limits.maxComputeWorkgroupsPerDimension ?? 65535))) bad(`kernel "${k.name}": bad dispatch ${JSON.stringify(k.dispatch)}`);
    const bindings = new Set<number>();
    for (const b of k.bindings) {
      if (!isObject(b) || !isSize(b.binding) || !isSize(b.arena) || b.arena >= raw.arenas.length || (b.access !== "read" && b.access !== "read_write")) {
        bad(`kernel "${k.name}": bad binding ${JSON.stringify(b)}`);
      }
      if (bindings.has(b.binding)) bad(`kernel "${k.name}": binding ${b.binding} appears twice`);
      bindings.add(b.binding);
    }
    if (k.source !== undefined && typeof k.source !== "string") bad(`kernel "${k.name}": source must be a string`);
    if (k.phase !== undefined && k.phase !== "weights") bad(`kernel "${k.name}": phase must be "weights" or absent`);
    checkFileName(k.file, `kernel "${k.name}"'s file`);
    // Kernel code is read only from files the manifest lists, so its digest covers them.
    if (a.manifest.files !== undefined && !Object.hasOwn(a.manifest.files, k.file)) bad(`kernel "${k.name}"'s file ${k.file} is not listed in the manifest's files`);
    const { file, ...rest } = k;
    let code: string;
    try {
      code = new TextDecoder("utf-8", { fatal: true }).decode(bytesOf(file));
    } catch (e) {
      if (e instanceof ArtifactError) throw e;
      return bad(`${file} is not UTF-8`);
    }
    return { ...rest, code };
  });
  // The weights phase is a prefix: kernels [0, prepareKernels) and no other.
  const prepareKernels = raw.prepareKernels ?? 0;
  if (!isSize(prepareKernels) || prepareKernels > kernels.length || kernels.some((k, i) => (k.phase === "weights") !== (i < prepareKernels))) {
    bad(`prepareKernels must count the leading kernels whose phase is "weights"`);
  }
  const listed = spec.kernels;
  if (listed !== undefined) {
    const got = kernels.map((k) => k.name).join(", ");
    const want = listed.map((k) => k.name).join(", ");
    if (got !== want) mismatch(`the program runs kernels [${got}], backends.wgsl.kernels lists [${want}]`);
  }
  const roles = (role: WgslTensor["role"]) => {
    const m = new Map<string, WgslTensor>();
    for (const t of raw.tensors) if (t.role === role && typeof t.name === "string" && !m.has(t.name)) m.set(t.name, t);
    return m;
  };
  const check = (label: string, role: WgslTensor["role"], want: readonly ArtifactTensor[]): void => {
    const have = roles(role);
    if (have.size !== want.length) mismatch(`it has ${have.size} ${label}s, the manifest ${want.length}`);
    for (const t of want) {
      const g = have.get(t.name) ?? mismatch(`no tensor for ${label} "${t.name}"`);
      if (g.dtype !== t.dtype || !sameShape(g.shape, t.shape)) mismatch(`${label} "${t.name}" is ${g.dtype}[${g.shape.join(", ")}] in the program, ${t.dtype}[${t.shape.join(", ")}] in the manifest`);
    }
  };
  check("input", "input", a.manifest.inputs);
  check("output", "output", a.manifest.outputs);
  check("parameter", "param", a.manifest.parameters as unknown as ArtifactTensor[]);
  // Inputs and parameters are written from the host and outputs read back: none may share bytes.
  const io = raw.tensors.filter((t) => t.role === "input" || t.role === "param" || t.role === "output").sort((x, y) => x.arena - y.arena || x.offset - y.offset);
  for (let i = 1; i < io.length; i++) {
    const p = io[i - 1]!;
    const q = io[i]!;
    if (p.arena === q.arena && p.offset + p.byteSize > q.offset) mismatch(`${p.role} "${p.name}" and ${q.role} "${q.name}" share bytes of arena ${p.arena}`);
  }
  return { arenas: raw.arenas, tensors: raw.tensors, kernels, prepareKernels, limits: raw.limits };
}

function checkTensor(t: WgslTensor, i: number, p: StoredProgram, bad: (what: string) => never): void {
  if (!isObject(t) || !isSize(t.arena) || t.arena >= p.arenas.length || !isSize(t.offset) || !isSize(t.byteSize) || !Array.isArray(t.shape)) {
    bad(`tensor ${i} needs arena, offset, byteSize and shape`);
  }
  if (t.dtype !== "f32" && t.dtype !== "i32" && t.dtype !== "bool") bad(`tensor ${i}: dtype ${JSON.stringify(t.dtype)}`);
  if (!t.shape.every(isSize) || t.shape.length > 16) bad(`tensor ${i}: shape must be non-negative integers`);
  if (t.role !== "input" && t.role !== "param" && t.role !== "output" && t.role !== "const" && t.role !== "temp") bad(`tensor ${i}: role ${JSON.stringify(t.role)}`);
  if (t.name !== undefined && typeof t.name !== "string") bad(`tensor ${i}: name must be a string`);
  const n = elements(t.shape);
  // Every dtype is 4 bytes on the device (bool as u32); byteSize may include padding.
  if (t.byteSize < 4 * n || t.byteSize % 4 !== 0) bad(`tensor ${i}: byteSize ${t.byteSize} does not hold ${n} elements of 4 bytes`);
  if (t.offset + t.byteSize > p.arenas[t.arena]!.byteSize) bad(`tensor ${i} runs past the end of arena ${t.arena}`);
  if (t.offset % 4 !== 0) bad(`tensor ${i}: offset ${t.offset} is not 4-byte aligned`);
  if (t.constData !== undefined && (!Array.isArray(t.constData) || t.constData.length !== n || !t.constData.every((v) => typeof v === "number" || v === null))) bad(`tensor ${i}: constData must hold ${n} numbers`);
}
