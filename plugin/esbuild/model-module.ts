// The JavaScript module an `import net from "./net.dl"` turns into: the artifact's files
// inlined (WASM as base64, manifest, graph and WGSL as strings), parsed by the runtime once,
// and a load() that starts a session on it. Every value from the artifact goes through
// literal(), so nothing from the .dl source (names, paths, strings) can become code.
import { serializeArtifact, type Artifact } from "../../runtime/artifact.ts";
import type { BackendName } from "../../runtime/session.ts";
import { literal } from "./literal.ts";

function base64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** The backend load() uses when none is given: WASM when it was built, else WebGPU. */
export function defaultBackend(artifact: Artifact): BackendName {
  return artifact.manifest.backends.wasm ? "wasm" : artifact.manifest.backends.wgsl ? "webgpu" : "interp";
}

export function modelModule(artifact: Artifact, runtime: string): string {
  const text: Record<string, string> = {};
  const binary: Record<string, string> = {};
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  for (const [name, bytes] of Object.entries(serializeArtifact(artifact))) {
    if (name.endsWith(".wasm")) binary[name] = base64(bytes);
    else text[name] = utf8.decode(bytes);
  }
  const wgsl = Object.keys(text).filter((n) => n.endsWith(".wgsl"));
  const m = artifact.manifest;
  const sig = (ts: typeof m.inputs) => Object.fromEntries(ts.map((t) => [t.name, { dtype: t.dtype, shape: t.shape }]));
  // Data goes through JSON.parse, not an object literal: a literal key "__proto__" (a legal
  // DL input name) would set the prototype instead of making a property.
  const data = { text, binary, wgsl, inputs: sig(m.inputs), outputs: sig(m.outputs) };
  return [
    `import { load as loadArtifact, parseArtifact } from ${literal(runtime)};`,
    `const data = JSON.parse(${literal(JSON.stringify(data))});`,
    `const files = {};`,
    `const encoder = new TextEncoder();`,
    `for (const name of Object.keys(data.text)) files[name] = encoder.encode(data.text[name]);`,
    `for (const name of Object.keys(data.binary)) {`,
    `  const s = atob(data.binary[name]);`,
    `  const bytes = new Uint8Array(s.length);`,
    `  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);`,
    `  files[name] = bytes;`,
    `}`,
    `export const artifact = parseArtifact(files);`,
    `export const manifest = artifact.manifest;`,
    `export const model = manifest.model;`,
    `export const batch = manifest.batch;`,
    `export const inputs = data.inputs;`,
    `export const outputs = data.outputs;`,
    `export const wgsl = Object.fromEntries(data.wgsl.map((name) => [name, data.text[name]]));`,
    `export function load(options = {}) {`,
    `  return loadArtifact(artifact, { backend: ${literal(defaultBackend(artifact))}, ...options });`,
    `}`,
    `export default { model, manifest, artifact, batch, inputs, outputs, wgsl, load };`,
    ``,
  ].join("\n");
}
