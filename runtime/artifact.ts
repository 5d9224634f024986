// The compiled artifact: what `dlc build` writes to a folder and what `load()` runs.
//
//   manifest.json   this file's Manifest: model interface, batch range, parameters, backends
//   model.wasm      the WASM backend's module (manifest.backends.wasm.file)
//   graph.json      the graph IR as JSON, for the reference interpreter (backends.interp.file)
//   model.ir        the printed graph, for humans only (never read back)
//   wgsl/program.json  the WebGPU backend's buffers, tensors and kernels (backends.wgsl.file);
//   wgsl/*.wgsl        each kernel's WGSL module, named in program.json (runtime/backends/webgpu-program.ts)
//
// The in-memory Artifact is the manifest plus the bytes of every other file by name, so the
// same object comes from the compiler (buildArtifact), from a folder (the CLI reads the
// files) or from fetch() in a browser. Nothing here touches a file system.
import type { DType, Graph, Init } from "../compiler/ir/ir.ts";
import { verifyGraph } from "../compiler/ir/verify.ts";
import { DlcError } from "./errors.ts";

export const ARTIFACT_FORMAT = "dlc-artifact";
export const ARTIFACT_VERSION = 1;
export const MANIFEST_FILE = "manifest.json";

export interface ArtifactTensor {
  name: string;
  dtype: DType;
  /** The shape at the built batch size. */
  shape: number[];
  /**
   * The axis that holds the batch, when the tensor has one. Only 0 is produced today: the
   * lowering binds the batch to every free leading dimension of the model's inputs.
   */
  batchAxis?: number;
}

export interface ArtifactParam {
  name: string;
  dtype: DType;
  shape: number[];
  init: Init;
  trainable: boolean;
}

export interface BatchRange {
  /** The batch size the graph was lowered and planned for. */
  built: number;
  /** Smallest and largest batch a run accepts; min = max = built when the graph mixes samples. */
  min: number;
  max: number;
  /** Why the batch is fixed, when it is (min = max and built > 1). */
  fixedBecause?: string;
}

/** One kernel of a backend, in execution order: the graph nodes it computes and the `.dl` line they came from. */
export interface ManifestKernel {
  name: string;
  nodes: number[];
  file?: string;
  line?: number;
}

export interface Manifest {
  format: typeof ARTIFACT_FORMAT;
  version: typeof ARTIFACT_VERSION;
  model: string;
  batch: BatchRange;
  inputs: ArtifactTensor[];
  outputs: ArtifactTensor[];
  /** Parameters and state, in declaration order; names are `dlc inspect`'s dotted names. */
  parameters: ArtifactParam[];
  backends: {
    wasm?: { file: string; plan: unknown; kernels?: ManifestKernel[]; peakBytes?: number };
    interp?: { file: string };
    /** program.json: a WgslProgram whose kernels name their .wgsl file instead of holding the code. */
    wgsl?: { file: string; kernels?: ManifestKernel[]; peakBytes?: number };
  };
  /** The printed graph (for humans). */
  ir?: string;
}

export interface Artifact {
  manifest: Manifest;
  /** Every file except manifest.json, by name. */
  files: Record<string, Uint8Array>;
  /** The decoded graph, kept when the artifact comes straight from the compiler. */
  graph?: Graph;
}

/** A malformed artifact: a bad manifest, a missing file, an unreadable graph. */
export class ArtifactError extends DlcError {
  constructor(reason: "bad-manifest" | "missing-file" | "bad-graph" | "no-backend", message: string) {
    super(`artifact/${reason}`, message);
    this.name = "ArtifactError";
  }
}

/** The files of an artifact (manifest.json included), ready to write to a folder. */
export function serializeArtifact(a: Artifact): Record<string, Uint8Array> {
  const enc = new TextEncoder();
  return { [MANIFEST_FILE]: enc.encode(JSON.stringify(a.manifest, null, 2) + "\n"), ...a.files };
}

export function encodeGraph(g: Graph): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ nodes: g.nodes, spans: g.spans.map((s) => s ?? null), inputs: g.inputs, outputs: g.outputs }));
}

