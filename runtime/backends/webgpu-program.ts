// The WGSL program as artifact files (wgsl/program.json + one wgsl/<kernel>.wgsl per kernel)
// and back. The kernels are separate files so that a user can read, diff and report the exact
// WGSL a driver rejected; program.json names each kernel's file in place of its code.
//
// Reading checks everything the runtime later trusts (indices, sizes, offsets, alignment), so
// a hand-edited or truncated artifact fails here with an ArtifactError instead of as a GPU
// validation error deep inside a run.
import type { WgslKernel, WgslProgram, WgslTensor } from "../../compiler/backend-wgsl/program.ts";
import { ArtifactError, type Artifact } from "../artifact.ts";

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
    throw new ArtifactError("bad-manifest", `artifact "${model}": ${spec.file}: ${what}`);
  };
  const text = (file: string): string => {
    const bytes = a.files[file];
    if (bytes === undefined) throw new ArtifactError("missing-file", `artifact "${model}": ${file} is missing`);
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return bad(`${file} is not UTF-8`);
    }
  };
  let raw: StoredProgram;
  try {
    raw = JSON.parse(text(spec.file)) as StoredProgram;
  } catch (e) {
    if (e instanceof ArtifactError) throw e;
    return bad(`not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!raw || !Array.isArray(raw.arenas) || !Array.isArray(raw.tensors) || !Array.isArray(raw.kernels) || typeof raw.limits !== "object" || raw.limits === null) {
    bad("must be an object with arenas, tensors, kernels and limits");
  }
  for (const [i, ar] of raw.arenas.entries()) if (!isSize(ar?.byteSize) || ar.byteSize === 0) bad(`arena ${i} needs a positive byteSize`);
  raw.tensors.forEach((t, i) => checkTensor(t, i, raw, bad));
  const kernels: WgslKernel[] = raw.kernels.map((k, i) => {
    if (!k || typeof k.name !== "string" || typeof k.file !== "string" || !Array.isArray(k.bindings) || !Array.isArray(k.dispatch) || k.dispatch.length !== 3) {
      return bad(`kernel ${i} needs a name, a file, bindings and a dispatch [x, y, z]`);
    }
    if (!k.dispatch.every((d) => isSize(d) && d <= raw.limits.maxComputeWorkgroupsPerDimension)) bad(`kernel "${k.name}": bad dispatch ${JSON.stringify(k.dispatch)}`);
    for (const b of k.bindings) {
      if (!isSize(b?.binding) || !isSize(b.arena) || b.arena >= raw.arenas.length || (b.access !== "read" && b.access !== "read_write")) {
        bad(`kernel "${k.name}": bad binding ${JSON.stringify(b)}`);
      }
    }
    const { file, ...rest } = k;
    return { ...rest, code: text(file) };
  });
  const names = (role: WgslTensor["role"]) => new Set(raw.tensors.filter((t) => t.role === role).map((t) => t.name));
  const has = { input: names("input"), param: names("param"), output: names("output") };
  for (const t of a.manifest.inputs) if (!has.input.has(t.name)) bad(`no tensor for input "${t.name}"`);
  for (const t of a.manifest.outputs) if (!has.output.has(t.name)) bad(`no tensor for output "${t.name}"`);
  for (const p of a.manifest.parameters) if (!has.param.has(p.name)) bad(`no tensor for parameter "${p.name}"`);
  return { arenas: raw.arenas, tensors: raw.tensors, kernels, limits: raw.limits };
}

function checkTensor(t: WgslTensor, i: number, p: StoredProgram, bad: (what: string) => never): void {
  if (!t || !isSize(t.arena) || t.arena >= p.arenas.length || !isSize(t.offset) || !isSize(t.byteSize) || !Array.isArray(t.shape)) {
    bad(`tensor ${i} needs arena, offset, byteSize and shape`);
  }
  if (t.dtype !== "f32" && t.dtype !== "i32" && t.dtype !== "bool") bad(`tensor ${i}: dtype ${JSON.stringify(t.dtype)}`);
  const n = t.shape.reduce((a, b) => a * b, 1);
  // Every dtype is 4 bytes on the device (bool as u32); byteSize may include padding.
  if (t.byteSize < 4 * n || t.byteSize % 4 !== 0) bad(`tensor ${i}: byteSize ${t.byteSize} does not hold ${n} elements of 4 bytes`);
  if (t.offset + t.byteSize > p.arenas[t.arena]!.byteSize) bad(`tensor ${i} runs past the end of arena ${t.arena}`);
  if (t.offset % 4 !== 0) bad(`tensor ${i}: offset ${t.offset} is not 4-byte aligned`);
  if (t.constData !== undefined && (!Array.isArray(t.constData) || t.constData.length !== n)) bad(`tensor ${i}: constData must hold ${n} numbers`);
}

function isSize(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}
