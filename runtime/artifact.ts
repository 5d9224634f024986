// The compiled artifact: what `dlc build` writes to a folder and what `load()` runs.
//
//   manifest.json   this file's Manifest: model interface, batch range, parameters, backends,
//                   and the size and SHA-256 of every other file (`files`)
//   model.wasm      the WASM backend's module (manifest.backends.wasm.file)
//   graph.json      the graph IR as JSON, for the reference interpreter (backends.interp.file)
//   model.ir        the printed graph, for humans only (never read back)
//   wgsl/program.json  the WebGPU backend's buffers, tensors and kernels (backends.wgsl.file);
//   wgsl/*.wgsl        each kernel's WGSL module, named in program.json (runtime/backends/webgpu-program.ts)
//
// The in-memory Artifact is the manifest plus the bytes of every other file by name, so the
// same object comes from the compiler (buildArtifact), from a folder or a URL (loadArtifact,
// artifact-load.ts) or from files a page already holds. Nothing here touches a file system.
//
// Trust. A written manifest lists every file with its size and digest, and carries the digest
// of its own content (`integrity`), so a swapped, truncated or edited file is an ArtifactError
// before anything runs; only the files the manifest names are kept. Digests catch accidents and
// naive edits, not forgeries: whoever can edit a file can recompute the manifest. What a
// consistent forgery could still break is checked structurally (artifact-check.ts: the WASM
// plan, the graph and the WGSL program against the manifest's interface).
import type { DType, Graph, Init } from "../compiler/ir/ir.ts";
import { verifyGraph } from "../compiler/ir/verify.ts";
import { checkGraphAgainstManifest, checkManifest, MAX_JSON_DEPTH } from "./artifact-check.ts";
import { DlcError } from "./errors.ts";
import { jsonDepth } from "./json-limits.ts";
import { sha256Hex } from "./sha256.ts";

export const ARTIFACT_FORMAT = "dlc-artifact";
/** 2: the manifest lists its files with digests (`files`, `integrity`). */
export const ARTIFACT_VERSION = 2;
export const MANIFEST_FILE = "manifest.json";
/** No manifest is this large (LeNet's is 60 KB); a bigger one is refused before it is parsed. */
export const MAX_MANIFEST_BYTES = 64 << 20;

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
  /** "weights": runs once per weight change, before a run (absent: on every run). */
  phase?: "weights";
  file?: string;
  line?: number;
}

/** A file the manifest names: its exact size and SHA-256 (lowercase hex). */
export interface ManifestFile {
  bytes: number;
  sha256: string;
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
  /**
   * Every file of the artifact except manifest.json: the only files a loader reads. Written by
   * serializeArtifact; absent from an artifact that comes straight from the compiler.
   */
  files?: Record<string, ManifestFile>;
  /** SHA-256 of the canonical JSON of this manifest without `integrity` (sorted keys, no spaces). */
  integrity?: string;
}

export interface Artifact {
  manifest: Manifest;
  /** Every file except manifest.json, by name. */
  files: Record<string, Uint8Array>;
  /** The decoded graph, kept when the artifact comes straight from the compiler. */
  graph?: Graph;
}

export type ArtifactReason =
  | "bad-manifest" // manifest.json is not JSON, or a field has the wrong type or an impossible value
  | "mismatch" // two parts disagree: the manifest and the WASM plan, the graph or the WGSL program
  | "integrity" // manifest.json was edited after it was written (its `integrity` digest does not match)
  | "digest" // a named file's SHA-256 is not the one the manifest lists (a swapped or edited file)
  | "size" // a named file's length is not the one the manifest lists, or a file is over a size cap
  | "missing-file" // the manifest names a file that is not there
  | "bad-file-name" // the manifest names a file outside the artifact (absolute, `..`, control characters)
  | "unreadable" // a named file could not be read (permissions, not a regular file, a network error)
  | "bad-graph" // graph.json is not a valid graph
  | "bad-program" // wgsl/program.json is not a valid WGSL program
  | "bad-wasm" // model.wasm does not compile or lacks the exports the plan needs
  | "no-backend"; // the artifact was not built for the backend asked for

/** A malformed artifact: a bad manifest, a missing or altered file, parts that disagree. */
export class ArtifactError extends DlcError {
  readonly reason: ArtifactReason;
  /** The artifact file the problem is in, when there is one. */
  readonly file: string | undefined;
  constructor(reason: ArtifactReason, message: string, file?: string) {
    super(`artifact/${reason}`, message);
    this.name = "ArtifactError";
    this.reason = reason;
    this.file = file;
  }
}

/**
 * The files of an artifact (manifest.json included), ready to write to a folder. `extra` files
 * (weights.safetensors) join the artifact: the manifest lists and digests them like the rest.
 */
export function serializeArtifact(a: Artifact, extra: Record<string, Uint8Array> = {}): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = { ...a.files, ...extra };
  const { files: _oldFiles, integrity: _oldIntegrity, ...rest } = a.manifest;
  const table: Record<string, ManifestFile> = {};
  for (const name of Object.keys(files).sort()) table[name] = { bytes: files[name]!.length, sha256: sha256Hex(files[name]!) };
  const manifest: Manifest = { ...rest, version: ARTIFACT_VERSION, files: table };
  manifest.integrity = manifestIntegrity(manifest);
  return { [MANIFEST_FILE]: new TextEncoder().encode(JSON.stringify(manifest, null, 2) + "\n"), ...files };
}