/** The interpreter's graph, from artifact.graph or its graph.json; verified before use. */
export function artifactGraph(a: Artifact): Graph {
  if (a.graph) return a.graph;
  const file = a.manifest.backends.interp?.file;
  if (file === undefined) throw new ArtifactError("no-backend", `artifact "${a.manifest.model}" has no graph for the interpreter (manifest.backends.interp is absent)`);
  const bytes = a.files[file];
  if (bytes === undefined) throw new ArtifactError("missing-file", `artifact "${a.manifest.model}": ${file} is missing`);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (e) {
    throw new ArtifactError("bad-graph", `${file} is not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isObject(raw) || !Array.isArray(raw.nodes) || !Array.isArray(raw.inputs) || !Array.isArray(raw.outputs)) {
    throw new ArtifactError("bad-graph", `${file} must be an object with nodes, inputs and outputs`);
  }
  const spans = Array.isArray(raw.spans) ? raw.spans.map((s) => (s === null ? undefined : s)) : [];
  const g = { nodes: raw.nodes, spans, inputs: raw.inputs, outputs: raw.outputs } as Graph;
  let problems: string[];
  try {
    problems = verifyGraph(g);
  } catch (e) {
    problems = [e instanceof Error ? e.message : String(e)];
  }
  if (problems.length > 0) throw new ArtifactError("bad-graph", `${file} is not a valid graph: ${problems.slice(0, 3).join("; ")}`);
  a.graph = g;
  return g;
}

/** Reads an artifact from its files (manifest.json included), checking the manifest's shape. */
export function parseArtifact(files: Record<string, Uint8Array>): Artifact {
  const bytes = files[MANIFEST_FILE];
  if (bytes === undefined) throw new ArtifactError("missing-file", `${MANIFEST_FILE} is missing`);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (e) {
    throw new ArtifactError("bad-manifest", `${MANIFEST_FILE} is not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const manifest = checkManifest(raw);
  const rest: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) if (name !== MANIFEST_FILE) rest[name] = data;
  for (const f of [manifest.backends.wasm?.file, manifest.backends.interp?.file, manifest.backends.wgsl?.file]) {
    if (f !== undefined && rest[f] === undefined) throw new ArtifactError("missing-file", `the manifest names ${f}, which is missing`);
  }
  return { manifest, files: rest };
}

function checkManifest(raw: unknown): Manifest {
  const bad = (what: string): never => {
    throw new ArtifactError("bad-manifest", `${MANIFEST_FILE}: ${what}`);
  };
  if (!isObject(raw)) return bad("must be a JSON object");
  if (raw.format !== ARTIFACT_FORMAT) bad(`format must be "${ARTIFACT_FORMAT}", got ${JSON.stringify(raw.format)}`);
  if (raw.version !== ARTIFACT_VERSION) bad(`version ${JSON.stringify(raw.version)} is not supported (this runtime reads version ${ARTIFACT_VERSION})`);
  if (typeof raw.model !== "string") bad("model must be a string");
  const b = raw.batch;
  if (!isObject(b) || !posInt(b.built) || !posInt(b.min) || !posInt(b.max) || !(b.min <= b.built && b.built <= b.max) || b.max !== b.built) {
    bad("batch must be {built, min, max} with 1 ≤ min ≤ built = max");
  }
  const tensors = (key: string): void => {
    const list = raw[key];
    if (!Array.isArray(list)) return bad(`${key} must be an array`);
    for (const t of list) {
      if (!isObject(t) || typeof t.name !== "string" || !isDtype(t.dtype) || !isShape(t.shape)) bad(`every entry of ${key} needs a name, a dtype (f32, i32, bool) and a shape`);
      if (key !== "parameters" && t.batchAxis !== undefined && t.batchAxis !== 0) bad(`${key} "${t.name}": batchAxis must be 0 when present`);
      if (key === "parameters" && (!isObject(t.init) || typeof t.init.kind !== "string" || typeof t.trainable !== "boolean")) bad(`parameter "${t.name}" needs an init and trainable`);
    }
  };
  tensors("inputs");
  tensors("outputs");
  tensors("parameters");
  if (!isObject(raw.backends)) bad("backends must be an object");
  return raw as unknown as Manifest;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function posInt(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 1;
}
function isDtype(v: unknown): v is DType {
  return v === "f32" || v === "i32" || v === "bool";
}
function isShape(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((d) => typeof d === "number" && Number.isSafeInteger(d) && d >= 0);
}