/** The digest `integrity` holds: of the manifest's canonical JSON without `integrity`. */
export function manifestIntegrity(m: Manifest | Record<string, unknown>): string {
  const { integrity: _, ...rest } = m as Record<string, unknown>;
  return sha256Hex(new TextEncoder().encode(canonicalJson(rest)));
}

/** JSON with object keys sorted, so that a digest does not depend on key order. Depth is bounded by the caller. */
function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? "null" : canonicalJson(x))).join(",")}]`;
  if (typeof v === "object" && v !== null) {
    const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}

export function encodeGraph(g: Graph): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ nodes: g.nodes, spans: g.spans.map((s) => s ?? null), inputs: g.inputs, outputs: g.outputs }));
}

/** The interpreter's graph, from artifact.graph or its graph.json; verified and checked against the manifest before use. */
export function artifactGraph(a: Artifact): Graph {
  if (a.graph) return a.graph;
  const file = a.manifest.backends.interp?.file;
  if (file === undefined) throw new ArtifactError("no-backend", `artifact "${a.manifest.model}" has no graph for the interpreter (manifest.backends.interp is absent)`);
  const bytes = a.files[file];
  if (bytes === undefined) throw new ArtifactError("missing-file", `artifact "${a.manifest.model}": ${file} is missing`, file);
  const raw = parseJsonFile(bytes, file, "bad-graph");
  if (!isObject(raw) || !Array.isArray(raw.nodes) || !Array.isArray(raw.inputs) || !Array.isArray(raw.outputs)) {
    throw new ArtifactError("bad-graph", `${file} must be an object with nodes, inputs and outputs`, file);
  }
  const spans = Array.isArray(raw.spans) ? raw.spans.map((s) => (s === null ? undefined : s)) : [];
  const g = { nodes: raw.nodes, spans, inputs: raw.inputs, outputs: raw.outputs } as Graph;
  let problems: string[];
  try {
    problems = verifyGraph(g);
  } catch (e) {
    problems = [e instanceof Error ? e.message : String(e)];
  }
  if (problems.length > 0) throw new ArtifactError("bad-graph", `${file} is not a valid graph: ${problems.slice(0, 3).join("; ")}`, file);
  checkGraphAgainstManifest(g, a.manifest, file);
  a.graph = g;
  return g;
}

/** JSON from an artifact file: UTF-8, depth-bounded before parsing. */
export function parseJsonFile(bytes: Uint8Array, file: string, reason: ArtifactReason): unknown {
  if (jsonDepth(bytes, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw new ArtifactError(reason, `${file} nests deeper than ${MAX_JSON_DEPTH} levels`, file);
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (e) {
    throw new ArtifactError(reason, `${file} is not JSON (${e instanceof Error ? e.message : String(e)})`, file);
  }
}

export type ArtifactFiles = Readonly<Record<string, Uint8Array>> | ReadonlyMap<string, Uint8Array>;

/**
 * Reads an artifact from its files (manifest.json included): the manifest is checked whole
 * (artifact-check.ts), then every file it names for presence, size and digest. Files it does
 * not name are dropped. To read a folder or a URL, use loadArtifact (artifact-load.ts).
 */
export function parseArtifact(files: ArtifactFiles): Artifact {
  const get = (name: string): Uint8Array | undefined => (files instanceof Map ? files.get(name) : Object.hasOwn(files, name) ? (files as Record<string, Uint8Array>)[name] : undefined);
  const bytes = get(MANIFEST_FILE);
  if (bytes === undefined) throw new ArtifactError("missing-file", `${MANIFEST_FILE} is missing`, MANIFEST_FILE);
  const manifest = readManifest(bytes);
  const rest: Record<string, Uint8Array> = {};
  for (const [name, entry] of Object.entries(manifest.files!)) {
    const data = get(name);
    if (data === undefined) throw new ArtifactError("missing-file", `the manifest names ${name}, which is missing`, name);
    if (!(data instanceof Uint8Array)) throw new ArtifactError("unreadable", `${name} must be given as a Uint8Array`, name);
    checkFile(name, data, entry);
    rest[name] = data;
  }
  return { manifest, files: rest };
}

/** manifest.json's bytes to a checked Manifest (structure, cross-checks and `integrity`). */
export function readManifest(bytes: Uint8Array): Manifest {
  if (bytes.length > MAX_MANIFEST_BYTES) {
    throw new ArtifactError("size", `${MANIFEST_FILE} is ${bytes.length} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit`, MANIFEST_FILE);
  }
  const raw = parseJsonFile(bytes, MANIFEST_FILE, "bad-manifest");
  const manifest = checkManifest(raw, { written: true });
  const want = manifestIntegrity(manifest);
  if (manifest.integrity !== want) {
    throw new ArtifactError("integrity", `${MANIFEST_FILE} was changed after it was written (its integrity digest is ${manifest.integrity}, its content's is ${want}); rebuild the artifact`, MANIFEST_FILE);
  }
  return manifest;
}

/** A named file against its manifest entry; `digest` is its SHA-256 when the caller already computed it. */
export function checkFile(name: string, data: Uint8Array, entry: ManifestFile, digest?: string): void {
  checkSize(name, data.length, entry);
  const got = digest ?? sha256Hex(data);
  if (got !== entry.sha256) throw new ArtifactError("digest", `${name} does not match the manifest (SHA-256 ${got}, expected ${entry.sha256}): the file was replaced or edited`, name);
}

/** Checked before a file is read, where its size is known first (a folder, a Content-Length). */
export function checkSize(name: string, size: number, entry: ManifestFile): void {
  if (size !== entry.bytes) {
    throw new ArtifactError("size", `${name} is ${size} bytes, but the manifest says ${entry.bytes}: the file was replaced or truncated`, name);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
